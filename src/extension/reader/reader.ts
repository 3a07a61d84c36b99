/**
 * The reader tab: the article of a tab at full width, printable, with keys for reading.
 * reader.html?tab=<id> shows the article the popup kept for that tab (read again if the site's
 * rules changed since); reader.html?tab=<id>&read=1, opened by the context menu, reads the tab.
 */
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import { missingFor } from '../reading/missing';
import { quotesFor } from '../reading/quotes';
import { messageOf, readArticle, sameRules, type Outcome } from '../reading/read-article';
import { readCached } from '../session-cache';
import { initSettings } from '../settings/settings-panel';
import { forExtraction, siteOf } from '../site-rules/rules';
import { rulesFor } from '../site-rules/store';
import { articleView } from '../ui/article-view';
import { button, h } from '../ui/dom';
import { showLoading, showOutcome } from '../ui/outcome-view';
import { show, statusView } from '../ui/status-view';
import { readerKeys } from './keyboard';

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const tabId = Number(params.get('tab'));
const settingsReady = initSettings().catch(() => {});

async function closeTab(): Promise<void> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self?.id !== undefined) await browser.tabs.remove(self.id);
  else window.close();
}

async function start(relaxed = false): Promise<void> {
  showLoading(root, 'openingHeadline');
  const outcome = await open(relaxed);
  await settingsReady;
  if (outcome === 'gone') return showGone();
  if (outcome.kind !== 'done') return showOutcome(root, outcome, { retry: (r) => void start(r), close: () => void closeTab() });
  const { entry } = outcome;
  const { article, url } = entry;
  document.title = article.title || t('extName');
  const print = button(t('print'), () => window.print(), { class: 'tool print', title: t('printTitle') });
  show(root, 'done', articleView({ article, quotes: quotesFor(entry), missing: missingFor(entry).then((r) => r.missing), site: siteOf(url), tools: [print] }));
  root.append(h('p', { class: 'keyboard-help' }, t('keyboardHelp')));
}

async function open(relaxed: boolean): Promise<Outcome | 'gone'> {
  if (!Number.isInteger(tabId)) return 'gone';
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (params.has('read') || relaxed) return tab?.id === undefined ? 'gone' : readArticle({ ...tab, id: tab.id }, relaxed);
  const cached = await readCached(tabId);
  if (!cached) return 'gone';
  // The reader changed this site's rules since the popup read it: read again while the tab allows.
  const site = siteOf(cached.url);
  const rules = forExtraction(site ? await rulesFor(site).catch(() => []) : []);
  if (!sameRules(cached.rules, rules) && tab?.id !== undefined && tab.url === cached.url) {
    const fresh = await readArticle({ ...tab, id: tab.id }, cached.relaxed);
    if (fresh.kind === 'done') return fresh;
  }
  return { kind: 'done', entry: cached, cached: true };
}

function showGone(): void {
  show(root, 'gone', statusView({
    headline: t('goneHeadline'),
    detail: t('goneDetail'),
    actions: [{ label: t('closeTab'), run: () => void closeTab() }],
  }));
}

readerKeys(() => void closeTab());

void start().catch((err) => {
  show(root, 'error', statusView({
    headline: t('readerErrorHeadline'),
    detail: messageOf(err),
    actions: [{ label: t('tryAgain'), run: () => location.reload() }],
  }));
});
