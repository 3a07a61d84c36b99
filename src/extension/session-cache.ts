/**
 * The last article read in each tab, kept in `storage.session` (memory only, gone when the browser
 * closes, readable by extension pages only) so reopening the popup is instant and the reader tab
 * can show it. One entry per tab, valid for one URL; the background drops it when the tab navigates.
 */
import type { PageArticle, Quote, SiteRules } from '../core/types';
import type { MissingParagraph } from './content/protocol';
import { browser } from './platform/browser';

/**
 * A tab's article as the extension pages keep it: the content script's reading, whose markup is the
 * page's own (each page sanitizes what it shows), and its quotations once an extension page found them.
 */
export type KeptArticle = PageArticle & { quotes?: Quote[] };

export interface CachedArticle {
  tabId: number;
  url: string;
  /** Whether it was read with "Show anyway". */
  relaxed: boolean;
  article: KeptArticle;
  /** Paragraphs of the page the article may have lost; absent until the check (after the article shows) answered. */
  missing?: MissingParagraph[];
  /** The site rules it was read with: when they change, it is read again. */
  rules: SiteRules;
}

const keyFor = (tabId: number) => `article:${tabId}`;

/** The article kept for this tab, if it was read at this URL. */
export async function readCached(tabId: number, url?: string): Promise<CachedArticle | undefined> {
  const key = keyFor(tabId);
  const entry = (await browser.storage.session.get(key))[key] as CachedArticle | undefined;
  if (!entry || (url !== undefined && entry.url !== url)) return undefined;
  // An entry kept by an earlier version may lack the later fields.
  return { ...entry, missing: Array.isArray(entry.missing) ? entry.missing : undefined, rules: entry.rules ?? { keep: [], remove: [] } };
}

/** Keep the article; false if the browser refused (storage.session holds about 10 MB). */
export async function keepArticle(entry: CachedArticle): Promise<boolean> {
  try {
    await browser.storage.session.set({ [keyFor(entry.tabId)]: entry });
    return true;
  } catch {
    return false;
  }
}

/** Keep the quotations found for an entry with it, if the tab still holds that reading; false if not. */
export function addQuotes(entry: CachedArticle, quotes: Quote[]): Promise<boolean> {
  // Quotations depend on the text alone: the same text, the same quotations.
  return amend(entry, (kept) => (kept.article.quotes ? undefined : { ...kept, article: { ...kept.article, quotes } }));
}

/** Keep the missing-paragraph check's answer with an entry, if the tab still holds that reading; false if not. */
export function addMissing(entry: CachedArticle, missing: MissingParagraph[]): Promise<boolean> {
  return amend(entry, (kept) => (kept.missing ? undefined : { ...kept, missing }));
}

/**
 * This page's changes to kept entries, one after another: quotations and the missing check answer
 * at about the same time, and each rewrites the whole entry it read.
 */
let amending: Promise<unknown> = Promise.resolve();

/** Rewrite the kept entry of the same reading (same address, same text) as `change` says; undefined: leave it. */
function amend(entry: CachedArticle, change: (kept: CachedArticle) => CachedArticle | undefined): Promise<boolean> {
  const done = amending.then(async () => {
    const kept = await readCached(entry.tabId, entry.url);
    const changed = kept && kept.article.text === entry.article.text ? change(kept) : undefined;
    return changed ? keepArticle(changed) : false;
  });
  amending = done.catch(() => {});
  return done;
}

export function dropArticle(tabId: number): Promise<void> {
  return browser.storage.session.remove(keyFor(tabId));
}
