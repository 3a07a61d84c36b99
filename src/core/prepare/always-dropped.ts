/**
 * Elements Readability always drops from the article it picks (its `_prepArticle` cleans every
 * aside and footer out of it). Taken out before it runs, they cost it no walking and scoring, and
 * the related-story lists and site footers they hold cannot pull its choice of article their way.
 */

/** Asides hold teasers, fact boxes and most-read lists; footers hold site links and article tags. */
const ALWAYS_DROPPED = new Set(['aside', 'footer']);

/** @param elements the document's elements (prepare/elements.ts) */
export function removeAlwaysDropped(elements: readonly Element[]): void {
  for (const el of elements) if (ALWAYS_DROPPED.has(el.localName)) el.remove();
}
