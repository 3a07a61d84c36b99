/**
 * Reading a tab, for the popup and the reader tab alike: the article kept for it when it is still
 * good (same address, same site rules), else the content script's fresh reading, kept for next time.
 */
import type { SiteRules } from '../../core/types';
import type { ContentTimings } from '../content/protocol';
import { t } from '../platform/i18n';
import type { Tabs } from '../platform/browser';
import { readTab, type ReadTrip } from './read-tab';
import { restrictedByError, restrictedByUrl, type RestrictedKind } from '../popup/restricted';
import { keepArticle, readCached, type CachedArticle } from '../session-cache';
import { forExtraction, siteOf } from '../site-rules/rules';
import { rulesFor } from '../site-rules/store';

export type Outcome =
  | { kind: 'done'; entry: CachedArticle; cached: boolean; timings?: ContentTimings; resultChars?: number; trip?: ReadTrip }
  | { kind: 'not-an-article'; relaxed: boolean }
  | { kind: 'too-large'; message?: string }
  | { kind: 'restricted'; restricted: RestrictedKind }
  | { kind: 'error'; message: string };

export async function readArticle(tab: Tabs.Tab & { id: number }, relaxed: boolean): Promise<Outcome> {
  const restricted = restrictedByUrl(tab.url);
  if (restricted) return { kind: 'restricted', restricted };
  const site = siteOf(tab.url);
  // Two reads from the browser's storage, made at once.
  const [siteRules, cached] = await Promise.all([
    site ? rulesFor(site).catch(() => []) : [],
    !relaxed && tab.url ? readCached(tab.id, tab.url).catch(() => undefined) : undefined,
  ]);
  const rules = forExtraction(siteRules);
  if (cached && sameRules(cached.rules, rules)) return { kind: 'done', entry: cached, cached: true };

  let report;
  try {
    report = await readTab(tab.id, { relaxed, rules });
  } catch (err) {
    const message = messageOf(err);
    const kind = restrictedByError(message, tab.url);
    return kind ? { kind: 'restricted', restricted: kind } : { kind: 'error', message };
  }
  if (report.contentType === 'application/pdf') return { kind: 'restricted', restricted: 'pdf-viewer' };
  const { result } = report;
  // With the bar lowered the core may find a title and no text at all: nothing to read.
  if (result.ok && result.text.trim() === '') return { kind: 'not-an-article', relaxed: true };
  if (result.ok) {
    const { ok: _ok, ...article } = result;
    const entry: CachedArticle = { tabId: tab.id, url: article.url, relaxed, article, rules };
    // The content script reports the address it read; keep the article under that address. Not
    // waited for: the browser applies storage calls in order, so any later read of it finds it.
    if (tab.url === undefined || tab.url === article.url) void keepArticle(entry);
    const { trip, ...sent } = report;
    return { kind: 'done', entry, cached: false, timings: report.timings, resultChars: JSON.stringify(sent).length, trip };
  }
  if (result.reason === 'not-an-article') return { kind: 'not-an-article', relaxed };
  if (result.reason === 'too-large') return { kind: 'too-large', message: result.message };
  return { kind: 'error', message: result.message ?? t('errorDefault') };
}

export function sameRules(a: SiteRules, b: SiteRules): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
