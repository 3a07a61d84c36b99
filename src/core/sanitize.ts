/**
 * Article HTML comes from an untrusted page. Before it reaches any extension page it passes
 * DOMPurify with a configuration that keeps reading markup and drops everything active.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

export type Sanitizer = (html: string) => string;

/** Reading markup only: HTML profile (no SVG, no MathML), no inline styles, no forms or embeds. */
export const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'audio', 'video', 'source', 'track', 'dialog'],
  FORBID_ATTR: ['style', 'srcdoc', 'id', 'name', 'class', 'form', 'formaction', 'action', 'ping', 'background', 'poster'],
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: ['data-paragraph', 'target'],
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

/** Creates a sanitizer on a window DOMPurify supports (a browser's, or jsdom's), or throws. */
export function createSanitizer(window: Window): Sanitizer {
  const purify: DOMPurify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('No DOM that DOMPurify supports; refusing to pass unsanitized HTML.');
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links leave the extension: a new tab that cannot reach back to us.
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return (html) => purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
