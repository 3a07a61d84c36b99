/**
 * Reading well, in Chromium: reading settings saved in storage.sync and applied in the popup and
 * the reader tab (and still there at the next click), the dyslexia-friendly font shipped with the
 * extension, the reader tab's keys, copying as Markdown, printing, and "Open in reader" from the
 * context menu.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, launchChromium, readFixture, readPopup, servePages, waitForState, type ChromiumSession, type PageServer } from './harness';
import { articleParagraphs, junkLeftovers, normalize } from './news-page';

const NEWS = '/news/putin-ready-to-talk.html';
const TITLE = 'Putin ready to talk to Trump – Kremlin';

let server: PageServer;
let chrome: ChromiumSession;
let opened = 0;

beforeAll(async () => {
  server = await servePages({ [NEWS]: readFixture('news-page.html') });
  chrome = await launchChromium();
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** The news page in a tab of its own address, and the popup the toolbar click opens on it. */
async function clickOnNews(): Promise<{ tab: Page; popup: Page }> {
  const tab = await chrome.openTab(server.url(`${NEWS}?tab=${++opened}`));
  const popup = await chrome.clickToolbarButton(tab);
  expect(await waitForState(popup)).toBe('done');
  return { tab, popup };
}

async function openReaderTab(popup: Page): Promise<Page> {
  const opening = chrome.context.waitForEvent('page');
  await popup.click('.open-reader');
  const reader = await opening;
  expect(await waitForState(reader)).toBe('done');
  return reader;
}

/** What a reader sees of the settings: the article's type and the page's colours and width. */
async function looks(page: Page) {
  return page.evaluate(() => {
    const body = getComputedStyle(document.querySelector('.article-body')!);
    return {
      font: body.fontFamily.split(',')[0]!.replace(/"/g, '').trim(),
      size: parseFloat(body.fontSize),
      lineHeight: Math.round((parseFloat(body.lineHeight) / parseFloat(body.fontSize)) * 100) / 100,
      width: document.body.classList.contains('popup') ? document.body.getBoundingClientRect().width : document.getElementById('app')!.getBoundingClientRect().width,
      background: getComputedStyle(document.documentElement).backgroundColor,
      checked: Array.from(document.querySelectorAll<HTMLInputElement>('.settings-form input:checked'), (i) => i.value),
      sizeShown: document.querySelector('.size-value')?.textContent,
    };
  });
}

const syncStorage = async () => (await chrome.serviceWorker()).evaluate(() =>
  (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get(null));

describe('reading settings', () => {
  it('start as the popup was made: serif 17 px, line height 1.6, 600 px, following the system', async () => {
    const { tab, popup } = await clickOnNews();
    expect(await looks(popup)).toMatchObject({ font: 'Iowan Old Style', size: 17, lineHeight: 1.6, width: 600, checked: ['serif', 'normal', 'medium', 'system'], sizeShown: '100%' });
    await tab.close();
  });

  it('change at once in the popup, from the “Aa” menu, with the keyboard too', async () => {
    const { tab, popup } = await clickOnNews();
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    expect(await popup.isVisible('.settings-panel')).toBe(true);
    // The menu opens on the chosen font; arrow keys move through a group, as in any radio group.
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('serif');
    await popup.keyboard.press('ArrowRight');
    await popup.getByRole('button', { name: 'Larger text' }).click();
    await popup.getByRole('button', { name: 'Larger text' }).click();
    await popup.getByText('Loose', { exact: true }).click();
    await popup.getByText('Wide', { exact: true }).click();
    await popup.getByText('Sepia', { exact: true }).click();
    const changed = await looks(popup);
    expect(changed).toMatchObject({ font: 'system-ui', size: 20.4, lineHeight: 1.85, width: 760, background: 'rgb(245, 236, 217)', checked: ['sans', 'loose', 'wide', 'sepia'], sizeShown: '120%' });
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-settings.png') });
    await popup.keyboard.press('Escape');
    expect(await popup.isVisible('.settings-panel')).toBe(false);
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('settings-toggle'))).toBe(true);
    await expect.poll(async () => (await syncStorage()).readerSettings).toEqual({ font: 'sans', size: 1.2, lineHeight: 'loose', width: 'wide', theme: 'sepia' });
    await tab.close();
  });

  it('persist across popup openings, and apply in the reader tab', async () => {
    const { tab, popup } = await clickOnNews();
    expect(await looks(popup)).toMatchObject({ font: 'system-ui', size: 20.4, lineHeight: 1.85, width: 760, background: 'rgb(245, 236, 217)', checked: ['sans', 'loose', 'wide', 'sepia'] });
    const reader = await openReaderTab(popup);
    await reader.setViewportSize({ width: 1280, height: 900 });
    // 20 px in the reader tab, times 1.2; the column is 54rem wide.
    expect(await looks(reader)).toMatchObject({ font: 'system-ui', size: 24, lineHeight: 1.85, width: 54 * 16, background: 'rgb(245, 236, 217)' });
    await reader.screenshot({ path: join(RESULTS_DIR, 'reader-tab-sepia.png') });
    await reader.close();
    await tab.close();
  });

  it('offer a dyslexia-friendly font that ships with the extension, with its licence', async () => {
    const { tab, popup } = await clickOnNews();
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.getByText('OpenDyslexic', { exact: true }).click();
    expect((await looks(popup)).font).toBe('OpenDyslexic');
    const loaded = await popup.evaluate(async () => {
      await document.fonts.ready;
      await document.fonts.load('16px OpenDyslexic');
      return Array.from(document.fonts, (f) => `${f.family} ${f.weight} ${f.style} ${f.status}`).filter((f) => f.startsWith('OpenDyslexic'));
    });
    expect(loaded).toContain('OpenDyslexic 400 normal loaded');
    const licence = await popup.evaluate(() => fetch('fonts/OpenDyslexic-LICENSE.txt').then((r) => r.text()));
    expect(licence).toContain('SIL Open Font License');
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-opendyslexic.png') });
    await tab.close();
  });

  it('let a chosen theme win over the system’s, and “System” follow it again', async () => {
    const { tab, popup } = await clickOnNews();
    const luminance = async () => {
      const rgb = (await looks(popup)).background;
      return rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, c) => sum + Number(c), 0) / 3;
    };
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.getByText('Dark', { exact: true }).click();
    expect(await luminance()).toBeLessThan(60);
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-dark.png') });
    await popup.getByText('System', { exact: true }).click();
    expect(await luminance()).toBeGreaterThan(200);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await luminance()).toBeLessThan(60);
    // Back to the defaults for the tests after this one.
    await popup.getByText('Serif', { exact: true }).click();
    await popup.getByText('Normal', { exact: true }).click();
    await popup.getByText('Medium', { exact: true }).click();
    await popup.getByRole('button', { name: 'Smaller text' }).click();
    await popup.getByRole('button', { name: 'Smaller text' }).click();
    await expect.poll(async () => (await syncStorage()).readerSettings).toEqual({ font: 'serif', size: 1, lineHeight: 'normal', width: 'medium', theme: 'system' });
    await tab.close();
  });
});

describe('the reader tab’s keys', () => {
  it('j and k move by paragraph, q goes to the key quotes, Escape closes the tab', async () => {
    const { tab, popup } = await clickOnNews();
    const reader = await openReaderTab(popup);
    await reader.emulateMedia({ reducedMotion: 'reduce' });
    const current = () => reader.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30), isCurrent: el.classList.contains('current'), marked: document.querySelectorAll('.current').length };
    });
    const shown = (await readPopup(reader)).paragraphs.map((p) => normalize(p).slice(0, 30));
    await reader.keyboard.press('j');
    expect(await current()).toEqual({ text: shown[0], isCurrent: true, marked: 1 });
    await reader.keyboard.press('j');
    await reader.keyboard.press('j');
    expect(await current()).toEqual({ text: shown[2], isCurrent: true, marked: 1 });
    await reader.keyboard.press('k');
    expect((await current()).text).toBe(shown[1]);
    await reader.screenshot({ path: join(RESULTS_DIR, 'reader-tab-keys.png') });
    await reader.keyboard.press('q');
    expect(await reader.evaluate(() => document.activeElement?.closest('.top-quotes') !== null && document.activeElement?.classList.contains('quote'))).toBe(true);
    // A key typed with a modifier is the browser's, not ours.
    await reader.keyboard.press('Control+j');
    expect(await reader.evaluate(() => document.activeElement?.classList.contains('quote'))).toBe(true);
    expect(await reader.textContent('.keyboard-help')).toBe('Keys: j and k next and previous paragraph · q key quotes · Esc close');
    // The tab closes under the key press itself.
    await Promise.all([reader.waitForEvent('close'), reader.keyboard.press('Escape').catch(() => {})]);
    await tab.close();
  });
});

describe('copying as Markdown', () => {
  it('copies the article as the reader sees it, and the key quotes with speakers and source', async () => {
    const { tab, popup } = await clickOnNews();
    // The clipboard is the browser's: read it back from a web page allowed to (an extension's own
    // origin cannot be granted the permission).
    await chrome.context.grantPermissions(['clipboard-read'], { origin: server.origin });
    const clipboard = () => tab.evaluate(() => navigator.clipboard.readText());

    await popup.getByRole('button', { name: 'Copy the article as Markdown' }).click();
    await expect.poll(() => popup.textContent('.announcer')).toBe('Article copied as Markdown');
    const article = await clipboard();
    expect(article.startsWith(`# ${TITLE}\n\n*RT International · 2025-01-24*\n\n<${tab.url()}>\n\n`)).toBe(true);
    for (const p of articleParagraphs()) expect(normalize(article)).toContain(normalize(p).slice(0, 60));
    expect(junkLeftovers.filter((junk) => article.includes(junk))).toEqual([]);

    // What the reader put back is in the copy.
    await popup.click('.cleaned-toggle');
    await popup.locator('.removal', { hasText: 'Dear readers' }).getByRole('button', { name: /^Put back/ }).click();
    await popup.getByRole('button', { name: 'Copy the article as Markdown' }).click();
    await expect.poll(clipboard).toContain('Dear readers! Thank you');

    await popup.getByRole('button', { name: 'Copy the key quotes, with speakers and source link, as Markdown' }).click();
    await expect.poll(() => popup.textContent('.announcer')).toBe('Key quotes copied as Markdown');
    const quotes = await clipboard();
    expect(quotes.startsWith('## Key quotes\n\n> “')).toBe(true);
    expect(quotes).toContain('> “Putin is ready, we are waiting for signals. Everyone is ready. It is difficult to read the tea leaves. If something happens, we will let you know”\n>\n> — Dmitry Peskov');
    expect(quotes).toContain('> — Donald Trump');
    expect(quotes.trimEnd().endsWith(`Source: [${TITLE}](<${tab.url()}>)`)).toBe(true);
    await tab.close();
  });
});

describe('printing from the reader tab', () => {
  it('prints the article without the controls', async () => {
    const { tab, popup } = await clickOnNews();
    await popup.click('.cleaned-toggle');
    await popup.locator('.removal', { hasText: 'Dear readers' }).getByRole('button', { name: /^Put back/ }).click();
    const reader = await openReaderTab(popup);
    await reader.emulateMedia({ media: 'print' });
    for (const control of ['.tools', '.cleaned', '.remove-block', '.copy-quotes', '.keyboard-help', '.settings-panel']) {
      expect(await reader.locator(control).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length), control).toBe(0);
    }
    expect(await reader.isVisible('.article-body')).toBe(true);
    expect(await reader.isVisible('.key-quotes')).toBe(true);
    await reader.close();
    await tab.close();
  });
});

describe('“Open in reader” from the context menu', () => {
  const worker = async () => chrome.serviceWorker();
  type Chrome = {
    contextMenus: { update(id: string, p: object): Promise<void> };
    tabs: { query(q: object): Promise<{ id: number; url: string }[]> };
    storage: { session: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
    action: { getBadgeText(d: object): Promise<string> };
  };
  /** The tab just opened: the active one (the extension may not read the addresses of tabs it has no access to). */
  const activeTabId = async () =>
    (await worker()).evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((ts) => ts[0]!.id));

  it('is an entry on pages and one on links', async () => {
    const w = await worker();
    const exists = (id: string) => w.evaluate((i) => (globalThis as unknown as { chrome: Chrome }).chrome.contextMenus.update(i, {}).then(() => true, () => false), id);
    expect(await exists('open-page-in-reader')).toBe(true);
    expect(await exists('open-link-in-reader')).toBe(true);
    expect(await exists('no-such-entry')).toBe(false);
  });

  it('on a page: the reader tab reads the page itself, with the access the click grants', async () => {
    // The menu click grants activeTab as the toolbar click does; no test can click a native menu, so
    // the toolbar click grants it here, and the article it kept is dropped so the reader must read.
    const { tab, popup } = await clickOnNews();
    await popup.close();
    const id = await activeTabId();
    await (await worker()).evaluate((k) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.remove(k), `article:${id}`);
    const reader = await chrome.openExtensionPage(`reader.html?tab=${id}&read=1`);
    expect(await waitForState(reader)).toBe('done');
    expect((await readPopup(reader)).title).toBe(TITLE);
    await reader.close();
    await tab.close();
  });

  it('on a page it was not granted: says the browser did not let it read the page', async () => {
    const tab = await chrome.openTab(server.url(`${NEWS}?tab=${++opened}`));
    const reader = await chrome.openExtensionPage(`reader.html?tab=${await activeTabId()}&read=1`);
    expect(await waitForState(reader)).toBe('restricted');
    expect((await readPopup(reader)).restricted).toBe('no-access');
    await reader.close();
    await tab.close();
  });

  it('on a link: the new tab waits for the toolbar click, its button says so, and the click opens the reader tab', async () => {
    // What the link entry does: a new tab, marked as waiting before the link has loaded in it.
    const tab = await chrome.context.newPage();
    const id = await activeTabId();
    await (await worker()).evaluate((k) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.set({ [k]: { loads: 0 } }), `waiting:${id}`);
    await tab.goto(server.url(`${NEWS}?tab=${++opened}`));
    const badge = () => worker().then((w) => w.evaluate((i) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: i }), id));
    await expect.poll(badge).toBe('READ');
    const readerOpens = chrome.context.waitForEvent('page', { predicate: (p) => p.url().includes(`reader.html?tab=${id}`) });
    await chrome.clickToolbarButton(tab).catch(() => undefined); // the popup closes as soon as the reader tab opens
    const reader = await readerOpens;
    expect(await waitForState(reader)).toBe('done');
    expect((await readPopup(reader)).title).toBe(TITLE);
    await expect.poll(badge).toBe('');
    await reader.close();
    await tab.close();
  });
});
