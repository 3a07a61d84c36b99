/**
 * Pages where browsers let no extension run. The popup recognises them by address before trying,
 * and by the browser's refusal when the address alone cannot tell.
 */

export type RestrictedKind =
  | 'browser-page'
  | 'web-store'
  | 'source-view'
  | 'pdf-viewer'
  | 'local-file'
  /** The browser refused with no more said: blank tabs, data: addresses and the like. */
  | 'no-access'
  /** The popup was opened as a page of its own, not from the toolbar, so it has no tab to read. */
  | 'not-from-toolbar';

/** Schemes of the browsers' own pages, of extension pages, and of source views. */
const BROWSER_SCHEMES = ['chrome:', 'chrome-untrusted:', 'chrome-search:', 'devtools:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'resource:', 'chrome-extension:', 'moz-extension:', 'extension:'];
const SOURCE_SCHEMES = ['view-source:'];

/** The add-on stores: each browser keeps its own store closed to extensions. */
const WEB_STORES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** What the browser says when it refuses to let an extension script a page. */
const REFUSALS: { pattern: RegExp; kind: RestrictedKind }[] = [
  { pattern: /extensions gallery cannot be scripted|cannot be scripted due to|restricted domain/i, kind: 'web-store' },
  { pattern: /cannot access a chrome(-extension)?:\/\/ url|cannot access (about|chrome|moz-extension|view-source)/i, kind: 'browser-page' },
  { pattern: /cannot access contents|must request permission|missing host permission|no tab with id|permission to access|cannot access/i, kind: 'no-access' },
];

/**
 * The kind of restricted page at `url`, or null when an extension may run there. Local files are
 * left to try: whether the reader allowed file access only shows when the browser refuses.
 */
export function restrictedByUrl(url: string | undefined): RestrictedKind | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (SOURCE_SCHEMES.includes(parsed.protocol)) return 'source-view';
  if (BROWSER_SCHEMES.includes(parsed.protocol)) return 'browser-page';
  if (WEB_STORES.some((s) => parsed.hostname === s.host && (!s.path || parsed.pathname.startsWith(s.path)))) return 'web-store';
  if (isPdf(parsed)) return 'pdf-viewer';
  return null;
}

function isPdf(url: URL): boolean {
  return /\.pdf$/i.test(url.pathname);
}

/** The kind of restricted page a refusal to inject into the page at `url` names, or null for any other error. */
export function restrictedByError(message: string, url: string | undefined): RestrictedKind | null {
  const kind = REFUSALS.find((r) => r.pattern.test(message))?.kind ?? null;
  return kind === 'no-access' && url?.startsWith('file:') ? 'local-file' : kind;
}
