/**
 * Whether a change left the pipeline's output as it was: every page's result (the content script's
 * share: article, metadata, removals), every filter's verdict on each line of the pages' text, and
 * the quotations found in each text, each reduced to one digest. For changes meant to be faster and
 * nothing else: run it before and after, and the digests must match; with --out, the whole output
 * goes to a file to compare line by line.
 *
 *   npx tsx tests/tools/same-output.ts [--dataset DIR] [--texts FILE] [--out FILE]
 *
 * The lines are those of each article's text and of each page's raw body text (scripts and styles
 * left out), so the filters' text rules meet the junk the articles no longer hold. Quotations are
 * found in each article's text and in each text of --texts (JSON lines with a `text` field; by
 * default the PolNeAR articles of ../shared/data/polnear/dev.jsonl, when that file is there).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPageArticle } from '../../src/core/page-article';
import { filters } from '../../src/core/filters/registry';
import { findQuotes } from '../../src/core/quotes/index';
import { readPage } from '../../src/cli/read-page';
import { parseDocument } from '../../src/node/dom';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dataset = arg('dataset') ?? '../shared/data/aeb-dev';
const out = arg('out');
const textsFile = arg('texts') ?? '../shared/data/polnear/dev.jsonl';

const results: string[] = [];
const lines: string[] = [];
const texts: string[] = [];
for (const file of readdirSync(join(dataset, 'html')).filter((f) => /\.html?(\.gz)?$/.test(f)).sort()) {
  const html = readPage(join(dataset, 'html', file));
  const result = extractPageArticle(parseDocument(html, 'https://news.example/'));
  results.push(JSON.stringify(result));
  if (result.ok) {
    lines.push(...result.text.split(/\n+/));
    texts.push(result.text);
  }
  const raw = parseDocument(html);
  for (const el of Array.from(raw.querySelectorAll('script, style, noscript, template'))) el.remove();
  lines.push(...(raw.body?.textContent ?? '').split(/\n+/).map((line) => line.replace(/\s+/g, ' ')));
}
const judged = lines.map((line) => line.trim()).filter(Boolean);
const verdicts = judged.map((line) => filters.filter((f) => f.junkLine?.(line)).map((f) => f.id).join(','));

if (existsSync(textsFile)) {
  for (const line of readFileSync(textsFile, 'utf8').split('\n')) if (line.trim()) texts.push(String(JSON.parse(line).text));
}
const quotations = texts.map((text) => JSON.stringify(findQuotes(text)));

const digest = (parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
console.log(`${results.length} pages: results ${digest(results)}`);
console.log(`${judged.length} lines: verdicts ${digest(verdicts)} (${verdicts.filter(Boolean).length} judged junk)`);
console.log(`${texts.length} texts: quotations ${digest(quotations)}`);
if (out) writeFileSync(out, [...results, ...judged.map((line, i) => `${verdicts[i]}\t${line}`), ...quotations].join('\n') + '\n');
