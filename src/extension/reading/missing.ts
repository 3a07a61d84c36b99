/**
 * The missing-paragraph check, for the popup and the reader tab: the tab's page is compared with the
 * article (content/missing-check.ts) once the article is on screen, since the check only feeds a
 * warning. What it finds is kept with the tab's article, for the reader tab and the next popup.
 */
import type { MissingReport } from '../content/protocol';
import { checkMissing } from '../popup/read-tab';
import { addMissing, type CachedArticle } from '../session-cache';

/** The kept answer, or the check's in the tab; `ms` is the time it took there (0 when kept). */
export async function missingFor(entry: CachedArticle): Promise<MissingReport> {
  if (entry.missing) return { missing: entry.missing, ms: 0 };
  const report = await checkMissing(entry.tabId, entry.article);
  void addMissing(entry, report.missing).catch(() => false);
  return report;
}
