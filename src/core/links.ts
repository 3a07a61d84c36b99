/** Relative addresses in the article mean nothing on an extension page: make them absolute. */

const URL_ATTRS: Array<[string, string]> = [['a', 'href'], ['img', 'src'], ['source', 'src']];

export function absolutizeLinks(root: Element, base: string): void {
  for (const [tag, attr] of URL_ATTRS) {
    for (const el of Array.from(root.querySelectorAll(`${tag}[${attr}]`))) {
      const value = el.getAttribute(attr)!;
      if (tag === 'a' && value.startsWith('#')) {
        el.removeAttribute('href'); // in-page anchors point at ids the cleaned article no longer has
        continue;
      }
      const abs = absolute(value, base);
      if (abs) el.setAttribute(attr, abs);
      else el.removeAttribute(attr);
    }
  }
  for (const el of Array.from(root.querySelectorAll('img[srcset], source[srcset]'))) {
    const set = el.getAttribute('srcset')!
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
}

function absolute(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}
