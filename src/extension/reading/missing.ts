/**
 * The missing-paragraph check, for the popup and the reader tab: the tab's page is compared with the
 * article (content/missing-check.ts) once the article is on screen, since the check only feeds a
 * warning. What it finds is kept with the tab's article, for the reader tab and the next popup.
 */
import type { MissingReport } from '../content/protocol';
import { checkMissing } from './read-tab';
import { addMissing, type CachedArticle } from '../session-cache';

/**
 * The kept answer, or the check's in the tab; `ms` is the time it took there (0 when kept). The check
 * starts in a task of its own, so the one that shows the article does not also send it to the tab.
 */
export async function missingFor(entry: CachedArticle): Promise<MissingReport> {
  if (entry.missing) return { missing: entry.missing, ms: 0 };
  await new Promise((resolve) => setTimeout(resolve));
  const report = await checkMissing(entry.tabId, entry.article);
  void addMissing(entry, report.missing).catch(() => false);
  return report;
}
