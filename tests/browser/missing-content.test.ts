/**
 * The missing-content warning in Chromium: the content script compares the live page's visible
 * paragraphs with the cleaned article. On a page built so that the article loses two paragraphs,
 * the popup says so and shows them in place; on the pages where nothing is missing it says nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPages, paragraphsOf, readSource } from '../pages/corpus';
import { CHROME_DIST, RESULTS_DIR, launchChromium, readFixture, readPopup, servePages, waitForState, type ChromiumSession, type PageServer } from './harness';
import { normalize } from './news-page';

const LOST = '/news/harbour-bridge.html';
const NEWS = '/news/putin-ready-to-talk.html';
/** The two paragraphs Readability loses on the lost-paragraphs fixture, and the blocks they follow there (the second, a photo's caption). */
const LOST_PARAGRAPHS = [
  { text: 'Engineers first noticed rust on the northern cable', after: '“We did not take this decision lightly,”' },
  { text: 'The council said it would publish a map of diversions', after: 'The harbour bridge at dusk' },
];

let server: PageServer;
let chrome: ChromiumSession;
const corpus = listPages();

beforeAll(async () => {
  server = await servePages({
    [LOST]: readFixture('lost-paragraphs.html'),
    [NEWS]: readFixture('news-page.html'),
    ...Object.fromEntries(corpus.map((page) => [`/pages/${page}.html`, readSource(page)])),
  });
  chrome = await launchChromium();
  // The saved pages name their sites' images and scripts: keep every request on this machine.
  await chrome.context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function popupOn(path: string): Promise<Page> {
  const tab = await chrome.openTab(server.url(path));
  const popup = await chrome.clickToolbarButton(tab);
  expect(await waitForState(popup)).toBe('done');
  return popup;
}

describe('on a page whose article loses two paragraphs', () => {
  let popup: Page;

  beforeAll(async () => {
    popup = await popupOn(LOST);
    await popup.emulateMedia({ reducedMotion: 'reduce' }); // no smooth scrolling under the screenshots
  });

  it('the article lacks them, and the popup says two paragraphs of the page may be missing', async () => {
    const view = await readPopup(popup);
    for (const lost of LOST_PARAGRAPHS) expect(view.bodyText).not.toContain(lost.text);
    expect(normalize(await popup.textContent('.missing-count') ?? '')).toBe('2 paragraphs of the page may be missing');
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-missing-warning.png') });
  });

  it('shows them in place, after the paragraphs they follow on the page, marked as from the page', async () => {
    await popup.getByRole('button', { name: 'Show in place' }).click();
    const blocks = await popup.$$eval('.article-body [data-paragraph], .article-body .from-page', (els) =>
      els.map((el) => ({ fromPage: el.classList.contains('from-page'), text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() })));
    for (const lost of LOST_PARAGRAPHS) {
      const at = blocks.findIndex((b) => b.fromPage && b.text.includes(lost.text));
      expect(at, lost.text).toBeGreaterThan(0);
      expect(blocks[at]!.text.startsWith('From the page, not in the cleaned article')).toBe(true);
      expect(blocks[at - 1]!.text.startsWith(lost.after), `before “${lost.text}”`).toBe(true);
    }
    // Shown as text only, never as the page's markup, and focus moved to the first.
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('from-page'))).toBe(true);
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-missing-shown.png') });
    await popup.getByRole('button', { name: 'Hide again' }).click();
    expect(await popup.locator('.from-page').count()).toBe(0);
  });

  it('leaves out what no reader of the page misses: hidden text, captions, comments, the sidebar, the footer', async () => {
    await popup.getByRole('button', { name: 'Show in place' }).click();
    const shown = await popup.$$eval('.from-page', (els) => els.map((el) => el.textContent ?? ''));
    expect(shown).toHaveLength(2);
    for (const other of ['hidden on the page', 'at dusk', 'crossed that bridge', 'cycle lane', 'All rights reserved']) {
      expect(shown.some((s) => s.includes(other)), other).toBe(false);
    }
  });
});

describe('on pages where nothing is missing', () => {
  it('the seed-style news page: no warning', async () => {
    const popup = await popupOn(NEWS);
    expect(await popup.locator('.missing-note').count()).toBe(0);
  });

  it('every page of the test-page corpus: the content script finds nothing missing', async () => {
    // The content script as built, run on each page in this browser (with its layout); the popup
    // shows the warning exactly when `missing` is not empty (the seed page above, through the popup).
    const script = readFileSync(join(CHROME_DIST, 'content.js'), 'utf8');
    const found: Record<string, string[]> = {};
    const tab = await chrome.context.newPage();
    for (const page of corpus) {
      await tab.goto(server.url(`/pages/${page}.html`), { waitUntil: 'load' });
      const report = await tab.evaluate((code) => (0, eval)(code) as { result: { ok: boolean; text?: string }; missing: { text: string }[] }, script);
      if (!report.result.ok) continue;
      // Sanity: the script read the page's article, so "nothing missing" is a judgement, not a failure.
      expect(paragraphsOf(report.result.text ?? '').length, page).toBeGreaterThan(0);
      found[page] = report.missing.map((m) => m.text.slice(0, 80));
    }
    await tab.close();
    expect(Object.keys(found).length).toBeGreaterThan(corpus.length / 2);
    expect(Object.fromEntries(Object.entries(found).filter(([, m]) => m.length > 0))).toEqual({});
  });
});
