/**
 * Firefox ESR with the test build (dist/firefox-test): no test can click Firefox's toolbar button,
 * so the popup is opened in a tab and pointed at the article's tab (see build/extension.mjs).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, launchFirefox, readFixture, readPopup, servePages, waitForState, type FirefoxSession, type PageServer, type PopupView } from './harness';
import { articleParagraphs, junkLeftovers, NEWS_PAGE_DATE, normalize } from './news-page';

const NEWS = '/news/putin-ready-to-talk.html';
const FRONT = '/front.html';

let server: PageServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await servePages({ [NEWS]: readFixture('news-page.html'), [FRONT]: readFixture('front-page.html') });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: the popup on a seed-style news page', () => {
  let view: PopupView;

  beforeAll(async () => {
    const tab = await firefox.openTab(server.url(NEWS));
    const popup = await firefox.openPopupFor(tab);
    await waitForState(popup);
    view = await readPopup(popup);
    await popup.screenshot({ path: join(RESULTS_DIR, 'firefox-popup-news-page.png') });
  });

  it('shows the article with its title, date and every paragraph', () => {
    expect(view.state).toBe('done');
    expect(view.title).toBe('Putin ready to talk to Trump – Kremlin');
    expect(view.site).toBe('RT International');
    expect(view.date).toBe(NEWS_PAGE_DATE);
    const shown = view.paragraphs.map(normalize);
    for (const paragraph of articleParagraphs()) expect(shown).toContain(paragraph);
  });

  it('shows none of the junk, and the key quotes', () => {
    const body = normalize(view.bodyText);
    expect(junkLeftovers.filter((junk) => body.includes(junk))).toEqual([]);
    expect(view.keyQuotes.length).toBeGreaterThan(0);
    for (const q of view.keyQuotes) expect(body).toContain(q.text.slice(1, -1));
  });
});

describe('Firefox: popup states', () => {
  it('on a page with no article: not-an-article with “Show anyway”', async () => {
    const tab = await firefox.openTab(server.url(FRONT));
    const popup = await firefox.openPopupFor(tab);
    expect(await waitForState(popup)).toBe('not-an-article');
    expect((await readPopup(popup)).actions).toEqual(['Show anyway']);
  });
});
