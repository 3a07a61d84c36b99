/**
 * Putting back what was removed, and the reader's own rules for a site, in Chromium as a reader
 * uses them: "Put back" in the popup and the reader tab, "Always keep this on <site>" and
 * "Remove this" remembered across a reload, and the rules on the options page (listed, edited,
 * deleted, exported and imported).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, launchChromium, readFixture, readPopup, servePages, waitForState, type ChromiumSession, type PageServer } from './harness';
import { articleParagraphs, normalize } from './news-page';

const NEWS = '/news/putin-ready-to-talk.html';
const SITE = '127.0.0.1';
/** What the filters take out of the seed-style page: the comment banner (at the end) and the icon labels (first). */
const BANNER = 'Dear readers! Thank you for your vibrant engagement';
const ICONS = 'icon bookmark';

let server: PageServer;
let chrome: ChromiumSession;
const paragraphs = articleParagraphs();

beforeAll(async () => {
  server = await servePages({ [NEWS]: readFixture('news-page.html') });
  chrome = await launchChromium();
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

let opened = 0;

/** The news page in a tab (at an address of its own, for the click), and the popup the toolbar click opens on it. */
async function clickOnNews(tab?: Page): Promise<{ tab: Page; popup: Page }> {
  tab ??= await chrome.openTab(server.url(`${NEWS}?tab=${++opened}`));
  const popup = await chrome.clickToolbarButton(tab);
  expect(await waitForState(popup)).toBe('done');
  await popup.emulateMedia({ reducedMotion: 'reduce' });
  return { tab, popup };
}

async function openRemovedList(page: Page): Promise<void> {
  if ((await page.getAttribute('.cleaned-toggle', 'aria-expanded')) !== 'true') await page.click('.cleaned-toggle');
}

const item = (page: Page, text: string) => page.locator('.removal', { hasText: text });
const bodyText = async (page: Page) => normalize((await readPopup(page)).bodyText);
const storedRules = async () => (await chrome.serviceWorker()).evaluate(() =>
  (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));

describe('Put back', () => {
  it('in the popup: the removed item returns in its place, and can be removed again', async () => {
    const { tab, popup } = await clickOnNews();
    expect(await bodyText(popup)).not.toContain(BANNER);
    await openRemovedList(popup);
    await item(popup, BANNER).getByRole('button', { name: /^Put back/ }).click();
    const body = await bodyText(popup);
    // In place: after the article's last paragraph, where the page had it.
    expect(body).toContain(BANNER);
    expect(body.indexOf(BANNER)).toBeGreaterThan(body.indexOf(paragraphs[paragraphs.length - 1]!));
    expect(await popup.locator('.article-body .restored').count()).toBe(1);
    await expect.poll(() => item(popup, BANNER).getByRole('button', { name: `Always keep this on ${SITE}` }).isVisible()).toBe(true);
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-put-back.png') });

    await item(popup, BANNER).getByRole('button', { name: 'Remove again' }).click();
    expect(await bodyText(popup)).not.toContain(BANNER);
    expect(await item(popup, BANNER).getByRole('button', { name: /^Put back/ }).isVisible()).toBe(true);
    await tab.close();
  });

  it('in the reader tab: the same, at the top of the article where the icon labels were', async () => {
    const { tab, popup } = await clickOnNews();
    const opened = chrome.context.waitForEvent('page');
    await popup.click('.open-reader');
    const reader = await opened;
    expect(await waitForState(reader)).toBe('done');
    await reader.emulateMedia({ reducedMotion: 'reduce' });
    await openRemovedList(reader);
    await item(reader, ICONS).getByRole('button', { name: /^Put back/ }).click();
    expect((await bodyText(reader)).startsWith(ICONS)).toBe(true);
    await reader.close();
    await tab.close();
  });
});

describe('Always keep this on the site', () => {
  it('turns a put-back into a rule: after a reload, the next click keeps the item in the article', async () => {
    const { tab, popup } = await clickOnNews();
    await openRemovedList(popup);
    const before = await popup.locator('.removal').count();
    await item(popup, BANNER).getByRole('button', { name: /^Put back/ }).click();
    await item(popup, BANNER).getByRole('button', { name: `Always keep this on ${SITE}` }).click();
    await expect.poll(() => item(popup, BANNER).textContent()).toContain(`Kept on ${SITE} from now on.`);
    const rules = Object.entries(await storedRules()).filter(([k]) => k.startsWith('rules:'));
    expect(rules).toEqual([[`rules:${SITE}`, [expect.objectContaining({ site: SITE, action: 'keep', text: expect.stringMatching(/^Dear readers!/) })]]]);

    await tab.reload();
    const again = await clickOnNews(tab);
    expect(await bodyText(again.popup)).toContain(BANNER);
    await openRemovedList(again.popup);
    expect(await again.popup.locator('.removal').count()).toBe(before - 1);
    expect(await item(again.popup, BANNER).count()).toBe(0);
    await tab.close();
  });
});

describe('Remove this', () => {
  const target = () => paragraphs[2]!;

  it('shows a small control on a block when hovered or reached from the keyboard', async () => {
    const { tab, popup } = await clickOnNews();
    const block = popup.locator('.article-body [data-paragraph]', { hasText: target() });
    const control = block.locator('> .remove-block');
    expect(await control.evaluate((c) => getComputedStyle(c).opacity)).toBe('0');
    await block.hover();
    await expect.poll(() => control.evaluate((c) => getComputedStyle(c).opacity)).toBe('1');
    // From the keyboard: Tab reaches the control, which then shows, with its name saying what it removes.
    await popup.mouse.move(0, 0);
    await popup.locator('.article-body [data-paragraph]', { hasText: paragraphs[1]! }).locator('> .remove-block').focus();
    for (let i = 0; i < 10 && !(await control.evaluate((c) => c === document.activeElement)); i++) await popup.keyboard.press('Tab');
    expect(await control.evaluate((c) => c === document.activeElement)).toBe(true);
    await expect.poll(() => control.evaluate((c) => getComputedStyle(c).opacity)).toBe('1');
    expect(await control.getAttribute('aria-label')).toBe(`Remove this from the article on ${SITE}: ${target().slice(0, 60)}…`);
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-remove-control.png') });
    await tab.close();
  });

  it('removes the block at once, remembers it for the site, and a reload and click leave it out', async () => {
    const { tab, popup } = await clickOnNews();
    const shown = (await readPopup(popup)).paragraphs.map(normalize);
    const block = popup.locator('.article-body [data-paragraph]', { hasText: target() });
    await block.hover();
    await block.locator('> .remove-block').click();
    expect(await bodyText(popup)).not.toContain(target());
    expect(await popup.textContent('.announcer')).toContain(`Removed. News Reader will remove it on ${SITE} from now on.`);
    await openRemovedList(popup);
    expect(normalize(await popup.textContent('.removal-group.mine h3') ?? '')).toBe('You removed these on this site · 1');
    await expect.poll(async () => ((await storedRules())[`rules:${SITE}`] as { action: string; text: string }[]).filter((r) => r.action === 'remove').map((r) => r.text))
      .toEqual([target().slice(0, 200)]);

    await tab.reload();
    const again = await clickOnNews(tab);
    const view = await readPopup(again.popup);
    expect(normalize(view.bodyText)).not.toContain(target());
    expect(view.paragraphs.map(normalize)).toEqual(shown.filter((p) => p !== target()));
    await openRemovedList(again.popup);
    expect(await item(again.popup, target().slice(0, 30)).count()).toBe(1);
    await again.popup.screenshot({ path: join(RESULTS_DIR, 'popup-site-rule-applied.png') });

    // Put back, then stop removing it on the site: the next reading has it again.
    await item(again.popup, target().slice(0, 30)).getByRole('button', { name: /^Put back/ }).click();
    expect(await bodyText(again.popup)).toContain(target());
    await item(again.popup, target().slice(0, 30)).getByRole('button', { name: `Stop removing this on ${SITE}` }).click();
    await expect.poll(() => item(again.popup, target().slice(0, 30)).textContent()).toContain(`No longer removed on ${SITE}.`);
    await tab.reload();
    const third = await clickOnNews(tab);
    expect(await bodyText(third.popup)).toContain(target());
    await tab.close();
  });

  it('can be undone at once from the message it shows', async () => {
    const { tab, popup } = await clickOnNews();
    const block = popup.locator('.article-body [data-paragraph]', { hasText: paragraphs[4]! });
    await block.hover();
    await block.locator('> .remove-block').click();
    expect(await bodyText(popup)).not.toContain(paragraphs[4]!);
    await popup.getByRole('button', { name: 'Undo' }).click();
    expect(await bodyText(popup)).toContain(paragraphs[4]!);
    const rules = (await storedRules())[`rules:${SITE}`] as { action: string }[];
    await expect.poll(async () => ((await storedRules())[`rules:${SITE}`] as { action: string }[]).filter((r) => r.action === 'remove')).toEqual([]);
    expect(rules.some((r) => r.action === 'keep')).toBe(true);
    await tab.close();
  });
});

describe('the reader tab after a rule changed', () => {
  it('reads the page again, so the article it shows follows the new rule', async () => {
    const { tab, popup } = await clickOnNews();
    const block = popup.locator('.article-body [data-paragraph]', { hasText: paragraphs[3]! });
    await block.hover();
    await block.locator('> .remove-block').click();
    const opening = chrome.context.waitForEvent('page');
    await popup.click('.open-reader');
    const reader = await opening;
    expect(await waitForState(reader)).toBe('done');
    expect(await bodyText(reader)).not.toContain(paragraphs[3]!);
    // Undone from the reader tab, as from the popup.
    await openRemovedList(reader);
    await item(reader, paragraphs[3]!.slice(0, 30)).getByRole('button', { name: /^Put back/ }).click();
    await item(reader, paragraphs[3]!.slice(0, 30)).getByRole('button', { name: `Stop removing this on ${SITE}` }).click();
    await expect.poll(async () => ((await storedRules())[`rules:${SITE}`] as { action: string }[]).map((r) => r.action)).toEqual(['keep']);
    await reader.close();
    await tab.close();
  });
});

describe('the options page', () => {
  let options: Page;

  beforeAll(async () => {
    options = await chrome.openExtensionPage('options.html');
    await options.setViewportSize({ width: 1000, height: 900 });
  });

  it('lists the rules made in the popup, by site', async () => {
    await expect.poll(() => options.locator('.rule').count()).toBe(1);
    expect(normalize(await options.textContent('.rule-site h3') ?? '')).toBe(`${SITE} · 1 rule`);
    expect(await options.inputValue('.rule select[name="action"]')).toBe('keep');
    expect(await options.inputValue('.rule textarea[name="text"]')).toMatch(/^Dear readers!/);
    await options.screenshot({ path: join(RESULTS_DIR, 'options-page.png'), fullPage: true });
  });

  it('edits a rule, and refuses an edit that is not a rule', async () => {
    await options.fill('.rule input[name="site"]', 'not a host name');
    await options.click('.rule button[type="submit"]');
    expect(await options.isVisible('.rule-error')).toBe(true);
    expect(await options.getAttribute('.rule input[name="site"]', 'aria-invalid')).toBe('true');
    expect(Object.keys(await storedRules())).toEqual([`rules:${SITE}`]);

    await options.fill('.rule input[name="site"]', 'news.example');
    await options.click('.rule button[type="submit"]');
    await expect.poll(async () => Object.keys(await storedRules())).toEqual(['rules:news.example']);
    await expect.poll(async () => normalize(await options.textContent('.rule-site h3') ?? '')).toBe('news.example · 1 rule');
  });

  it('exports the rules as JSON, deletes, and imports them back', async () => {
    const download = options.waitForEvent('download');
    await options.click('.export-rules');
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('news-reader-site-rules.json');
    // The bytes the browser saves, read back from the file's address (the harness's second CDP
    // connection moves where Chromium writes downloads, so Playwright cannot open the file itself).
    const file = await options.evaluate((url) => fetch(url).then((r) => r.text()), saved.url());
    const exported = JSON.parse(file);
    expect(exported).toEqual({
      format: 'news-reader-site-rules',
      version: 1,
      rules: [{ site: 'news.example', action: 'keep', text: expect.stringMatching(/^Dear readers!/), created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }],
    });

    await options.getByRole('button', { name: /^Delete the rule for news\.example/ }).click();
    await expect.poll(() => options.textContent('.rules-list')).toContain('No rules yet.');
    expect(Object.keys(await storedRules())).toEqual([]);

    await options.setInputFiles('#import-file', { name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => options.textContent('.rules-status')).toBe('Imported 1 new rules; 0 were already here.');
    await expect.poll(() => options.locator('.rule').count()).toBe(1);
  });

  it('imports nothing from a file that is not all rules, and says why', async () => {
    const hostile = {
      format: 'news-reader-site-rules',
      version: 1,
      rules: [
        { site: 'good.example', action: 'remove', text: 'Sponsored content' },
        { site: 'bad.example/<script>', action: 'keep', text: 'x' },
        { site: 'good.example', action: 'remove', text: 'Read more', onclick: 'alert(1)' },
      ],
    };
    await options.setInputFiles('#import-file', { name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await expect.poll(() => options.textContent('.rules-status')).toContain('Nothing was imported:');
    const problems = await options.$$eval('.rules-status li', (lis) => lis.map((li) => li.textContent));
    expect(problems).toEqual([
      'Rule 2: the site must be a host name in lower case, without “www.”, like news.example.',
      'Rule 3: it has a field News Reader does not know, “onclick”.',
    ]);
    expect(Object.keys(await storedRules())).toEqual(['rules:news.example']);

    await options.setInputFiles('#import-file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json at all') });
    await expect.poll(() => options.textContent('.rules-status li')).toBe('The file is not JSON.');
  });
});
