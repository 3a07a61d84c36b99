/**
 * The click-to-article path in the real extension: loads dist/chrome into Chromium, serves each page
 * of a dataset from 127.0.0.1, clicks the toolbar button and reads the popup's performance marks.
 *   npm run bench:browser [-- --dataset DIR] [--pages N] [--attach-after MS] [--against DIR] [--stop-background]
 * Prints median and p95 of: click to loading state, click to the read sent to the tab (the
 * background sends it at the click, while the popup opens), the read from sending it to its answer
 * (the content script's own time, and the rest: creating its world in the tab, compiling it,
 * passing the answer back), size of the result, from the answer to the article rendered in the
 * popup, click to article rendered (in the page) and painted (the first frame with it drawn), and,
 * after the article: click to key quotes shown (their code loads then) and the missing-paragraph
 * check (its time in the tab, and click to its answer).
 *
 * --stop-background stops the extension's service worker before each click, as the browser does
 * after 30 s without an event: the click then waits for it to start again.
 *
 * --against DIR compares with another build (an unpacked Chrome extension, e.g. another checkout's
 * dist/chrome) loaded beside this one. The machine's speed drifts over minutes, so the builds are
 * compared click by click: every page is opened twice, a tab of its own for each build's click, the
 * builds taking turns at going first, and each figure's difference is the trimmed mean of the pairs'
 * differences, with its standard error. A build against a copy of itself showed that the standard
 * error understates the doubt about the popup's figures (click to article painted came out 7 ms
 * apart, at almost three standard errors); the content script's stages stayed within 0.3 ms.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../src/cli/read-page';
import { CHROME_DIST, launchChromium, servePages, targets, waitForState } from '../browser/harness';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const dataset = arg('dataset', '../shared/data/aeb-dev');
const limit = Number(arg('pages', '1000'));
/** The debugger attaches to the popup this long after it opens, so it does not compete with the popup's work. */
const attachAfterMs = Number(arg('attach-after', '1000'));
const against = arg('against', '');
const stopBackground = process.argv.includes('--stop-background');

const files = readdirSync(join(dataset, 'html')).filter((f) => /\.html?(\.gz)?$/.test(f)).sort().slice(0, limit);
// The pages were saved with scripts off; their policy keeps them off (the content script is not
// bound by it), so no page script can redirect the tab or change the article under the benchmark.
const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };
const routes = Object.fromEntries(files.map((f) => [
  `/${f.replace(/\.html?(\.gz)?$/, '')}.html`,
  { body: readPage(join(dataset, 'html', f)), type: 'text/html; charset=utf-8', headers: NO_PAGE_SCRIPTS },
]));
const server = await servePages(routes);
const session = await launchChromium(CHROME_DIST, { alongside: against ? [against] : [] });
// Keep every request on this machine: the saved pages still name their sites' images and scripts.
await session.context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
const builds = [{ name: 'dist/chrome', id: session.extensionId }, ...session.alongsideIds.map((id) => ({ name: against, id }))];

interface Sample {
  loading: number; readSent: number; readTrip: number; rendered: number; painted: number; quotes: number; missing: number; missingMs: number;
  timings: Record<string, number>; resultChars: number;
}
/** Per build, one sample per page on which every build's click read an article. */
const samples: Sample[][] = builds.map(() => []);
const states = new Map<string, number>();
let n = 0;

/** Stops the extension's service worker, as 30 s without an event would. */
async function stopServiceWorker(extensionId: string): Promise<void> {
  const cdp = await session.cdp.newBrowserCDPSession();
  for (const t of await targets(cdp, 'service_worker')) {
    if (t.url.startsWith(`chrome-extension://${extensionId}/`)) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  }
  await cdp.detach();
}

async function click(tab: Awaited<ReturnType<typeof session.openTab>>, extensionId: string): Promise<Sample | undefined> {
  if (stopBackground) await stopServiceWorker(extensionId);
  const popup = await session.clickToolbarButton(tab, undefined, { extensionId, attachAfterMs });
  const clicked = session.lastClickAt;
  const state = await waitForState(popup, [], 30_000);
  states.set(state, (states.get(state) ?? 0) + 1);
  const marks = await popup.evaluate(async () => {
    const at = (name: string) => performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
    // The article's title carries elementtiming: the browser reports the frame that painted it.
    const painted = await new Promise<number | undefined>((resolve) => {
      new PerformanceObserver((list) => resolve((list.getEntries()[0] as PerformanceEntry & { renderTime: number }).renderTime))
        .observe({ type: 'element', buffered: true });
      setTimeout(() => resolve(undefined), 1000);
    });
    const rendered = at('news-reader:rendered');
    const missing = at('news-reader:missing');
    // When the read was sent and answered, in ms since the epoch (a build from before the click
    // read, compared with --against, marked them in the popup instead).
    const trip = rendered?.detail?.trip ?? {
      sentAt: performance.timeOrigin + (at('news-reader:read-sent')?.startTime ?? NaN),
      answeredAt: performance.timeOrigin + (at('news-reader:read-answered')?.startTime ?? NaN),
    };
    return {
      origin: performance.timeOrigin, loading: at('news-reader:loading')?.startTime, rendered: rendered?.startTime, quotes: at('news-reader:quotes')?.startTime,
      trip: trip as { sentAt: number; answeredAt: number }, painted,
      missing: missing?.startTime, detail: rendered?.detail, missingMs: missing?.detail?.ms as number | undefined,
    };
  });
  await popup.close();
  // Each popup comes with its own debugging connection (see harness.ts); an open one would attach to every later tab and popup.
  await popup.context().browser()?.close();
  if (state !== 'done' || marks.loading === undefined || marks.rendered === undefined || marks.quotes === undefined || marks.missing === undefined) return undefined;
  return {
    loading: marks.origin + marks.loading - clicked,
    readSent: marks.trip.sentAt - clicked,
    readTrip: marks.trip.answeredAt - marks.trip.sentAt,
    rendered: marks.origin + marks.rendered - clicked,
    painted: marks.origin + (marks.painted ?? NaN) - clicked,
    quotes: marks.origin + marks.quotes - clicked,
    missing: marks.origin + marks.missing - clicked,
    missingMs: marks.missingMs ?? NaN,
    timings: marks.detail.timings,
    resultChars: marks.detail.resultChars,
  };
}

for (const path of Object.keys(routes)) {
  // The builds take turns at going first.
  const order = builds.map((_, i) => (i + n) % builds.length);
  const got: (Sample | undefined)[] = [];
  for (const i of order) {
    const tab = await session.openTab(server.url(path));
    if (tab.url() === server.url(path)) got[i] = await click(tab, builds[i]!.id);
    // else a meta refresh to the page's own site, which is out of reach here
    else states.set('left the page', (states.get('left the page') ?? 0) + 1);
    await tab.close();
  }
  if (builds.every((_, i) => got[i])) got.forEach((s, i) => samples[i]!.push(s!));
  n++;
  if (process.stderr.isTTY) process.stderr.write(`\r${n}/${files.length}`);
}
if (process.stderr.isTTY) process.stderr.write('\n');
await session.close();
await server.close();

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
/** Mean of the middle 80%, one page's slow moment not swinging it, and its standard error. */
function trimmedMean(xs: number[]): { mean: number; error: number } {
  const s = [...xs].sort((a, b) => a - b).slice(Math.floor(xs.length / 10), xs.length - Math.floor(xs.length / 10));
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const variance = s.reduce((a, b) => a + (b - mean) ** 2, 0) / (s.length - 1);
  return { mean, error: Math.sqrt(variance / s.length) };
}
const figures: [string, (s: Sample) => number, string][] = [
  ['click to loading state', (s) => s.loading, 'ms'],
  ['click to read sent', (s) => s.readSent, 'ms'],
  ['read sent to its answer', (s) => s.readTrip, 'ms'],
  ['  content script', (s) => s.timings.total!, 'ms'],
  ...['clone', 'prepare', 'readability', 'filters', 'text'].map((stage) => [`    ${stage}`, (s: Sample) => s.timings[stage] ?? 0, 'ms'] as [string, (s: Sample) => number, string]),
  ['  world, compiling, answer back', (s) => s.readTrip - s.timings.total!, 'ms'],
  ['result read from the tab', (s) => s.resultChars / 1024, 'KB (JSON characters)'],
  ['answer to article rendered', (s) => s.rendered - s.readSent - s.readTrip, 'ms'],
  ['click to article rendered', (s) => s.rendered, 'ms'],
  ['click to article painted', (s) => s.painted, 'ms'],
  ['click to key quotes shown', (s) => s.quotes, 'ms'],
  ['missing check, in the tab', (s) => s.missingMs, 'ms'],
  ['click to missing check answered', (s) => s.missing, 'ms'],
];
const cell = (x: number) => x.toFixed(1).padStart(9);
console.log(`Chromium, ${builds.map((b) => b.name).join(' against ')}, ${files.length} pages of ${dataset}: ${[...states].map(([s, c]) => `${c} ${s}`).join(', ')}`);
if (builds.length === 1) {
  console.log(`${''.padEnd(32)} ${'median'.padStart(9)} ${'p95'.padStart(9)}`);
  for (const [name, of, unit] of figures) console.log(`${name.padEnd(32)} ${cell(q(samples[0]!.map(of), 0.5))} ${cell(q(samples[0]!.map(of), 0.95))}  ${unit}`);
} else {
  console.log(`${samples[0]!.length} pages read by both; this build's median and p95, the other's, and the other minus this, click by click (trimmed mean ± standard error)`);
  for (const [name, of, unit] of figures) {
    const [a, b] = [samples[0]!.map(of), samples[1]!.map(of)];
    const { mean, error } = trimmedMean(a.map((x, i) => b[i]! - x));
    console.log(`${name.padEnd(32)} ${cell(q(a, 0.5))} ${cell(q(a, 0.95))} ${cell(q(b, 0.5))} ${cell(q(b, 0.95))} ${cell(mean)} ± ${error.toFixed(1).padStart(4)}  ${unit}`);
  }
}
