/**
 * Article HTML comes from an untrusted page. Before it reaches any extension page it passes
 * DOMPurify with a configuration that keeps reading markup and drops everything active.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

export interface Sanitizer {
  (html: string): string;
  /** Several pieces at once, each as `sanitizer(piece)` would make it, with one parse for all. */
  each(pieces: readonly string[]): string[];
  /**
   * The safe markup as the body of an inert document, where nothing loads or runs, for a page to move
   * into its own: what it shows is then the very tree that was sanitized, not a second parse of it.
   */
  dom(html: string): HTMLElement;
}

/** Reading markup only: HTML profile (no SVG, no MathML), no inline styles, no forms or embeds. */
export const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'audio', 'video', 'source', 'track', 'dialog'],
  FORBID_ATTR: ['style', 'srcdoc', 'id', 'name', 'class', 'form', 'formaction', 'action', 'ping', 'background', 'poster'],
  ALLOW_DATA_ATTR: false,
  // data-paragraph marks each paragraph's block; data-removed marks where a removal stood (removals.ts).
  ADD_ATTR: ['data-paragraph', 'data-removed', 'target'],
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

/** Attributes whose value is an address the browser may load. */
const ADDRESS_ATTRIBUTES = new Set(['src', 'srcset', 'href', 'cite', 'longdesc']);
/** What browsers skip inside an address, as DOMPurify counts it. */
const ATTRIBUTE_WHITESPACE = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

/** Creates a sanitizer on a window DOMPurify supports (a browser's, or jsdom's), or throws. */
export function createSanitizer(window: Window): Sanitizer {
  const purify: DOMPurify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('No DOM that DOMPurify supports; refusing to pass unsanitized HTML.');
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    // DOMPurify lets any data: address through on images; only an image may be one.
    if (!ADDRESS_ATTRIBUTES.has(data.attrName)) return;
    const value = data.attrValue.replace(ATTRIBUTE_WHITESPACE, '').toLowerCase();
    if (value.startsWith('data:') && !value.startsWith('data:image/')) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links leave the extension: a new tab that cannot reach back to us.
    if ((node.nodeName === 'A' || node.nodeName === 'AREA') && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  // Configured once, not per call: DOMPurify otherwise rebuilds its allow-lists on every call.
  // It returns its own parse of the input (the body of an inert document).
  purify.setConfig({ ...SANITIZE_CONFIG, RETURN_DOM: true });
  const dom = (html: string) => purify.sanitize(html) as unknown as HTMLElement;
  const one = (html: string) => dom(html).innerHTML;
  const each = (pieces: readonly string[]): string[] => {
    if (pieces.length < 2) return pieces.map(one);
    // Each piece in a wrapper of its own; should markup carry over from one wrapper to the next,
    // the pieces go one by one instead.
    const wrappers = Array.from(dom(pieces.map((piece) => `<div>${piece}</div>`).join('')).childNodes);
    const intact = wrappers.length === pieces.length && wrappers.every((w) => w.nodeName === 'DIV' && !(w as Element).attributes.length);
    return intact ? wrappers.map((w) => (w as Element).innerHTML) : pieces.map(one);
  };
  return Object.assign(one, { each, dom });
}
