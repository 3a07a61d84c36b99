/**
 * Our pipeline against Readability alone on the same live documents in headless Chromium, where
 * DOMPurify runs on the browser's own DOM as it does in the content script.
 *   npm run bench:core-browser [-- --dataset DIR] [--rounds N]
 * Prints median and p95 per extractor and the ratio ours / Readability alone: ours whole, and ours
 * without sanitizing (the content script's share plus quotations, as the extension splits it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readPage } from '../../src/cli/read-page';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, requirePath } from '../browser/harness';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const dataset = arg('dataset', '../shared/data/aeb-dev');
const rounds = Number(arg('rounds', '3'));

/** Both extractors bundled for the page; ours called as the content script calls it. */
const bundle = await build({
  stdin: {
    contents: `
      import { extractArticle } from './src/core/extract';
      import { extractPageArticle } from './src/core/page-article';
      import { findQuotes } from './src/core/quotes/index';
      import { isHiddenByStyle } from './src/extension/content/visibility';
      import { Readability } from '@mozilla/readability';
      globalThis.__coreBench = {
        ours: (timings) => extractArticle(document, { url: location.href, isHidden: isHiddenByStyle, timings }),
        // What the extension does before sanitizing: the content script's share, then the quotations.
        unsanitized: () => {
          const r = extractPageArticle(document, { url: location.href, isHidden: isHiddenByStyle });
          return r.ok && findQuotes(r.text);
        },
        readability: () => new Readability(document.cloneNode(true)).parse(),
      };`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
});
const benchScript = bundle.outputFiles[0]!.text;

const truth: Record<string, { url?: string }> = JSON.parse(readFileSync(join(dataset, 'ground-truth.json'), 'utf8'));
const files = readdirSync(join(dataset, 'html')).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
const pages = new Map(files.map((f) => [`/${f.replace(/\.gz$/, '')}`, join(dataset, 'html', f)]));

const server = createServer((req, res) => {
  const file = pages.get(req.url ?? '');
  if (!file) return res.writeHead(404).end();
  // The pages were saved with scripts off; their policy keeps them off (the benchmark's own code
  // arrives through the debugging protocol, which the policy does not cover).
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }).end(readPage(file));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

requirePath(CHROMIUM_PATH, 'Install it: apt-get install -y --no-install-recommends chromium');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
// Scripts stay enabled: the browser refuses to call back into script (DOMPurify's Trusted Types
// policy) in a page where they are off. Every request stays on this machine.
const context = await browser.newContext();
await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
const page = await context.newPage();


const times = { ours: [] as number[], unsanitized: [] as number[], readability: [] as number[] };
const ratios: number[] = [];
const stageTimes: Record<string, number[]> = {};
let done = 0;
for (const [path] of pages) {
  if (!truth[path.slice(1).replace(/\.html?$/, '')]) continue;
  await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
  await page.evaluate(benchScript);
  const r = await page.evaluate((n) => {
    const b = (globalThis as unknown as { __coreBench: Record<'ours' | 'unsanitized' | 'readability', (timings?: Record<string, number>) => unknown> }).__coreBench;
    const time = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };
    b.ours(); b.unsanitized(); b.readability(); // warm up all three on this page
    const ours: number[] = [], unsanitized: number[] = [], readability: number[] = [];
    let stages: Record<string, number> = {};
    for (let i = 0; i < n; i++) {
      const timings: Record<string, number> = {};
      const t = time(() => b.ours(timings));
      if (ours.every((o) => t < o)) stages = timings; // the stages of the fastest run
      ours.push(t);
      unsanitized.push(time(b.unsanitized));
      readability.push(time(b.readability));
    }
    return { ours: Math.min(...ours), unsanitized: Math.min(...unsanitized), readability: Math.min(...readability), stages };
  }, rounds);
  for (const [k, v] of Object.entries(r.stages)) (stageTimes[k] ??= []).push(v);
  times.ours.push(r.ours);
  times.unsanitized.push(r.unsanitized);
  times.readability.push(r.readability);
  ratios.push(r.ours / r.readability);
  if (process.stderr.isTTY) process.stderr.write(`\r${++done}/${pages.size}`);
}
process.stderr.write('\n');
await browser.close();
server.close();

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const med = (xs: number[]) => q(xs, 0.5);
console.log(`Chromium, ${times.ours.length} pages of ${dataset}, best of ${rounds} per page`);
console.log('extractor     median-ms  p95-ms');
for (const [name, t] of Object.entries(times)) console.log(`${name.padEnd(12)} ${med(t).toFixed(2).padStart(10)} ${q(t, 0.95).toFixed(2).padStart(7)}`);
console.log('ours by stage (median ms): ' + Object.entries(stageTimes).map(([k, v]) => `${k} ${med(v).toFixed(2)}`).join(', '));
console.log(`median ours / readability: ${(med(times.ours) / med(times.readability)).toFixed(2)}; median of per-page ratios: ${med(ratios).toFixed(2)}`);
console.log(`median unsanitized / readability: ${(med(times.unsanitized) / med(times.readability)).toFixed(2)} (the content script's share plus quotations; the extension page sanitizes)`);
