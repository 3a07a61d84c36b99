/**
 * Firefox ESR with the test build: putting back what was removed, the missing-content warning, and
 * reading settings kept across popup openings (see firefox.test.ts for how the popup is opened).
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, launchFirefox, readFixture, readPopup, servePages, waitFor, waitForState, type FirefoxSession, type PageServer } from './harness';
import { normalize } from './news-page';

const NEWS = '/news/putin-ready-to-talk.html';
const LOST = '/news/harbour-bridge.html';

let server: PageServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await servePages({ [NEWS]: readFixture('news-page.html'), [LOST]: readFixture('lost-paragraphs.html') });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function popupOn(path: string): Promise<Page> {
  const tab = await firefox.openTab(server.url(path));
  const popup = await firefox.openPopupFor(tab);
  expect(await waitForState(popup)).toBe('done');
  return popup;
}

const clickButton = (page: Page, selector: string, text: string) =>
  page.evaluate((sel, label) => {
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>(sel)).find((b) => b.textContent?.includes(label));
    if (!button) throw new Error(`no button “${label}”`);
    button.click();
  }, selector, text);

describe('Firefox: the reader can change the article', () => {
  it('puts a removed item back in place', async () => {
    const popup = await popupOn(NEWS);
    const shown = normalize((await readPopup(popup)).bodyText);
    expect(shown).not.toContain('Dear readers');
    // Hidden by the page's stylesheet, so not in the article Firefox's layout lets the content script read.
    expect(shown).not.toContain('stays collapsed on the page');
    await popup.evaluate(() => {
      document.querySelector<HTMLButtonElement>('.cleaned-toggle')!.click();
      const item = Array.from(document.querySelectorAll('.removal')).find((li) => li.textContent?.includes('Dear readers'))!;
      item.querySelector<HTMLButtonElement>('.put-back')!.click();
    });
    const body = normalize((await readPopup(popup)).bodyText);
    expect(body).toContain('Dear readers! Thank you');
    expect(body.indexOf('Dear readers')).toBeGreaterThan(body.indexOf('Moscow, however, has ruled out'));
  });

  it('warns of the paragraphs the article lost, and shows them in place', async () => {
    const popup = await popupOn(LOST);
    expect(normalize(await popup.$eval('.missing-count', (el) => el.textContent ?? ''))).toBe('2 paragraphs of the page may be missing');
    await clickButton(popup, '.show-missing', 'Show in place');
    const shown = await popup.$$eval('.from-page', (els) => els.map((el) => el.textContent ?? ''));
    expect(shown).toHaveLength(2);
    expect(shown[0]).toContain('Engineers first noticed rust');
    await popup.screenshot({ path: join(RESULTS_DIR, 'firefox-popup-missing.png') });
  });

  it('keeps reading settings across popup openings', async () => {
    const first = await popupOn(NEWS);
    await first.evaluate(() => {
      document.querySelector<HTMLButtonElement>('.settings-toggle')!.click();
      for (const value of ['sans', 'dark']) document.querySelector<HTMLInputElement>(`.settings-form input[value="${value}"]`)!.click();
    });
    const looks = (page: Page) => page.evaluate(() => ({
      font: getComputedStyle(document.querySelector('.article-body')!).fontFamily.split(',')[0]!.trim(),
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    const chosen = { font: 'system-ui', background: 'rgb(28, 27, 25)' };
    expect(await looks(first)).toEqual(chosen);
    // Saved a moment after the last change (storage.sync allows few writes a minute).
    await new Promise((r) => setTimeout(r, 800));
    const second = await popupOn(NEWS);
    await waitFor(async () => ((await looks(second)).font === chosen.font ? true : undefined), 5_000, 'the settings to apply');
    expect(await looks(second)).toEqual(chosen);
    await second.screenshot({ path: join(RESULTS_DIR, 'firefox-popup-dark-sans.png') });
  });
});
