/**
 * Remove what no reader of the page sees: it is where icon sprites, screen-reader-only labels
 * and collapsed widgets hide, and Readability only checks a few of these signs.
 */

/** Elements that never show content of their own in a rendered page. */
const NEVER_VISIBLE = 'template, [hidden], [aria-hidden="true"]:not(:has(img, picture, video)), dialog:not([open])';

/** SVG that only defines symbols for other SVGs to reference: a sprite sheet. */
function isSpriteSheet(svg: Element): boolean {
  return svg.querySelector('symbol') !== null || (svg.children.length > 0 && Array.from(svg.children).every((c) => c.tagName.toLowerCase() === 'defs'));
}

/**
 * @param clone the document being prepared
 * @param isHidden when the host can tell (a live page with layout), whether the live element that
 *   `clone`'s element was copied from is hidden by computed style. Called on the live element.
 * @param live the live document `clone` was copied from, walked in step with it.
 */
export function removeInvisible(clone: Document, live?: Document, isHidden?: (liveEl: Element) => boolean): void {
  if (live && isHidden) removeHiddenByStyle(clone, live, isHidden);
  for (const el of Array.from(clone.querySelectorAll(NEVER_VISIBLE))) el.remove();
  for (const svg of Array.from(clone.querySelectorAll('svg'))) if (isSpriteSheet(svg)) svg.remove();
}

/**
 * The clone is an exact copy, so walking both in document order visits matching elements in step.
 * A hidden element's subtree is skipped in both. If the copies diverge, nothing is removed.
 */
function removeHiddenByStyle(clone: Document, live: Document, isHidden: (liveEl: Element) => boolean): void {
  if (!live.body || !clone.body) return;
  const hidden: Element[] = [];
  const pending: [Element | null, Element | null][] = [[live.body.firstElementChild, clone.body.firstElementChild]];
  while (pending.length) {
    const [l, c] = pending.pop()!;
    if (!l || !c) {
      if (l || c) return; // one copy has more children than the other
      continue;
    }
    if (l.tagName !== c.tagName) return;
    pending.push([l.nextElementSibling, c.nextElementSibling]);
    if (isHidden(l)) hidden.push(c);
    else pending.push([l.firstElementChild, c.firstElementChild]);
  }
  for (const el of hidden) el.remove();
}
