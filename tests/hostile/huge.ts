/**
 * Pages far beyond what a news page holds, built on demand. Each must end quickly in an article or
 * in "too large to clean", never in a frozen tab or a thrown error. The budget they meet is
 * DEFAULT_BUDGET in src/core/budget.ts.
 */
import { PROSE } from './pages';

export interface HugePage {
  name: string;
  /** What the pipeline must answer. */
  expected: 'too-large' | 'article';
  /**
   * Where the tests take it: Node's DOM needs ~10 s to parse 20 MB of markup (a browser, much less),
   * and the pages just inside the budget are for the measuring tool only. Default: both.
   */
  tests?: ReadonlyArray<'node' | 'browser'>;
  /** Builds the page's markup. */
  build(): string;
}

const MB = 1024 * 1024;
/** A transparent 1×1 GIF. */
const TINY_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const shell = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very large page</title></head><body><main><article><h1>A very large page</h1>${body}</article></main></body></html>`;

const prose = PROSE.map((p) => `<p>${p}</p>`).join('');

/** Repeat `unit` until the result has at least `chars` characters. */
function fill(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length));
}

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${PROSE[i % PROSE.length]}</p>`).join('');
const nested = (depth: number) => '<div>'.repeat(depth) + `<p>${PROSE[0]}</p>` + '</div>'.repeat(depth);

export const HUGE_PAGES: readonly HugePage[] = [
  // Ordinary markup, a lot of it: a comment section that never ends.
  {
    name: '20 MB of markup',
    expected: 'too-large',
    tests: ['browser'],
    build: () => shell(prose + fill('<div class="reply"><p><span>Reader</span> wrote: <a href="/r">a reply</a> about the budget and the roads.</p></div>', 20 * MB)),
  },
  // Few elements, enormous text: a log or a book pasted into one page.
  { name: '20 MB of text', expected: 'too-large', build: () => shell(prose + Array.from({ length: 20 }, () => `<p>${fill(`${PROSE[0]} `, MB)}</p>`).join('')) },
  { name: '100,000 paragraphs', expected: 'too-large', build: () => shell(paragraphs(100_000)) },
  { name: '5,000-deep nesting', expected: 'too-large', build: () => shell(prose + nested(5_000)) },
  // One tiny image that loads nothing from the network: the cost is the markup's, not the fetching.
  { name: '10,000 images', expected: 'article', build: () => shell(prose + `<img src="${TINY_GIF}" alt="">`.repeat(10_000)) },
  // Just inside the budget: the slowest pages the pipeline still cleans.
  { name: '7,000 paragraphs (text near the limit)', expected: 'article', tests: [], build: () => shell(paragraphs(7_000)) },
  { name: '190-deep nesting', expected: 'article', tests: [], build: () => shell(prose + nested(190)) },
  {
    name: '55,000 elements',
    expected: 'article',
    tests: [],
    build: () => shell(prose + '<div class="reply"><p><span>Reader</span> wrote: <a href="/r">a reply</a>.</p></div>'.repeat(13_700)),
  },
];

/** The pages a test run takes in `where`. */
export function hugePagesFor(where: 'node' | 'browser'): HugePage[] {
  return HUGE_PAGES.filter((p) => (p.tests ?? ['node', 'browser']).includes(where));
}
