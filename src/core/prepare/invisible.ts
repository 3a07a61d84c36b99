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

/** The clone is an exact copy, so a document-order walk of both visits matching elements in step. */
function removeHiddenByStyle(clone: Document, live: Document, isHidden: (liveEl: Element) => boolean): void {
  if (!live.body || !clone.body) return;
  const liveWalk = live.createTreeWalker(live.body, 1 /* SHOW_ELEMENT */);
  const cloneWalk = clone.createTreeWalker(clone.body, 1);
  const hidden: Element[] = [];
  let l: Node | null = liveWalk.currentNode;
  let c: Node | null = cloneWalk.currentNode;
  while (l && c) {
    if ((l as Element).tagName !== (c as Element).tagName) return; // the copies diverged: trust nothing
    if (l !== live.body && isHidden(l as Element)) {
      hidden.push(c as Element);
      // Skip the hidden subtree in both walks: its children are gone with it.
      l = skipSubtree(liveWalk);
      c = skipSubtree(cloneWalk);
      continue;
    }
    l = liveWalk.nextNode();
    c = cloneWalk.nextNode();
  }
  for (const el of hidden) el.remove();
}

function skipSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}
