/**
 * Writes a test page's expected files from the current pipeline, for a person to REVIEW before
 * committing: the output is only as good as today's filters, so read every file, and where junk is
 * left (or prose lost) edit expected.txt / expected-removed.json to the correct result, then run
 * `--recount` so the word count follows the edited text. The test never writes expected files.
 *
 *   npx tsx tests/tools/generate-expected.ts PAGE...        write the files of pages that have none
 *   npx tsx tests/tools/generate-expected.ts --force PAGE... overwrite them (hand edits are lost)
 *   npx tsx tests/tools/generate-expected.ts --missing      every page that lacks an expected file
 *   npx tsx tests/tools/generate-expected.ts --recount PAGE... set wordCount from the edited expected.txt
 *   npx tsx tests/tools/generate-expected.ts --compare [PAGE...] write nothing; show where the current
 *       output differs from the expected files (all pages when none are named), to decide what to review
 *   add --quotes to also write expected-quotes.json
 *
 * PAGE is a folder name under tests/pages/ (a path to it works too).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { countWords } from '../../src/core/text';
import {
  FILES, REQUIRED_EXPECTED, extractPage, listPages, metadataOf, pagePath, paragraphsOf, quotesOf, readExpected,
  removalsOf, type ExpectedMetadata,
} from '../pages/corpus';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const named = args.filter((a) => !a.startsWith('--')).map((a) => basename(a.replace(/\/+$/, '')));
const known = new Set(listPages());

const unknown = named.filter((p) => !known.has(p));
if (unknown.length) fail(`No such page under tests/pages/: ${unknown.join(', ')}`);

const pages = flag('--missing')
  ? listPages().filter((p) => REQUIRED_EXPECTED.some((f) => !existsSync(pagePath(p, f))))
  : flag('--compare') && !named.length ? listPages() : named;
if (!pages.length) {
  if (flag('--missing')) console.log('Every page has its expected files.');
  else fail('Name the pages (folder names under tests/pages/), or pass --missing or --compare.');
}

for (const page of pages) {
  if (flag('--recount')) recount(page);
  else if (flag('--compare')) compare(page);
  else generate(page);
}

function generate(page: string): void {
  const existing = [...REQUIRED_EXPECTED, FILES.quotes].filter((f) => existsSync(pagePath(page, f)));
  if (existing.length && !flag('--force')) {
    console.log(`${page}: kept (has ${existing.join(', ')}; --force overwrites, losing hand edits)`);
    return;
  }
  const result = extractPage(page);
  if (!result.ok) {
    console.log(`${page}: NOT WRITTEN, the pipeline says ${result.reason}${result.message ? `: ${result.message}` : ''}`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(pagePath(page, FILES.text), `${result.text}\n`);
  writeJson(page, FILES.metadata, metadataOf(result));
  writeJson(page, FILES.removed, removalsOf(result));
  if (flag('--quotes')) writeJson(page, FILES.quotes, quotesOf(result));

  // What a reviewer checks first: how much prose there is and exactly what the filters took.
  console.log(`${page}: wrote ${paragraphsOf(result.text).length} paragraphs, ${result.wordCount} words, ${result.removed.length} removals — REVIEW`);
  for (const r of result.removed) console.log(`  - ${r.filter}: ${r.text}`);
}

function compare(page: string): void {
  const read = readExpected(page);
  if ('missing' in read) return void console.log(`${page}: no ${read.missing.join(', ')}`);
  const result = extractPage(page);
  if (!result.ok) return void console.log(`${page}: the pipeline says ${result.reason}`);
  const key = (r: { filter: string; text: string }) => `${r.filter}: ${r.text}`;
  const [got, want] = [result.removed.map(key), read.expected.removed.map(key)];
  const [gotText, wantText] = [paragraphsOf(result.text), paragraphsOf(read.expected.text)];
  const lines = [
    ...want.filter((r) => !got.includes(r)).map((r) => `  not removed now:   ${r}`),
    ...got.filter((r) => !want.includes(r)).map((r) => `  removed now:       ${r}`),
    ...wantText.filter((p) => !gotText.includes(p)).map((p) => `  paragraph lost:    ${p}`),
    ...gotText.filter((p) => !wantText.includes(p)).map((p) => `  paragraph added:   ${p}`),
  ];
  console.log(`${page}: ${lines.length ? 'differs' : 'as expected'}`);
  for (const line of lines) console.log(line.length > 200 ? `${line.slice(0, 200)}…` : line);
}

function recount(page: string): void {
  const file = pagePath(page, FILES.metadata);
  const metadata = JSON.parse(readFileSync(file, 'utf8')) as ExpectedMetadata;
  const wordCount = countWords(paragraphsOf(readFileSync(pagePath(page, FILES.text), 'utf8')).join('\n\n'));
  console.log(`${page}: wordCount ${metadata.wordCount} -> ${wordCount}`);
  writeJson(page, FILES.metadata, { ...metadata, wordCount });
}

function writeJson(page: string, file: string, value: unknown): void {
  writeFileSync(pagePath(page, file), `${JSON.stringify(value, null, 2)}\n`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
