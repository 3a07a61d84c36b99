/**
 * The read a toolbar click starts. Opening the popup takes the browser some 60 ms before any of the
 * popup's own code runs; the background starts reading the tab at the click instead, opens the
 * popup itself, and hands it the outcome when it asks. So the manifest names no default popup:
 * with one, the browser opens it on a click and tells the background nothing.
 */
import { browser, type Runtime, type Tabs } from '../platform/browser';
import { readArticle, type Outcome } from './read-article';

const POPUP = 'popup.html';
/** The popup's question: the outcome of the read its click started in this tab. */
const TAKE = 'news-reader:take-click-read';

interface TakeMessage {
  kind: typeof TAKE;
  tabId: number;
}

/** Reads the clicks started, by tab, until the popup takes them. */
const started = new Map<number, Promise<Outcome>>();

/** In the background: every click on the button (or its shortcut) opens the popup and reads the tab. */
export function readOnClick(): void {
  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    const clicked = { ...tab, id: tab.id };
    openPopup(clicked);
    started.set(clicked.id, readArticle(clicked, false));
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const take = message as Partial<TakeMessage> | null;
    // Only the extension's own pages ask (a content script's sender has a tab).
    if (take?.kind !== TAKE || typeof take.tabId !== 'number' || sender.tab || sender.id !== browser.runtime.id) return undefined;
    const read = started.get(take.tabId);
    started.delete(take.tabId);
    return (read ?? Promise.resolve(null)).then((outcome) => ({ outcome }));
  });
}

/** In the background: the tab loaded another page or closed, and a read the popup never took (it was closed at once) goes with it. */
export function forgetClickRead(tabId: number): void {
  started.delete(tabId);
}

/**
 * The popup, for this tab only and for this click only: the next click comes back here. Both calls
 * are made at once, still inside the click's handler, where Firefox lets an extension open its
 * popup. Chrome opens a popup only in the focused window, which a click's window is unless the
 * focus moved on meanwhile: then the window is focused and asked again. Should the browser still
 * refuse, with no popup of ours open, the reader tab shows the article.
 */
function openPopup(tab: Tabs.Tab & { id: number }): void {
  const { id: tabId, windowId } = tab;
  const open = () => browser.action.openPopup({ windowId });
  void browser.action.setPopup({ tabId, popup: POPUP });
  void open()
    .catch(async () => {
      if (windowId === undefined) throw new Error('no window');
      await browser.windows.update(windowId, { focused: true });
      await open();
    })
    .catch(async () => {
      if ((await browser.runtime.getContexts({ contextTypes: ['POPUP'] })).length > 0) return;
      await browser.tabs.create({ url: browser.runtime.getURL(`reader.html?tab=${tabId}&read=1`), index: tab.index + 1, openerTabId: tabId });
    })
    .catch(() => {})
    .finally(() => browser.action.setPopup({ tabId, popup: '' }).catch(() => {}));
}

/**
 * In the popup: the outcome of the read its click started, or null when no click started one (the
 * popup opened another way, or the background was restarted): the popup then reads the tab itself.
 */
export async function takeClickRead(tabId: number): Promise<Outcome | null> {
  try {
    const answer = (await browser.runtime.sendMessage({ kind: TAKE, tabId } satisfies TakeMessage)) as { outcome?: Outcome | null } | undefined;
    return answer?.outcome ?? null;
  } catch {
    return null;
  }
}
