// The size of each script of a built extension, minified (as built) and gzipped, beside its budget
// in build/size-budgets.json. `npm run build` prints them; tests/size-budget.test.ts checks them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8')).bundles;

/** A budget's file name, where `*` stands for a chunk's hash, as a pattern for whole paths. */
const patternOf = (file) => new RegExp(`^${file.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/** Every .js file under `dir`, with its sizes and the budget whose name it matches (null if none). */
export function measureBundles(dir) {
  const rank = (row) => (row.budget ? BUDGETS.findIndex((b) => b.file === row.budget.file) : BUDGETS.length);
  return scripts(dir).map((path) => {
    const file = relative(dir, path).split(sep).join('/');
    const code = readFileSync(path);
    const budget = BUDGETS.find((b) => patternOf(b.file).test(file)) ?? null;
    return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, budget: budget && { file: budget.file, maxBytes: budget.maxBytes } };
  }).sort((a, b) => rank(a) - rank(b));
}

/** The budgets that no file under `dir` matches: a script renamed or gone. */
export function unusedBudgets(dir) {
  const files = measureBundles(dir).map((b) => b.file);
  return BUDGETS.filter((b) => !files.some((f) => patternOf(b.file).test(f))).map((b) => b.file);
}

function scripts(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** The table `npm run build` prints. */
export function sizeTable(dir) {
  const rows = measureBundles(dir).map(({ file, bytes, gzipBytes, budget }) => [
    file, kb(bytes), kb(gzipBytes), budget ? kb(budget.maxBytes) : 'none', !budget ? 'NO BUDGET' : bytes > budget.maxBytes ? 'OVER' : 'ok',
  ]);
  const table = [['script', 'minified', 'gzip', 'budget', ''], ...rows];
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [`Scripts in ${dir} (budgets: build/size-budgets.json)`, ...table.map(line)].join('\n');
}
