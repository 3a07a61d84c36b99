/**
 * Background: starts reading the tab at a click on the button and opens the popup; forgets a tab's
 * article when the tab loads something else or closes, so the popup never shows an article the page
 * no longer holds; offers "Open in reader" in the context menu.
 */
import { forgetWaiting, tabLoaded } from '../link-in-reader';
import { forgetClickRead, readOnClick } from '../reading/click-read';
import { browser } from '../platform/browser';
import { dropArticle } from '../session-cache';
import { createEntries, onEntryClicked } from './context-menu';

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new load (or a same-document URL change) may hold a different article.
  if (change.status === 'loading' || change.url !== undefined) {
    void dropArticle(tabId);
    forgetClickRead(tabId);
  }
  if (change.status === 'complete') void tabLoaded(tabId);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void dropArticle(tabId);
  forgetClickRead(tabId);
  void forgetWaiting(tabId);
});

// Menu entries outlive the background in Chrome but not always in Firefox: make them at each start.
browser.runtime.onInstalled.addListener(() => void createEntries());
browser.runtime.onStartup.addListener(() => void createEntries());
browser.contextMenus.onClicked.addListener((info, tab) => void onEntryClicked(info, tab));
// A click on the button opens the popup and reads the tab at once (reading/click-read.ts).
readOnClick();
