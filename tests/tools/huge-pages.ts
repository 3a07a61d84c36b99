/**
 * Measures the pipeline on huge pages (tests/hostile/huge.ts):
 *   npx tsx tests/tools/huge-pages.ts [--browser] [name filter]
 * In Node: the parse time (linkedom; a browser has the page parsed already) and the extraction time
 * with its stages. With --browser: the built extension in Chromium (`npm run build` first), the time
 * from the toolbar click to a settled popup and the content script's own time. Numbers, not
 * assertions: the answers are asserted by tests/hostile/huge.test.ts and tests/browser/hostile.test.ts.
 */
import { extractArticle } from '../../src/core/extract';
import type { StageTimings } from '../../src/core/types';
import { nodeSanitizer, parseDocument } from '../../src/node/dom';
import { launchChromium, servePages, waitForState } from '../browser/harness';
import { HUGE_PAGES, type HugePage } from '../hostile/huge';

const args = process.argv.slice(2);
const inBrowser = args.includes('--browser');
const only = args.find((a) => !a.startsWith('--'))?.toLowerCase();
const pages = HUGE_PAGES.filter((p) => !only || p.name.toLowerCase().includes(only));

const ms = (t: number) => `${Math.round(t)} ms`.padStart(9);
const mb = (html: string) => `${(html.length / 1e6).toFixed(1).padStart(5)} MB`;
const verdict = (got: string, page: HugePage) => (got === page.expected ? '' : `  << expected ${page.expected}`);

function inNode(): void {
  const sanitize = nodeSanitizer();
  for (const page of pages) {
    const html = page.build();
    let t = performance.now();
    const doc = parseDocument(html, 'https://news.example/huge');
    const parse = performance.now() - t;
    const stages: StageTimings = {};
    t = performance.now();
    const r = extractArticle(doc, { sanitize, timings: stages });
    const extract = performance.now() - t;
    const answer = r.ok ? `article, ${r.wordCount} words` : `${r.reason}: ${r.message ?? ''}`;
    console.log(`${page.name.padEnd(40)} ${mb(html)}  parse ${ms(parse)}  extract ${ms(extract)}  ${answer}${verdict(r.ok ? 'article' : r.reason, page)}`);
    const stageList = Object.entries(stages).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
    if (stageList) console.log(`${''.padEnd(40)} stages (ms): ${stageList}`);
  }
}

async function inChromium(): Promise<void> {
  const server = await servePages(Object.fromEntries(pages.map((p, i) => [`/huge/${i}`, p.build()])));
  const chrome = await launchChromium();
  try {
    for (const [i, page] of pages.entries()) {
      let t = performance.now();
      const tab = await chrome.context.newPage();
      await tab.goto(server.url(`/huge/${i}`), { waitUntil: 'domcontentloaded', timeout: 180_000 });
      // The tab's own parsing and layout are not the extension's: wait for a painted frame first.
      await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      const load = performance.now() - t;
      t = performance.now();
      const popup = await chrome.clickToolbarButton(tab);
      const state = await waitForState(popup, [], 180_000);
      const settle = performance.now() - t;
      const script = await popup.evaluate(() => {
        const mark = performance.getEntriesByName('news-reader:rendered')[0] as PerformanceMark | undefined;
        return (mark?.detail as { timings?: { total: number } } | undefined)?.timings?.total ?? null;
      });
      const scriptNote = script === null ? '' : `  (content script ${Math.round(script)} ms)`;
      const got = state === 'done' ? 'article' : state;
      console.log(`${page.name.padEnd(40)} page load ${ms(load)}  click to ${state.padEnd(9)} ${ms(settle)}${scriptNote}${verdict(got, page)}`);
      await tab.close();
    }
  } finally {
    await chrome.close();
    await server.close();
  }
}

if (inBrowser) await inChromium();
else inNode();
