/**
 * The toolbar popup: reads the active tab (or shows its kept article at once), then shows the
 * article or a state that says what happened and what to do.
 */
import type { ContentTimings } from '../content/protocol';
import type { ReadTrip } from '../reading/read-tab';
import { isWaiting, stopWaiting } from '../link-in-reader';
import { browser, type Tabs } from '../platform/browser';
import { t } from '../platform/i18n';
import { missingFor } from '../reading/missing';
import { quotesFor } from '../reading/quotes';
import { takeClickRead } from '../reading/click-read';
import { messageOf, readArticle, type Outcome } from '../reading/read-article';
import type { CachedArticle } from '../session-cache';
import { initSettings } from '../settings/settings-panel';
import { siteOf } from '../site-rules/rules';
import { articleView } from '../ui/article-view';
import { button } from '../ui/dom';
import { showLoading as showLoadingState, showOutcome } from '../ui/outcome-view';
import { show } from '../ui/status-view';

const root = document.getElementById('app')!;
const settingsReady = initSettings().catch(() => {});

async function targetTab(): Promise<Tabs.Tab | undefined> {
  if (TEST_BUILD) {
    // Test build only: Firefox tests cannot click the toolbar button, so they name the tab's address.
    const url = new URLSearchParams(location.search).get('target');
    if (url) return (await browser.tabs.query({})).find((t) => t.url === url);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function start(relaxed = false): Promise<void> {
  showLoading();
  let outcome: Outcome;
  let waiting: Promise<boolean> = Promise.resolve(false);
  let clickRead: Outcome | null = null;
  try {
    const tab = await targetTab();
    // Opened as a page of its own rather than from the toolbar, the popup finds itself as the active tab.
    if (tab?.id === undefined || tab.url?.startsWith(browser.runtime.getURL(''))) outcome = { kind: 'restricted', restricted: 'not-from-toolbar' };
    else {
      // Asked while the page is read, not after.
      waiting = isWaiting(tab.id).catch(() => false);
      // The click started reading the tab while this popup opened (reading/click-read.ts).
      clickRead = relaxed ? null : await takeClickRead(tab.id);
      outcome = clickRead ?? await readArticle({ ...tab, id: tab.id }, relaxed);
    }
  } catch (err) {
    outcome = { kind: 'error', message: messageOf(err) };
  }
  if (outcome.kind !== 'done') return showOutcome(root, outcome, { retry: (r) => void start(r), close: () => window.close() });
  const { entry } = outcome;
  // A tab opened by "Open link in reader" waited for this click: its article goes straight to the reader tab.
  if (await waiting) {
    await stopWaiting(entry.tabId).catch(() => {});
    return openReaderTab(entry.tabId);
  }
  await settingsReady;
  showArticle(entry);
  markRendered(outcome.cached ? { cached: true } : { cached: false, timings: outcome.timings, resultChars: outcome.resultChars, trip: outcome.trip, clickRead: clickRead !== null });
}

/** Performance marks the browser benchmark reads (tests/bench/extension-in-browser.ts). */
const MARK_LOADING = 'news-reader:loading';
const MARK_RENDERED = 'news-reader:rendered';
/** The key quotes on screen, after the article: their code loads and runs once the article shows. */
const MARK_QUOTES = 'news-reader:quotes';
/** The missing-paragraph check answered, after the article (its detail: ms it took in the tab). */
const MARK_MISSING = 'news-reader:missing';

function markRendered(detail: { cached: boolean; timings?: ContentTimings; resultChars?: number; trip?: ReadTrip; clickRead?: boolean }): void {
  performance.mark(MARK_RENDERED, { detail });
}

function showLoading(): void {
  if (performance.getEntriesByName(MARK_LOADING).length === 0) performance.mark(MARK_LOADING);
  showLoadingState(root);
}

function showArticle(entry: CachedArticle): void {
  const openReader = button(t('openReader'), () => void openReaderTab(entry.tabId), { class: 'tool open-reader', title: t('openReaderTitle') });
  let checkMs: number | undefined;
  show(root, 'done', articleView({
    article: entry.article,
    quotes: quotesFor(entry),
    onQuotesShown: () => performance.mark(MARK_QUOTES),
    missing: missingFor(entry).then((report) => {
      checkMs = report.ms;
      return report.missing;
    }),
    onMissingChecked: () => performance.mark(MARK_MISSING, { detail: { ms: checkMs } }),
    site: siteOf(entry.url),
    tools: [openReader],
  }));
}

async function openReaderTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create({ url: browser.runtime.getURL(`reader.html?tab=${tabId}`), index: tab ? tab.index + 1 : undefined, openerTabId: tabId });
  window.close();
}

void start().catch((err) => showOutcome(root, { kind: 'error', message: messageOf(err) }, { retry: (r) => void start(r), close: () => window.close() }));
