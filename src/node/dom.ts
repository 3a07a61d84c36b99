/**
 * The Node host's DOM: linkedom parses pages (fast, and Readability's published results reproduce
 * on it exactly); DOMPurify does not support linkedom, so sanitizing runs on one jsdom window.
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { createSanitizer, type Sanitizer } from '../core/sanitize';

export function parseDocument(html: string, url?: string): Document {
  // linkedom builds no <html>/<body> around markup that lacks them, as browsers do.
  const whole = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(whole);
  if (url) Object.defineProperty(document, 'URL', { value: url });
  return document as unknown as Document;
}

let sanitizer: Sanitizer | undefined;

export function nodeSanitizer(): Sanitizer {
  sanitizer ??= createSanitizer(new JSDOM('').window as unknown as Window);
  return sanitizer;
}

/** Decode a saved page using the charset it declares (UTF-8 when it declares none). */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
