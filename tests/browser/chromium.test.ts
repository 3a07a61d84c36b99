/**
 * The production build in Debian's Chromium: the real toolbar click on pages served from
 * 127.0.0.1, the real popup read back, and the states a reader can meet.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer, parseDocument } from '../../src/node/dom';
import { RESULTS_DIR, launchChromium, readFixture, readPopup, servePages, waitFor, waitForState, type ChromiumSession, type PageServer, type PopupView } from './harness';
import { articleParagraphs, junkLeftovers, NEWS_PAGE_DATE, normalize } from './news-page';

const NEWS = '/news/putin-ready-to-talk.html';
const FRONT = '/front.html';
const HUGE = '/huge.html';
const BRIEF = '/brief.html';
const PDF = '/documents/report';

/** A one-page PDF, served without a .pdf ending so only its type tells. */
const pdf = [
  '%PDF-1.1', '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj', '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj',
  '4 0 obj<</Length 41>>stream', 'BT /F1 18 Tf 20 80 Td (Annual report) Tj ET', 'endstream endobj',
  '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj', 'trailer<</Root 1 0 R>>', '%%EOF',
].join('\n');

/** A news brief of forty words: too short to pass for an article unless the reader insists. */
const BRIEF_TEXT = 'Heavy snow closed the northern roads on Monday morning, the highways agency said, and crews expect to reopen them by the evening. Drivers were told to stay home where they could, and schools in three districts shut for the day.';
const briefPage = `<!doctype html><html lang="en"><head><title>Storm closes northern roads</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>Storm closes northern roads</h1><p>${BRIEF_TEXT}</p></main></body></html>`;

/** A page over the core's element limit (60,000), in 40 KB of markup repeated. */
const hugePage = `<!doctype html><html><head><title>Everything</title></head><body>${'<div><span>x</span></div>'.repeat(31_000)}</body></html>`;

/** A quotation as the popup shows it: in marks, without the comma that led into the attribution. */
const asShown = (text: string) => `“${text.replace(/\s*,$/, '')}”`;

let server: PageServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await servePages({ [NEWS]: readFixture('news-page.html'), [FRONT]: readFixture('front-page.html'), [HUGE]: hugePage, [BRIEF]: briefPage, [PDF]: { body: pdf, type: 'application/pdf' } });
  chrome = await launchChromium();
  mkdirSync(RESULTS_DIR, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function clickOn(path: string): Promise<{ tab: Page; popup: Page; view: PopupView }> {
  const tab = await chrome.openTab(server.url(path));
  const popup = await chrome.clickToolbarButton(tab);
  await waitForState(popup);
  return { tab, popup, view: await readPopup(popup) };
}

/** What storage.session holds, read from the extension's service worker. */
async function sessionStorage(): Promise<Record<string, { url: string; article: { title: string; quotes?: { text: string }[] } }>> {
  const worker = await chrome.serviceWorker();
  return worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<never> } } } }).chrome.storage.session.get(null));
}

describe('the popup on a seed-style news page', () => {
  let popup: Page;
  let view: PopupView;
  let tab: Page;

  beforeAll(async () => {
    ({ tab, popup, view } = await clickOn(NEWS));
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-news-page.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-news-page-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  afterAll(async () => {
    await tab.close();
  });

  it('shows the article: site, title, date in the reader’s locale, reading time', () => {
    expect(view.state).toBe('done');
    expect(view.site).toBe('RT International');
    expect(view.title).toBe('Putin ready to talk to Trump – Kremlin');
    expect(view.date).toBe(NEWS_PAGE_DATE);
    expect(view.readingTime).toMatch(/^\d+ min read$/);
  });

  it('sets the body for reading, within Chrome’s 800 x 600 popup limit', async () => {
    const layout = await popup.evaluate(() => {
      const body = getComputedStyle(document.querySelector('.article-body')!);
      return {
        fontSize: parseFloat(body.fontSize),
        lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
        serif: /serif/.test(body.fontFamily) && !/^sans/.test(body.fontFamily),
        width: document.body.getBoundingClientRect().width,
        overflowsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        measure: document.querySelector('.article-body p')!.getBoundingClientRect().width / parseFloat(body.fontSize),
      };
    });
    expect(layout.fontSize).toBe(17);
    expect(layout.lineHeight).toBeCloseTo(1.6, 1);
    expect(layout.serif).toBe(true);
    expect(layout.width).toBeLessThanOrEqual(800);
    expect(layout.overflowsSideways).toBe(false);
    // About 60-75 characters a line: 28-36 em of a serif text face.
    expect(layout.measure).toBeGreaterThan(28);
    expect(layout.measure).toBeLessThan(36);
  });

  it('shows every paragraph of the article, each once', () => {
    const shown = view.paragraphs.map(normalize);
    for (const paragraph of articleParagraphs()) expect(shown.filter((p) => p === paragraph)).toHaveLength(1);
  });

  it('shows none of the icon labels, comment banner or player leftovers', () => {
    const body = normalize(view.bodyText);
    expect(junkLeftovers.filter((junk) => body.includes(junk))).toEqual([]);
  });

  it('says what was cleaned and opens the list grouped by reason', async () => {
    const removed = await popup.evaluate(() => document.querySelectorAll('.removal-group li').length);
    expect(removed).toBeGreaterThan(0);
    expect(view.cleaned).toBe(`Cleaned: ${removed} item${removed === 1 ? '' : 's'} removed`);
    expect(await popup.isVisible('.removed-list')).toBe(false);
    await popup.click('.cleaned-toggle');
    expect(await popup.isVisible('.removed-list')).toBe(true);
    const reasons = await popup.$$eval('.removal-group h3', (hs) => hs.map((h) => h.firstChild?.textContent ?? ''));
    expect(reasons.every((r) => r.length > 0)).toBe(true);
    expect(new Set(reasons).size).toBe(reasons.length);
    // What was removed is the page's junk: the icon labels are among it.
    const items = await popup.$$eval('.removal-group li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items.some((t) => t.includes('icon bookmark'))).toBe(true);
    await popup.click('.cleaned-toggle');
  });

  it('shows the key quotes the core finds: the best five, no scare quotes, all on demand', () => {
    // The same page through the core in Node: the popup must show its quotations, ranked.
    const node = extractArticle(parseDocument(readFixture('news-page.html'), server.url(NEWS)), { sanitize: nodeSanitizer() });
    expect(node.ok).toBe(true);
    if (!node.ok) return;
    const statements = node.quotes.filter((q) => q.kind !== 'fragment');
    expect(statements.length).toBeGreaterThan(0);
    expect(view.keyQuotes).toHaveLength(Math.min(5, statements.length));
    const scoreOf = (text: string) => statements.find((q) => asShown(q.text) === text)?.score;
    const scores = view.keyQuotes.map((q) => scoreOf(q.text));
    expect(scores.every((s) => s !== undefined)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b! - a!));
    expect(view.allQuotes.map((q) => q.text)).toEqual(node.quotes.map((q) => asShown(q.text)));
  });

  it('names the speakers of the key quotes', () => {
    const speakerOf = (start: string) => view.keyQuotes.find((q) => q.text.startsWith(`“${start}`))?.speaker;
    expect(speakerOf('Putin is ready, we are waiting for signals')).toBe('Dmitry Peskov');
    expect(speakerOf('Every day we don’t meet')).toBe('Donald Trump');
  });

  it('shows the article first, then the key quotes (their code loads after it; see tests/size-budget.test.ts)', async () => {
    const timeline = await popup.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
      return { rendered: at('news-reader:rendered'), quotes: at('news-reader:quotes') };
    });
    expect(timeline.rendered).toBeGreaterThan(0);
    expect(timeline.quotes).toBeGreaterThanOrEqual(timeline.rendered!);
    expect(await popup.locator('.key-quotes[aria-busy], .quotes-failed').count()).toBe(0);
  });

  it('reads the tab from the click itself, while the popup opens, and leaves the next click to do the same', async () => {
    const detail = await popup.evaluate(() => (performance.getEntriesByName('news-reader:rendered')[0] as PerformanceMark | undefined)?.detail);
    // The article came from the read the background started at the click (reading/click-read.ts).
    expect(detail?.clickRead).toBe(true);
    // The popup was set for that click only: the tab's next click reaches the background again.
    const worker = await chrome.serviceWorker();
    const tabPopup = await worker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getPopup(d: object): Promise<string> } } }).chrome;
      const [found] = await api.tabs.query({ url });
      return api.action.getPopup({ tabId: found!.id });
    }, tab.url());
    expect(tabPopup).toBe('');
  });

  it('keeps the quotations the popup found with the tab’s article', async () => {
    const keptQuotes = () => sessionStorage().then((all) => Object.values(all).find((k) => k.url === tab.url())?.article.quotes);
    const quotes = await waitFor(keptQuotes, 5_000, 'the quotations to be kept');
    expect(quotes.map((q) => asShown(q.text))).toEqual(view.allQuotes.map((q) => q.text));
  });

  it('keeps the article for the tab, so reopening shows it at once, and drops it when the tab navigates', async () => {
    const kept = Object.values(await sessionStorage());
    expect(kept.map((k) => k.url)).toContain(tab.url());
    // Change the live page: a popup read from the cache still shows the article as first read.
    await tab.evaluate(() => void (document.querySelector('h1')!.textContent = 'Changed after reading'));
    const again = await chrome.clickToolbarButton(tab);
    await waitForState(again);
    expect((await readPopup(again)).title).toBe('Putin ready to talk to Trump – Kremlin');
    await tab.reload();
    await waitFor(async () => (Object.values(await sessionStorage()).some((k) => k.url === tab.url()) ? undefined : true), 5_000, 'the kept article to be dropped');
  });
});

describe('the reader tab', () => {
  it('shows the same article at full width, printable', async () => {
    const { tab, popup, view } = await clickOn(NEWS);
    const opened = chrome.context.waitForEvent('page');
    await popup.click('.open-reader');
    const reader = await opened;
    await waitForState(reader);
    const page = await readPopup(reader);
    expect(page.title).toBe(view.title);
    expect(page.paragraphs).toEqual(view.paragraphs);
    expect(page.keyQuotes).toEqual(view.keyQuotes);
    expect(await reader.evaluate(() => document.title)).toBe(view.title);
    await reader.setViewportSize({ width: 1200, height: 900 });
    await reader.screenshot({ path: join(RESULTS_DIR, 'reader-tab.png') });
    await reader.emulateMedia({ media: 'print' });
    expect(await reader.isVisible('.tools')).toBe(false);
    expect(await reader.isVisible('.article-body')).toBe(true);
    await reader.close();
    await tab.close();
  });

  it('says so when the article is no longer kept', async () => {
    const reader = await chrome.openExtensionPage('reader.html?tab=987654');
    expect(await waitForState(reader)).toBe('gone');
    const view = await readPopup(reader);
    expect(view.headline).toBe('This article is no longer here');
    expect(view.actions).toEqual(['Close this tab']);
    await reader.close();
  });
});

describe('popup states', () => {
  it('on a page with no article: not-an-article, and “Show anyway” finds none either', async () => {
    const { popup, view } = await clickOn(FRONT);
    expect(view.state).toBe('not-an-article');
    expect(view.headline).toBe('This page doesn’t look like an article');
    expect(view.actions).toEqual(['Show anyway']);
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-not-an-article.png') });
    await popup.click('text=Show anyway');
    await waitFor(async () => ((await readPopup(popup)).headline === 'No article found on this page' ? true : undefined), 10_000, 'the relaxed reading');
    expect((await readPopup(popup)).actions).toEqual(['Try again']);
  });

  it('on a short news brief: not-an-article at first, the brief with “Show anyway”', async () => {
    const { popup, view } = await clickOn(BRIEF);
    expect(view.state).toBe('not-an-article');
    await popup.click('text=Show anyway');
    expect(await waitForState(popup, ['done'])).toBe('done');
    const shown = await readPopup(popup);
    expect(shown.title).toBe('Storm closes northern roads');
    expect(shown.paragraphs.map(normalize)).toEqual([BRIEF_TEXT]);
  });

  it('on a page over the size limit: too-large', async () => {
    const { view } = await clickOn(HUGE);
    expect(view.state).toBe('too-large');
    expect(view.headline).toBe('This page is too large to clean');
    expect(view.actions.length).toBeGreaterThan(0);
  });

  it('on chrome://version: the restricted state, not an error', async () => {
    const tab = await chrome.context.newPage();
    await tab.goto('chrome://version');
    const popup = await chrome.clickToolbarButton(tab);
    expect(await waitForState(popup)).toBe('restricted');
    const view = await readPopup(popup);
    expect(view.restricted).toBe('browser-page');
    expect(view.headline).toBe('News Reader can’t run on this page');
    expect(view.detail).toMatch(/browser’s own pages/);
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-restricted.png') });
  });

  it('on a PDF in the browser’s viewer: the restricted state', async () => {
    const { view } = await clickOn(PDF);
    expect(view.state).toBe('restricted');
    expect(view.restricted).toBe('pdf-viewer');
    expect(view.detail).toMatch(/PDF/);
  });

  it('opened as a plain tab, without the toolbar click: says how to use it, never blank', async () => {
    await chrome.openTab(server.url(NEWS));
    const popup = await chrome.openExtensionPage('popup.html');
    const state = await waitForState(popup);
    expect(['restricted', 'error']).toContain(state);
    const view = await readPopup(popup);
    expect(view.restricted).toBe('not-from-toolbar');
    expect(view.headline).not.toBe('');
    expect(view.detail).toMatch(/click its button in the toolbar/);
  });
});
