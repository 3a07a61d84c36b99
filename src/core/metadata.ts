/**
 * Metadata Readability leaves out: publication and modification dates and the author, from
 * meta tags and JSON-LD. Read from the prepared clone before Readability strips its scripts.
 */

export interface PageMetadata {
  published: string | null;
  modified: string | null;
  author: string | null;
  siteName: string | null;
}

/** Meta tags naming the same fact, most authoritative first. */
const META = {
  published: ['article:published_time', 'og:published_time', 'datePublished', 'publish-date', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'],
  modified: ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'],
  author: ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author'],
  siteName: ['og:site_name', 'application-name', 'twitter:site'],
};

/** JSON-LD types that describe the article itself. */
const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage/;

/** @param elements the document's elements (prepare/elements.ts), in document order */
export function readMetadata(doc: Document, elements: readonly Element[]): PageMetadata {
  const meta = new Map<string, string>();
  const jsonLd: Element[] = [];
  let timeEl: Element | undefined;
  for (const el of elements) {
    if (el.localName === 'script' && el.getAttribute('type') === 'application/ld+json') jsonLd.push(el);
    // The first <time> still in the page: one the preparing took out was hidden from readers.
    if (!timeEl && el.localName === 'time' && el.hasAttribute('datetime') && doc.documentElement.contains(el)) timeEl = el;
    if (el.localName !== 'meta' || !el.hasAttribute('content')) continue;
    const key = (el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop') || '').trim().toLowerCase();
    const value = el.getAttribute('content')!.trim();
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  const first = (keys: string[]) => keys.map((k) => meta.get(k.toLowerCase())).find(Boolean) ?? null;
  const ld = readJsonLd(jsonLd);
  return {
    published: toIso(ld.published ?? first(META.published) ?? timeEl?.getAttribute('datetime') ?? null),
    modified: toIso(ld.modified ?? first(META.modified)),
    author: ld.author ?? cleanAuthor(first(META.author)),
    siteName: first(META.siteName),
  };
}

function readJsonLd(scripts: readonly Element[]): { published?: string; modified?: string; author?: string } {
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent || '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // broken JSON-LD is common; the meta tags may still say it
    }
    const item = findArticle(data);
    if (item) {
      return {
        published: str(item.datePublished) ?? str(item.dateCreated),
        modified: str(item.dateModified),
        author: authorName(item.author),
      };
    }
  }
  return {};
}

type Json = Record<string, unknown>;

function findArticle(data: unknown, depth = 0): Json | null {
  if (depth > 4 || !data || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const d of data) {
      const found = findArticle(d, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = data as Json;
  const type = ([] as unknown[]).concat(obj['@type'] ?? []).join(' ');
  if (ARTICLE_TYPES.test(type) && (obj.datePublished || obj.author)) return obj;
  return findArticle(obj['@graph'], depth + 1) ?? findArticle(obj.mainEntity, depth + 1);
}

function authorName(author: unknown): string | undefined {
  const names = ([] as unknown[]).concat(author ?? [])
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Json).name) : undefined))
    .filter((n): n is string => !!n && !/^https?:/.test(n));
  return names.length ? names.join(', ') : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Author meta tags sometimes hold a profile URL rather than a name. */
function cleanAuthor(a: string | null): string | null {
  return a && !/^https?:\/\//.test(a) ? a : null;
}

/** A date as ISO 8601, or null when it is not a date. */
export function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const ms = Date.parse(/^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}` : v);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year > 1990 && year < 2200 ? new Date(ms).toISOString() : null;
}
