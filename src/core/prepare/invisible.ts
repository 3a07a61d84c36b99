/**
 * Remove what no reader of the page sees: it is where icon sprites, screen-reader-only labels
 * and collapsed widgets hide, and Readability only checks a few of these signs.
 */
import { elementsOf } from './elements';

/** Elements that never show content of their own in a rendered page. */
const NEVER_VISIBLE = new Set(['template']);
/** Elements hidden until opened. */
const CLOSED_UNLESS_OPEN = new Set(['dialog']);
/** What sighted readers still see inside an element hidden from screen readers. */
const SEEN_THOUGH_ARIA_HIDDEN = 'img, picture, video';

/** SVG that only defines symbols for other SVGs to reference: a sprite sheet. */
function isSpriteSheet(svg: Element): boolean {
  return svg.querySelector('symbol') !== null || (svg.children.length > 0 && Array.from(svg.children).every((c) => c.localName === 'defs'));
}

function neverSeen(el: Element): boolean {
  const tag = el.localName;
  return NEVER_VISIBLE.has(tag) ||
    el.hasAttribute('hidden') ||
    (CLOSED_UNLESS_OPEN.has(tag) && !el.hasAttribute('open')) ||
    (el.getAttribute('aria-hidden') === 'true' && el.querySelector(SEEN_THOUGH_ARIA_HIDDEN) === null) ||
    (tag === 'svg' && isSpriteSheet(el));
}

/**
 * @param clone the document being prepared
 * @param live the live document `clone` was copied from; its elements pair with the copy's by position.
 * @param isHidden when the host can tell (a live page with layout), whether the live element that
 *   `clone`'s element was copied from is hidden by computed style. Called on the live element.
 * @param elements the clone's elements, when the caller has them already (prepare/elements.ts)
 * @param liveElements the live document's elements in document order, when the caller has them already
 */
export function removeInvisible(
  clone: Document, live?: Document, isHidden?: (liveEl: Element) => boolean,
  elements: readonly Element[] = elementsOf(clone), liveElements: ArrayLike<Element> | undefined = live && elementsOf(live),
): void {
  if (live && liveElements && isHidden) removeHiddenByStyle(clone, live, isHidden, elements, liveElements);
  for (const el of elements) if (neverSeen(el)) el.remove();
}

/**
 * The clone is an exact copy, so the elements of both documents, in document order, pair up one to
 * one: the live page is asked about each element of its body (not about those inside one found
 * hidden) without walking either document again. If the copies differ, nothing is removed.
 */
function removeHiddenByStyle(clone: Document, live: Document, isHidden: (liveEl: Element) => boolean, copies: readonly Element[], liveElements: ArrayLike<Element>): void {
  const body = live.body;
  if (!body || !clone.body || liveElements.length !== copies.length) return;
  const first = Array.prototype.indexOf.call(liveElements, body) + 1;
  if (first === 0 || copies[first - 1]!.tagName !== body.tagName) return;
  // The body's descendants follow it in document order, up to its last one.
  let last: Element = body;
  for (let e = body.lastElementChild; e; e = e.lastElementChild) last = e;
  if (last === body) return;
  const hidden: Element[] = [];
  let inside: Element | null = null; // the last hidden element, whose descendants come right after it
  for (let i = first; i < liveElements.length; i++) {
    const el = liveElements[i]!;
    if (!inside?.contains(el)) {
      inside = null;
      if (isHidden(el)) {
        const copy = copies[i]!;
        if (copy.tagName !== el.tagName) return;
        hidden.push(copy);
        inside = el;
      }
    }
    if (el === last) break;
  }
  for (const el of hidden) el.remove();
}
