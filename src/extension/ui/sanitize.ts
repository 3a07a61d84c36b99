/**
 * The article body crossed from a page-controlled process as the page's own markup, so the extension
 * page sanitizes it (the core's DOMPurify configuration on this page's window) before it becomes DOM. DOMPurify parses
 * it in an inert document, where nothing loads or runs; the sanitized nodes themselves are moved in,
 * so nothing is serialized and parsed again on the way.
 */
import { createSanitizer, type Sanitizer } from '../../core/sanitize';

let sanitize: Sanitizer | undefined;

export function sanitizedFragment(html: string): DocumentFragment {
  sanitize ??= createSanitizer(window);
  const fragment = document.createDocumentFragment();
  // A static copy of the list: appending moves (and adopts) each node out of the inert body.
  fragment.append(...Array.from(sanitize.dom(html).childNodes));
  return fragment;
}
