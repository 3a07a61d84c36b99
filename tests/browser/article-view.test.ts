/**
 * The article view the popup and the reader tab share, in Chromium, on an article made for the
 * purpose: put in storage.session as the popup keeps it, shown by the reader tab.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../src/core/types';
import { launchChromium, readPopup, waitForState, type ChromiumSession, type PopupView } from './harness';

const TAB_ID = 424242;
const URL_READ = 'https://news.example/2025/01/council-budget';

const paragraphs = Array.from({ length: 14 }, (_, i) => `Paragraph ${i} of the council report, long enough to wrap over a few lines in the reader so that scrolling to it means something.`);

const quote = (paragraph: number, text: string, score: number, kind: Quote['kind'], speaker: string | null): Quote => ({
  text, start: 0, end: text.length, kind, score, paragraph, speaker: speaker ? { name: speaker, start: 0, end: speaker.length } : null,
});

/** Eight quotations in text order: two scare quotes score high but are not key quotes. */
const quotes: Quote[] = [
  quote(1, 'We will not raise taxes this year', 0.9, 'full', 'Mayor Ann Lee'),
  quote(2, 'historic', 0.99, 'fragment', null),
  quote(4, 'The roads cannot wait another winter', 0.8, 'full', 'Tom Hart'),
  quote(6, 'a budget for everyone', 0.5, 'partial', 'Mayor Ann Lee'),
  quote(8, 'We were not consulted', 0.7, 'full', null),
  quote(9, 'fair', 0.95, 'fragment', null),
  quote(11, 'Schools come first, and they always will,', 0.6, 'full', 'Priya Shah'),
  quote(13, 'This is the last budget I will sign', 0.4, 'full', 'Mayor Ann Lee'),
];

const wideImage = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="600"><rect width="2000" height="600" fill="#888"/></svg>')}`;

const article: Article = {
  url: URL_READ,
  title: 'Council agrees budget <img src=x onerror="document.title=1">',
  byline: 'Jo Writer',
  siteName: 'The Ledger',
  published: '2025-03-02T00:00:00.000Z',
  modified: null,
  lang: 'en',
  dir: null,
  excerpt: null,
  html:
    paragraphs.map((p, i) => `<p data-paragraph="${i}">${p}</p>`).join('') +
    `<figure><img src="${wideImage}" alt="A wide picture"><figcaption>A wide picture</figcaption></figure>` +
    '<p>Links: <a href="https://news.example/more">more</a> <a href="javascript:document.title=2">bad</a></p>' +
    '<script>document.title = 3</script><img src="x" onerror="document.title=4"><iframe src="https://news.example/embed"></iframe>' +
    '<style>body { display: none }</style>',
  text: paragraphs.join('\n\n'),
  wordCount: 300,
  readingMinutes: 2,
  removed: [
    { filter: 'share-and-follow', reason: 'Share buttons and follow prompts', text: 'Share on Facebook' },
    { filter: 'share-and-follow', reason: 'Share buttons and follow prompts', text: 'Follow us <b>now</b>' },
    { filter: 'promos', reason: 'Newsletter and subscription promotions', text: 'Sign up for our newsletter' },
  ],
  quotes,
};

let chrome: ChromiumSession;
let page: Page;
let view: PopupView;

beforeAll(async () => {
  chrome = await launchChromium();
  const worker = await chrome.serviceWorker();
  await worker.evaluate(
    ([key, value]) => (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({ [key as string]: value }),
    [`article:${TAB_ID}`, { tabId: TAB_ID, url: URL_READ, relaxed: false, article }] as const,
  );
  page = await chrome.openExtensionPage(`reader.html?tab=${TAB_ID}`);
  await page.setViewportSize({ width: 1000, height: 700 });
  expect(await waitForState(page)).toBe('done');
  view = await readPopup(page);
});

afterAll(async () => {
  await chrome?.close();
});

describe('the article view', () => {
  it('shows page-controlled text as text, never as markup', async () => {
    expect(view.title).toBe(article.title);
    expect(await page.locator('.masthead img').count()).toBe(0);
    expect(await page.title()).toBe(article.title);
  });

  it('sanitizes the body again: no script, handler, javascript: link, frame or style survives', async () => {
    const body = page.locator('.article-body');
    expect(await body.locator('script, iframe, style').count()).toBe(0);
    expect(await body.locator('[onerror]').count()).toBe(0);
    const hrefs = await body.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));
    expect(hrefs).toEqual([
      ['https://news.example/more', '_blank', 'noopener noreferrer'],
      [null, null, null],
    ]);
    expect(await page.title()).toBe(article.title);
  });

  it('shows byline, the date in the reader’s locale, and reading time', () => {
    expect(view.site).toBe('The Ledger');
    expect(view.byline).toBe('Jo Writer');
    // A date without a time stays that day in every time zone.
    expect(view.date).toBe('March 2, 2025');
    expect(view.readingTime).toBe('2 min read');
  });

  it('keeps images within the width of the text', async () => {
    const [image, text] = await page.evaluate(() => [
      document.querySelector('.article-body img')!.getBoundingClientRect().width,
      document.querySelector('.article-body p')!.getBoundingClientRect().width,
    ]);
    expect(image).toBeGreaterThan(0);
    expect(image).toBeLessThanOrEqual(text);
  });
});

describe('key quotes', () => {
  it('shows the five best statements with their speakers, scare quotes left out, and no comma left hanging', () => {
    expect(view.keyQuotes).toEqual([
      { text: '“We will not raise taxes this year”', speaker: 'Mayor Ann Lee' },
      { text: '“The roads cannot wait another winter”', speaker: 'Tom Hart' },
      { text: '“We were not consulted”', speaker: 'Speaker not named' },
      { text: '“Schools come first, and they always will”', speaker: 'Priya Shah' },
      { text: '“a budget for everyone”', speaker: 'Mayor Ann Lee' },
    ]);
  });

  it('lists all quotations, in text order, on demand', async () => {
    expect(await page.isVisible('.all-quotes')).toBe(false);
    expect(await page.textContent('.all-quotes-toggle')).toBe('All quotations (8)');
    await page.click('.all-quotes-toggle');
    expect(await page.isVisible('.all-quotes')).toBe(true);
    expect(await page.getAttribute('.all-quotes-toggle', 'aria-expanded')).toBe('true');
    expect((await readPopup(page)).allQuotes.map((q) => q.text)).toEqual(quotes.map((q) => `“${q.text.replace(/,$/, '')}”`));
  });

  it('scrolls to the quotation’s paragraph and highlights it when clicked', async () => {
    await page.click('.top-quotes li:nth-child(4) .quote');
    const target = page.locator('[data-paragraph="11"]');
    await expect.poll(() => target.evaluate((p) => p.classList.contains('highlighted'))).toBe(true);
    await expect.poll(() => target.evaluate((p) => {
      const box = p.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    })).toBe(true);
    expect(await page.locator('.article-body .highlighted').count()).toBe(1);
  });

  it('works from the keyboard', async () => {
    await page.focus('.top-quotes li:nth-child(2) .quote');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-paragraph="4"]').evaluate((p) => p.classList.contains('highlighted') && document.activeElement === p)).toBe(true);
  });
});

describe('an article kept without its quotations (the popup closed before it found them)', () => {
  const KEPT_TAB = TAB_ID + 1;
  const said = [
    'The council met on Tuesday to agree the budget for the coming year, after weeks of talks between the parties.',
    '“We will not raise taxes this year, and the roads will be mended before winter,” Mayor Ann Lee told reporters after the vote.',
    'Tom Hart, who leads the opposition, said: “The roads cannot wait another winter, and the mayor knows it.”',
  ];
  const { quotes: _, ...withoutQuotes } = article;
  const bare = { ...withoutQuotes, html: said.map((p, i) => `<p data-paragraph="${i}">${p}</p>`).join(''), text: said.join('\n\n') };

  it('the reader tab finds them itself, shows them with their speakers, and keeps them', async () => {
    const worker = await chrome.serviceWorker();
    const session = (code: 'get' | 'set', value: unknown) => worker.evaluate(
      ([op, v]) => (globalThis as unknown as { chrome: { storage: { session: Record<string, (x: unknown) => Promise<unknown>> } } }).chrome.storage.session[op as string]!(v),
      [code, value] as const,
    );
    await session('set', { [`article:${KEPT_TAB}`]: { tabId: KEPT_TAB, url: URL_READ, relaxed: false, article: bare } });
    const reader = await chrome.openExtensionPage(`reader.html?tab=${KEPT_TAB}`);
    expect(await waitForState(reader)).toBe('done');
    expect((await readPopup(reader)).keyQuotes).toEqual([
      { text: '“We will not raise taxes this year, and the roads will be mended before winter”', speaker: 'Ann Lee' },
      { text: '“The roads cannot wait another winter, and the mayor knows it.”', speaker: 'Tom Hart' },
    ]);
    const kept = async () => ((await session('get', `article:${KEPT_TAB}`)) as Record<string, { article: { quotes?: Quote[] } }>)[`article:${KEPT_TAB}`]?.article.quotes;
    await expect.poll(async () => (await kept())?.map((q) => q.speaker?.name)).toEqual(['Ann Lee', 'Tom Hart']);
    await reader.close();
  });
});

describe('what was cleaned', () => {
  it('opens the removed items grouped by reason, as text', async () => {
    expect(view.cleaned).toBe('Cleaned: 3 items removed');
    await page.click('.cleaned-toggle');
    const groups = await page.$$eval('.removal-group', (gs) => gs.map((g) => ({
      reason: g.querySelector('h3')!.textContent,
      items: Array.from(g.querySelectorAll('li'), (li) => li.textContent),
    })));
    expect(groups).toEqual([
      { reason: 'Share buttons and follow prompts · 2', items: ['Share on Facebook', 'Follow us <b>now</b>'] },
      { reason: 'Newsletter and subscription promotions · 1', items: ['Sign up for our newsletter'] },
    ]);
  });
});

describe('light and dark', () => {
  it('follows the system colour scheme', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, c) => sum + Number(c), 0) / 3;
    expect(luminance(light)).toBeGreaterThan(200);
    expect(luminance(dark)).toBeLessThan(60);
  });
});
