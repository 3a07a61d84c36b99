/**
 * The click-to-article path in the real extension: loads dist/chrome into Chromium, serves each page
 * of a dataset from 127.0.0.1, clicks the toolbar button and reads the popup's performance marks.
 *   npm run bench:browser [-- --dataset DIR] [--pages N] [--attach-after MS]
 * Prints median and p95 of: click to loading state, the read from sending it to the tab to its answer
 * (the content script's own time, and the rest: creating its world in the tab, compiling it, passing
 * the answer back), size of the result sent to the popup, click to article rendered, and, after the
 * article: click to key quotes shown (their code
 * loads then) and the missing-paragraph check (its time in the tab, and click to its answer).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../src/cli/read-page';
import { launchChromium, servePages, waitForState } from '../browser/harness';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const dataset = arg('dataset', '../shared/data/aeb-dev');
const limit = Number(arg('pages', '1000'));
/** The debugger attaches to the popup this long after it opens, so it does not compete with the popup's work. */
const attachAfterMs = Number(arg('attach-after', '1000'));

const files = readdirSync(join(dataset, 'html')).filter((f) => /\.html?(\.gz)?$/.test(f)).sort().slice(0, limit);
// The pages were saved with scripts off; their policy keeps them off (the content script is not
// bound by it), so no page script can redirect the tab or change the article under the benchmark.
const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };
const routes = Object.fromEntries(files.map((f) => [
  `/${f.replace(/\.html?(\.gz)?$/, '')}.html`,
  { body: readPage(join(dataset, 'html', f)), type: 'text/html; charset=utf-8', headers: NO_PAGE_SCRIPTS },
]));
const server = await servePages(routes);
const session = await launchChromium();
// Keep every request on this machine: the saved pages still name their sites' images and scripts.
await session.context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));

interface Sample { loading: number; readTrip: number; rendered: number; quotes: number; missing: number; missingMs: number; timings: Record<string, number>; resultChars: number }
const samples: Sample[] = [];
const states = new Map<string, number>();
let n = 0;
for (const path of Object.keys(routes)) {
  const tab = await session.openTab(server.url(path));
  if (tab.url() !== server.url(path)) {
    // A meta refresh to the page's own site, which is out of reach here.
    states.set('left the page', (states.get('left the page') ?? 0) + 1);
    await tab.close();
    continue;
  }
  const popup = await session.clickToolbarButton(tab, undefined, { attachAfterMs });
  const clicked = session.lastClickAt;
  const state = await waitForState(popup, [], 30_000);
  states.set(state, (states.get(state) ?? 0) + 1);
  const marks = await popup.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
    const rendered = at('news-reader:rendered');
    const missing = at('news-reader:missing');
    return {
      origin: performance.timeOrigin, loading: at('news-reader:loading')?.startTime, rendered: rendered?.startTime, quotes: at('news-reader:quotes')?.startTime,
      readTrip: (at('news-reader:read-answered')?.startTime ?? NaN) - (at('news-reader:read-sent')?.startTime ?? NaN),
      missing: missing?.startTime, detail: rendered?.detail, missingMs: missing?.detail?.ms as number | undefined,
    };
  });
  if (state === 'done' && marks.loading !== undefined && marks.rendered !== undefined && marks.quotes !== undefined && marks.missing !== undefined) {
    samples.push({
      loading: marks.origin + marks.loading - clicked,
      readTrip: marks.readTrip,
      rendered: marks.origin + marks.rendered - clicked,
      quotes: marks.origin + marks.quotes - clicked,
      missing: marks.origin + marks.missing - clicked,
      missingMs: marks.missingMs ?? NaN,
      timings: marks.detail.timings,
      resultChars: marks.detail.resultChars,
    });
  }
  await popup.close();
  // Each popup comes with its own debugging connection (see harness.ts); an open one would attach to every later tab and popup.
  await popup.context().browser()?.close();
  await tab.close();
  if (process.stderr.isTTY) process.stderr.write(`\r${++n}/${files.length}`);
}
if (process.stderr.isTTY) process.stderr.write('\n');
await session.close();
await server.close();

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
const row = (name: string, xs: number[], unit: string) => console.log(`${name.padEnd(30)} ${q(xs, 0.5).toFixed(1).padStart(9)} ${q(xs, 0.95).toFixed(1).padStart(9)}  ${unit}`);
console.log(`Chromium, extension from dist/chrome, ${files.length} pages of ${dataset}: ${[...states].map(([s, c]) => `${c} ${s}`).join(', ')}`);
console.log(`${''.padEnd(30)} ${'median'.padStart(9)} ${'p95'.padStart(9)}`);
row('click to loading state', samples.map((s) => s.loading), 'ms');
row('read sent to its answer', samples.map((s) => s.readTrip), 'ms');
row('  content script', samples.map((s) => s.timings.total!), 'ms');
for (const stage of ['clone', 'prepare', 'readability', 'filters', 'text']) {
  row(`    ${stage}`, samples.map((s) => s.timings[stage] ?? 0), 'ms');
}
row('  world, compiling, answer back', samples.map((s) => s.readTrip - s.timings.total!), 'ms');
row('result sent to the popup', samples.map((s) => s.resultChars / 1024), 'KB (JSON characters)');
row('click to article rendered', samples.map((s) => s.rendered), 'ms');
row('click to key quotes shown', samples.map((s) => s.quotes), 'ms');
row('missing check, in the tab', samples.map((s) => s.missingMs), 'ms');
row('click to missing check answered', samples.map((s) => s.missing), 'ms');
