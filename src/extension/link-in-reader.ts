/**
 * Tabs opened by the context menu's "Open link in reader". No extension may read a page it opened
 * without host access, which News Reader does not ask for; the reader's click on the toolbar
 * button (or Alt+Shift+R) in that tab grants it. So the tab waits, its button says so, and that
 * click opens the article straight in the reader tab.
 */
import { browser } from './platform/browser';
import { t } from './platform/i18n';

interface Waiting {
  /** Pages loaded in the tab since: the link's, then any other. Their addresses are not the extension's to see. */
  loads: number;
}

const keyFor = (tabId: number) => `waiting:${tabId}`;

export async function markWaiting(tabId: number): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: { loads: 0 } satisfies Waiting });
}

export async function isWaiting(tabId: number): Promise<boolean> {
  return keyFor(tabId) in (await browser.storage.session.get(keyFor(tabId)));
}

/** The tab closed: nothing waits in it. */
export function forgetWaiting(tabId: number): Promise<void> {
  return browser.storage.session.remove(keyFor(tabId));
}

export async function stopWaiting(tabId: number): Promise<void> {
  await forgetWaiting(tabId);
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  await browser.action.setTitle({ tabId, title: t('actionTitle') }).catch(() => {});
}

/**
 * A waiting tab finished loading a page: the first is the link's, and the button says the tab
 * waits. Another page loading later means the reader went on: the tab waits no more.
 */
export async function tabLoaded(tabId: number): Promise<void> {
  const entry = (await browser.storage.session.get(keyFor(tabId)))[keyFor(tabId)] as Waiting | undefined;
  if (!entry) return;
  if (entry.loads > 0) return stopWaiting(tabId);
  await browser.storage.session.set({ [keyFor(tabId)]: { loads: 1 } satisfies Waiting });
  await browser.action.setBadgeText({ tabId, text: t('badgeWaiting') });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3361f' }).catch(() => {});
  await browser.action.setTitle({ tabId, title: t('actionTitleWaiting') });
}
