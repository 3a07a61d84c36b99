/**
 * The missing-content warning in Chromium: once the article shows, a second script in the tab
 * compares the live page's visible paragraphs with the cleaned article. On a page built so that the article loses two paragraphs,
 * the popup says so and shows them in place; on the pages where nothing is missing it says nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_REQUEST_KEY } from '../../src/extension/content/protocol';
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

/** The articles the extension keeps in session storage, as the tests read and change them. */
type Kept = { tabId: number; url: string; missing?: unknown[] };
type KeptSession = { get(keys: null): Promise<Record<string, Kept>>; set(items: Record<string, Kept>): Promise<void> };

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
  // The saved pages name their sites' images and scripts: keep every request on this machine (and the extension's own pages working).
  const allowed = (url: string) => url.startsWith(server.origin) || url.startsWith('chrome-extension://');
  await chrome.context.route('**/*', (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function popupOn(path: string): Promise<Page> {
  return popupIn(await chrome.openTab(server.url(path)));
}

async function popupIn(tab: Page): Promise<Page> {
  const popup = await chrome.clickToolbarButton(tab);
  expect(await waitForState(popup)).toBe('done');
  return popup;
}

describe('on a page whose article loses two paragraphs', () => {
  let tab: Page;
  let popup: Page;

  beforeAll(async () => {
    tab = await chrome.openTab(server.url(LOST));
    popup = await popupIn(tab);
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

  it('keeps the warning with the tab\'s article: the next popup shows it without checking again, and so does the reader tab', async () => {
    // The check answers after the article shows; its answer is kept with the tab's article.
    const kept = await popup.evaluate(async (url) => {
      const session = (globalThis as unknown as { chrome: { storage: { session: KeptSession } } }).chrome.storage.session;
      return Object.values(await session.get(null)).find((entry) => entry.url === url);
    }, server.url(LOST));
    expect(kept?.missing).toHaveLength(2);
    const again = await popupIn(tab);
    expect(normalize(await again.textContent('.missing-count') ?? '')).toBe('2 paragraphs of the page may be missing');
    // 0 ms in the tab: the answer came from the kept article, no check ran.
    expect(await again.evaluate(() => (performance.getEntriesByName('news-reader:missing')[0] as PerformanceMark).detail)).toEqual({ ms: 0 });
    const reader = await chrome.openExtensionPage(`reader.html?tab=${kept!.tabId}`);
    expect(await waitForState(reader)).toBe('done');
    expect(normalize(await reader.textContent('.missing-count') ?? '')).toBe('2 paragraphs of the page may be missing');
    await reader.close();
  });

  it('the reader tab runs the check itself when the kept article has no answer (the popup closed before it came)', async () => {
    const shown = await popupIn(tab);
    // The kept article as a popup closed too soon leaves it: read, but not yet checked.
    const key = await shown.evaluate(async (url) => {
      const session = (globalThis as unknown as { chrome: { storage: { session: KeptSession } } }).chrome.storage.session;
      const [key, entry] = Object.entries(await session.get(null)).find(([, e]) => e.url === url)!;
      const { missing: _, ...unchecked } = entry;
      await session.set({ [key]: unchecked });
      return { key, tabId: entry.tabId };
    }, server.url(LOST));
    await shown.close();
    const reader = await chrome.openExtensionPage(`reader.html?tab=${key.tabId}`);
    expect(await waitForState(reader)).toBe('done');
    await reader.waitForSelector('.missing-count');
    expect(normalize(await reader.textContent('.missing-count') ?? '')).toBe('2 paragraphs of the page may be missing');
    // Its answer is kept for the next popup.
    const kept = await reader.evaluate(async (key) => {
      const session = (globalThis as unknown as { chrome: { storage: { session: KeptSession } } }).chrome.storage.session;
      return (await session.get(null))[key];
    }, key.key);
    expect(kept?.missing).toHaveLength(2);
    await reader.close();
  });
});

describe('on pages where nothing is missing', () => {
  it('the seed-style news page: no warning', async () => {
    const popup = await popupOn(NEWS);
    expect(await popup.locator('.missing-note').count()).toBe(0);
  });

  it('every page of the test-page corpus: the missing check finds nothing missing', async () => {
    // The content script and the check as built, run on each page in this browser (with its layout)
    // the way the popup runs them: the check asked about the article the content script read. The
    // popup shows the warning exactly when `missing` is not empty (the seed page above, through the popup).
    const [content, check] = ['content.js', 'missing-check.js'].map((file) => readFileSync(join(CHROME_DIST, file), 'utf8'));
    const found: Record<string, string[]> = {};
    const tab = await chrome.context.newPage();
    for (const page of corpus) {
      await tab.goto(server.url(`/pages/${page}.html`), { waitUntil: 'load' });
      const report = await tab.evaluate(([contentCode, checkCode, key]) => {
        const read = (0, eval)(contentCode) as { result: { ok: boolean; text?: string } };
        if (!read.result.ok) return { result: read.result, missing: [] };
        (globalThis as unknown as Record<string, unknown>)[key] = read.result;
        return { result: read.result, missing: ((0, eval)(checkCode) as { missing: { text: string }[] }).missing };
      }, [content!, check!, MISSING_REQUEST_KEY] as const);
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
