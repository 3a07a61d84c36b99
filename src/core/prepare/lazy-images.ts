/**
 * Lazy-loaded images keep their real address in data attributes or a <noscript> fallback until a
 * script swaps it in; the reader never runs that script, so we swap it in ourselves.
 */

/** Attributes lazy-loading libraries put the real address in, most specific first. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];

/** A src that is only a placeholder: empty, a data: URI (a blurred stub or a 1x1 gif), or "about:blank". */
function isPlaceholder(src: string | null): boolean {
  return !src || /^\s*$|^data:|^about:blank/i.test(src);
}

/** @param elements the document's elements, when the caller has them already (prepare/elements.ts) */
export function resolveLazyImages(root: Element, elements: readonly Element[] = Array.from(root.querySelectorAll('*'))): void {
  const noscripts: Element[] = [];
  for (const el of elements) {
    const tag = el.localName;
    if (tag === 'img') {
      const lazy = LAZY_SRC.map((a) => el.getAttribute(a)).find((v) => v && !isPlaceholder(v));
      if (lazy && isPlaceholder(el.getAttribute('src'))) el.setAttribute('src', lazy);
    }
    if (tag === 'img' || (tag === 'source' && el.parentElement?.localName === 'picture')) {
      const lazySet = LAZY_SRCSET.map((a) => el.getAttribute(a)).find((v) => v && v.trim());
      if (lazySet && !el.getAttribute('srcset')) el.setAttribute('srcset', lazySet);
    } else if (tag === 'noscript') noscripts.push(el);
  }
  unwrapNoscriptImages(root.ownerDocument, noscripts);
}

/**
 * A <noscript> holding only an image is the page's own fallback for readers without scripts:
 * it replaces a placeholder image right before it, or stands in for the image itself.
 */
function unwrapNoscriptImages(doc: Document, noscripts: readonly Element[]): void {
  for (const noscript of noscripts) {
    const markup = noscript.textContent || noscript.innerHTML;
    if (!/<img\b/i.test(markup) || markup.length > 4000) continue;
    const holder = doc.createElement('div');
    holder.innerHTML = markup;
    const img = holder.querySelector('img');
    if (!img || holder.textContent!.trim() !== '') continue;
    const prev = noscript.previousElementSibling;
    const placeholder = prev && (prev.tagName === 'IMG' ? prev : prev.querySelector('img'));
    if (placeholder && isPlaceholder(placeholder.getAttribute('src'))) {
      placeholder.replaceWith(img);
      noscript.remove(); // its work is done; a host that parses it as markup would show the image twice
    } else if (!placeholder) noscript.replaceWith(img);
  }
}
