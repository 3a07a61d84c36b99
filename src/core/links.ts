/** Relative addresses in the article mean nothing on an extension page: make them absolute. */

/** The attribute holding an element's one address. */
const ADDRESS_ATTRIBUTE: Readonly<Record<string, string>> = { a: 'href', img: 'src', source: 'src' };
/** Elements with an address or a set of them, found in one walk of the article. */
const WITH_ADDRESSES = 'a[href], img[src], img[srcset], source[src], source[srcset]';

export function absolutizeLinks(root: Element, base: string): void {
  for (const el of Array.from(root.querySelectorAll(WITH_ADDRESSES))) {
    const tag = el.localName;
    const attr = ADDRESS_ATTRIBUTE[tag]!;
    const value = el.getAttribute(attr);
    if (value !== null) {
      if (tag === 'a' && value.startsWith('#')) {
        el.removeAttribute(attr); // in-page anchors point at ids the cleaned article no longer has
      } else {
        const abs = absolute(value, base);
        if (abs) el.setAttribute(attr, abs);
        else el.removeAttribute(attr);
      }
    }
    const srcset = tag === 'a' ? null : el.getAttribute('srcset');
    if (srcset !== null) absolutizeSrcset(el, srcset, base);
  }
}

function absolutizeSrcset(el: Element, srcset: string, base: string): void {
  const set = srcset
    .split(/,\s+/)
    .map((entry) => {
      const [u, ...descriptor] = entry.trim().split(/\s+/);
      const abs = u ? absolute(u, base) : null;
      return abs ? [abs, ...descriptor].join(' ') : null;
    })
    .filter(Boolean);
  if (set.length) el.setAttribute('srcset', set.join(', '));
  else el.removeAttribute('srcset');
}

function absolute(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}
