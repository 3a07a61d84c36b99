/**
 * Whether a live element is hidden by its computed style. Runs once per visible element of the
 * page (the core skips the subtrees of hidden ones), so it stays on the browser's fast path.
 */

/** Elements that never have a box of their own, so "no box" says nothing about them being hidden. */
const BOXLESS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SOURCE', 'TRACK', 'AREA', 'MAP', 'PARAM', 'LINK', 'META', 'WBR', 'BR']);

const SHOWN: CheckVisibilityOptions = { visibilityProperty: true, opacityProperty: false };

export function isHiddenByStyle(el: Element): boolean {
  // Nearly every element is shown, which one call tells.
  if (el.checkVisibility(SHOWN)) return false;
  if (BOXLESS.has(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
  // `display: contents` has no box either, yet its children show.
  return getComputedStyle(el).display !== 'contents';
}
