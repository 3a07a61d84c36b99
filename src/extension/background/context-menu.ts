/**
 * "Open in reader" in the context menu of pages and links. A click on a menu entry grants
 * activeTab for the page it was made on, so a page opens at once in the reader tab, which reads it.
 * A link opens in a new tab, which no grant covers: that tab waits for the reader's click on the
 * toolbar button (see link-in-reader.ts).
 */
import { markWaiting } from '../link-in-reader';
import { browser, type Menus, type Tabs } from '../platform/browser';
import { t } from '../platform/i18n';

export const PAGE_ENTRY = 'open-page-in-reader';
export const LINK_ENTRY = 'open-link-in-reader';
/** Only web pages (and local files) can be read; the entries do not show elsewhere. */
const READABLE_PAGES = ['http://*/*', 'https://*/*', 'file:///*'];
const WEB_LINKS = ['http://*/*', 'https://*/*'];

export async function createEntries(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: PAGE_ENTRY, title: t('menuOpenPage'), contexts: ['page'], documentUrlPatterns: READABLE_PAGES });
  browser.contextMenus.create({ id: LINK_ENTRY, title: t('menuOpenLink'), contexts: ['link'], targetUrlPatterns: WEB_LINKS });
}

export async function onEntryClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const next = { index: tab.index + 1, openerTabId: tab.id, windowId: tab.windowId };
  if (info.menuItemId === PAGE_ENTRY) {
    await browser.tabs.create({ ...next, url: browser.runtime.getURL(`reader.html?tab=${tab.id}&read=1`) });
  } else if (info.menuItemId === LINK_ENTRY && info.linkUrl && /^https?:/i.test(info.linkUrl)) {
    const opened = await browser.tabs.create({ ...next, url: info.linkUrl });
    if (opened.id !== undefined) await markWaiting(opened.id);
  }
}
