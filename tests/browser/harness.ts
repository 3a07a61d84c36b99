/**
 * Driving the built extension in real browsers: a page server on 127.0.0.1, Chromium with the
 * real toolbar click (CDP Extensions.triggerAction on the tab target), Firefox ESR over WebDriver
 * BiDi with the test build, and one reader of the popup's DOM for both. See
 * ../shared/notes/browser-testing.md for why each step is done this way.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser as PwBrowser, type BrowserContext, type CDPSession, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** The production build Chromium loads, and the Firefox test variant (see build/extension.mjs). */
export const CHROME_DIST = join(ROOT, 'dist/chrome');
export const FIREFOX_TEST_DIST = join(ROOT, 'dist/firefox-test');
/** Screenshots and other artefacts (git-ignored). */
export const RESULTS_DIR = join(ROOT, 'test-results');

/** Locale and time zone the browsers run in, so dates render predictably. */
export const LOCALE = 'en-US';
export const TIME_ZONE = 'UTC';

/** A missing browser or build fails the test with the fix, rather than skipping it. */
export function requirePath(path: string, fix: string): void {
  if (!existsSync(path)) throw new Error(`${path} not found. ${fix}`);
}

const requireBuild = (extensionDir: string) => requirePath(join(extensionDir, 'manifest.json'), 'Build the extension first: npm run build');

export function readFixture(name: string): string {
  return readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
}

// ---------------------------------------------------------------------------------------------
// Page server

export interface Route {
  body: string | Buffer;
  type?: string;
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `routes` (path → HTML, or body and content type) from 127.0.0.1 on a free port. */
export async function servePages(routes: Record<string, string | Route>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { body, type, headers } = typeof route === 'string' ? { body: route, type: 'text/html; charset=utf-8', headers: {} } : route;
    res.writeHead(200, { ...headers, 'content-type': type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

// ---------------------------------------------------------------------------------------------
// Chromium

export interface ChromiumSession {
  extensionId: string;
  /** The ids of the builds loaded alongside (see LaunchOptions), in their order. */
  alongsideIds: string[];
  /** The launching connection: open tabs here. */
  context: BrowserContext;
  /** A CDP connection to the same browser, for browser-level commands. */
  cdp: PwBrowser;
  /** The extension's background service worker (started on demand by Chromium). */
  serviceWorker(): Promise<Worker>;
  openTab(url: string): Promise<PwPage>;
  /**
   * The real toolbar click on `tab`: grants activeTab and opens the popup; returns the popup page.
   * `tab` must be the only tab at its address. `address` is the tab's address as the browser lists
   * it, where Playwright reports another (a view-source: tab reports the page it shows).
   */
  clickToolbarButton(tab: PwPage, address?: string, options?: ClickOptions): Promise<PwPage>;
  /** When the last click was sent (Date.now()), for timings measured from the click itself. */
  readonly lastClickAt: number;
  /** Opens an extension page (e.g. `popup.html`) as an ordinary tab. */
  openExtensionPage(path: string): Promise<PwPage>;
  close(): Promise<void>;
}

export interface ClickOptions {
  /** Whose button to click: an id of `alongsideIds`; by default the session's own extension. */
  extensionId?: string;
  /**
   * Wait this long after the popup opens before attaching to it. Attaching enables several
   * debugging domains in the popup and the browser while the popup loads; a benchmark waits so as
   * not to time the debugger. The popup's own performance marks are read afterwards all the same.
   */
  attachAfterMs?: number;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--remote-debugging-port=0', `--lang=${LOCALE}`,
];

export interface LaunchOptions {
  /** Other builds to load beside it, each pinned too: a benchmark comparing builds in one browser. */
  alongside?: string[];
}

export async function launchChromium(extensionDir = CHROME_DIST, { alongside = [] }: LaunchOptions = {}): Promise<ChromiumSession> {
  requirePath(CHROMIUM_PATH, 'Install it: apt-get update && apt-get install -y --no-install-recommends chromium');
  for (const dir of [extensionDir, ...alongside]) requireBuild(dir);
  const profile = mkdtempSync(join(tmpdir(), 'news-reader-chromium-'));
  // Private copies: a build elsewhere rewriting dist/ cannot pull files from under the running browser.
  const loaded = [extensionDir, ...alongside].map((dir, i) => {
    const copy = join(profile, i === 0 ? 'extension' : `extension-${i}`);
    cpSync(dir, copy, { recursive: true });
    return copy;
  });
  const extension = loaded[0]!;
  // Pinned, as a reader who uses it keeps it: the button is on the toolbar. An unpinned extension's
  // button is first animated out of the extensions menu, which holds the popup back about 265 ms.
  mkdirSync(join(profile, 'user-data', 'Default'), { recursive: true });
  writeFileSync(join(profile, 'user-data', 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: loaded.map(unpackedExtensionId) } }));
  const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: LOCALE,
    timezoneId: TIME_ZONE,
    env: { ...process.env, TZ: TIME_ZONE, LANG: 'en_US.UTF-8' },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${loaded.join(',')}`, `--load-extension=${loaded.join(',')}`],
  });
  try {
    const extensionId = unpackedExtensionId(extension);
    const port = readFileSync(join(profile, 'user-data', 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const endpoint = `http://127.0.0.1:${port}`;
    const cdp = await chromium.connectOverCDP(endpoint);
    const viewers: PwBrowser[] = [];
    const worker = `chrome-extension://${extensionId}/background.js`;
    const serviceWorker = async () => {
      const running = () => context.serviceWorkers().find((w) => w.url() === worker);
      return running() ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url() === worker, timeout: 30_000 }));
    };
    await serviceWorker().catch(() => {
      throw new Error(`The extension in ${extensionDir} did not load: its service worker never started`);
    });

    let lastClickAt = 0;
    return {
      extensionId,
      alongsideIds: loaded.slice(1).map(unpackedExtensionId),
      context,
      cdp,
      serviceWorker,
      get lastClickAt() {
        return lastClickAt;
      },
      async openTab(url) {
        const page = await context.newPage();
        await page.goto(url);
        return page;
      },
      async clickToolbarButton(tab, address = tab.url(), { extensionId: clicked = extensionId, attachAfterMs = 0 } = {}) {
        const popupUrl = `chrome-extension://${clicked}/popup.html`;
        const session = await cdp.newBrowserCDPSession();
        try {
          const matching = (await targets(session, 'tab')).filter((t) => t.url === address);
          // Tab targets are known by address only; two tabs at one address would make the click ambiguous.
          if (matching.length !== 1) throw new Error(`${matching.length} tabs at ${address}; the click needs exactly one`);
          const target = matching[0]!;
          // A real click on the toolbar takes the focus from an open action popup, which closes it.
          // (An action popup is a page in no tab; popup.html opened in a tab stays.)
          const openPopups = async () => {
            const inTabs = new Set((await targets(session, 'tab')).map((t) => t.url));
            return (await targets(session, 'page')).filter((t) => /^chrome-extension:\/\/[a-p]{32}\/popup\.html/.test(t.url) && !inTabs.has(t.url));
          };
          for (const open of await openPopups()) await session.send('Target.closeTarget', { targetId: open.targetId });
          await waitFor(async () => ((await openPopups()).length ? undefined : true), 5_000, 'the open popup to close');
          const before = new Set((await targets(session, 'page')).map((t) => t.targetId));
          lastClickAt = Date.now();
          await session.send('Extensions.triggerAction' as never, { id: clicked, targetId: target.targetId } as never);
          await waitFor(async () => (await targets(session, 'page')).find((t) => !before.has(t.targetId) && t.url.startsWith(popupUrl)), 10_000, 'the action popup to open');
        } finally {
          await session.detach();
        }
        if (attachAfterMs > 0) await new Promise((r) => setTimeout(r, attachAfterMs));
        // A CDP connection attaches the pages that exist when it connects, so the popup needs a new one.
        const viewer = await chromium.connectOverCDP(endpoint);
        viewers.push(viewer);
        const popups = cdpPages(viewer).filter((p) => p.url().startsWith(popupUrl));
        if (popups.length === 0) throw new Error('The popup target exists but no page was attached for it');
        return popups[popups.length - 1];
      },
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        return page;
      },
      async close() {
        for (const browser of [...viewers, cdp]) await browser.close().catch(() => {});
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

/** Chromium names an unpacked extension after its directory: SHA-256 of the path, hex digits as a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return Array.from(hex, (d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

function cdpPages(browser: PwBrowser): PwPage[] {
  return browser.contexts().flatMap((c) => c.pages());
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The browser's targets of one type (tab, page, service_worker, ...). */
export async function targets(session: CDPSession, type: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type }] } as never)) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

// ---------------------------------------------------------------------------------------------
// Firefox

/** The test build's add-on id is the production one; the UUID pins its moz-extension:// origin. */
const GECKO_ID = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
const FIREFOX_UUID = '5b0f3c1e-7a2d-4e8b-9c61-2f4a8d3e7b10';

export interface FirefoxSession {
  browser: PpBrowser;
  openTab(url: string): Promise<PpPage>;
  /**
   * Opens the test build's popup in a tab, pointed at `tab` through its `?target=` hook (no test
   * can click Firefox's toolbar button); returns the popup page.
   */
  openPopupFor(tab: PpPage): Promise<PpPage>;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir = FIREFOX_TEST_DIST): Promise<FirefoxSession> {
  requirePath(FIREFOX_PATH, 'Install it: apt-get update && apt-get install -y --no-install-recommends firefox-esr');
  requireBuild(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    env: { ...process.env, TZ: TIME_ZONE },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.locale.requested': LOCALE,
      'intl.accept_languages': LOCALE,
      'dom.disable_open_during_load': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const popupUrl = `moz-extension://${FIREFOX_UUID}/popup.html`;
    return {
      browser,
      async openTab(url) {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      async openPopupFor(tab) {
        const url = `${popupUrl}?target=${encodeURIComponent(tab.url())}`;
        const before = new Set(await browser.pages());
        await tab.evaluate((u) => void window.open(u, '_blank'), url);
        // The new tab's target keeps reporting about:blank, so ask each new page where it is.
        return waitFor(async () => {
          for (const page of await browser.pages()) {
            if (before.has(page)) continue;
            const href = await page.evaluate(() => location.href).catch(() => '');
            if (href === url) return page;
          }
          return undefined;
        }, 10_000, 'the popup to open in a tab');
      },
      async close() {
        await browser.close();
      },
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the popup (and the reader tab): the same DOM in both browsers.

export type PopupState = 'loading' | 'done' | 'not-an-article' | 'too-large' | 'restricted' | 'error' | 'gone';

export interface PopupQuote {
  text: string;
  speaker: string;
}

export interface PopupView {
  state: PopupState;
  /** For the restricted state: which kind of page (see src/extension/popup/restricted.ts). */
  restricted: string | null;
  /** States other than done: the sentence, the detail and the buttons offered. */
  headline: string;
  detail: string;
  actions: string[];
  /** The done state. */
  site: string;
  title: string;
  byline: string;
  date: string;
  readingTime: string;
  cleaned: string;
  keyQuotes: PopupQuote[];
  allQuotes: PopupQuote[];
  /** The text of each block of the article body marked with data-paragraph, in order. */
  paragraphs: string[];
  bodyText: string;
}

/** A Playwright or a Puppeteer page: both evaluate a function with one argument. */
export type AnyPage = PwPage | PpPage;

function evaluate<A, R>(page: AnyPage, fn: (arg: A) => R, arg: A): Promise<R> {
  return (page as unknown as { evaluate(f: (a: A) => R, a: A): Promise<R> }).evaluate(fn, arg);
}

/** Waits until the page's state is one of `states` (not loading, by default); returns it. */
export async function waitForState(page: AnyPage, states: PopupState[] = [], timeoutMs = 20_000): Promise<PopupState> {
  let last: string | undefined;
  return waitFor(async () => {
    // The article shows first, its key quotes and the missing-paragraph check after: done is settled
    // once quotes are no longer being looked for and the check has answered.
    last = await evaluate(page, () => {
      const state = document.body?.dataset.state;
      return state === 'done' && document.querySelector('.key-quotes[aria-busy="true"], .reader[data-missing="checking"]') ? 'loading' : state;
    }, undefined);
    const settled = states.length ? states.includes(last as PopupState) : last !== undefined && last !== 'loading';
    return settled ? (last as PopupState) : undefined;
  }, timeoutMs, `the popup to settle (last state: ${last})`);
}

export async function readPopup(page: AnyPage): Promise<PopupView> {
  return evaluate(page, () => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const $ = (sel: string) => document.querySelector(sel);
    const quotes = (sel: string) =>
      Array.from(document.querySelectorAll(`${sel} .quote`), (q) => ({
        text: text(q.querySelector('.quote-text')),
        speaker: text(q.querySelector('.quote-speaker')),
      }));
    return {
      state: document.body.dataset.state as PopupState,
      restricted: document.body.dataset.restricted ?? null,
      headline: text($('.status-headline')),
      detail: text($('.status-detail')),
      actions: Array.from(document.querySelectorAll('.status-actions button'), (b) => text(b)),
      site: text($('.site')),
      title: text($('.title')),
      byline: text($('.byline')),
      date: text($('.published')),
      readingTime: text($('.reading-time')),
      cleaned: text($('.cleaned-toggle') ?? $('.cleaned')),
      keyQuotes: quotes('.top-quotes'),
      allQuotes: quotes('.all-quotes'),
      paragraphs: Array.from(document.querySelectorAll('.article-body [data-paragraph]'), (p) => text(p)),
      bodyText: text($('.article-body')),
    };
  }, undefined);
}

/** Polls `probe` until it returns something other than undefined. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
