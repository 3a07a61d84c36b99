/**
 * The article body crossed from a page-controlled process, so the extension page sanitizes it again
 * (the core's DOMPurify configuration on this page's window) before it becomes DOM. The safe HTML
 * is parsed in an inert document, where nothing loads or runs, and moved in as nodes.
 */
import { createSanitizer, type Sanitizer } from '../../core/sanitize';

let sanitize: Sanitizer | undefined;

export function sanitizedFragment(html: string): DocumentFragment {
  sanitize ??= createSanitizer(window);
  const inert = new DOMParser().parseFromString(sanitize(html), 'text/html');
  const fragment = document.createDocumentFragment();
  // A static copy of the list: appending moves (and adopts) each node out of the inert body.
  fragment.append(...Array.from(inert.body.childNodes));
  return fragment;
}
