/**
 * The extraction pipeline: clone, prepare, Readability, our filters, text, quotations, sanitizing.
 * Takes a Document, returns plain data, never throws, never changes the document it is given.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, ExtractResult, Removal, StageTimings } from './types';
import type { FilterContext } from './filters/filter';
import { filters as registeredFilters } from './filters/registry';
import { resolveLazyImages } from './prepare/lazy-images';
import { removeInvisible } from './prepare/invisible';
import { readMetadata, toIso } from './metadata';
import { articleText, countWords, readingMinutes } from './text';
import { absolutizeLinks } from './links';
import { createSanitizer, type Sanitizer } from './sanitize';
import { findQuotes } from './quotes/index';

export interface ExtractOptions {
  /** The page's address, for absolute links; defaults to the document's own. */
  url?: string;
  /** Lower the bar for what counts as an article ("Show anyway"). */
  relaxed?: boolean;
  /** Whether the live element is hidden by computed style; only a host with layout can tell. */
  isHidden?: (liveElement: Element) => boolean;
  /** Turns article HTML into safe HTML; defaults to DOMPurify on the document's window. */
  sanitize?: Sanitizer;
  /** Pages with more elements than this are "too large to clean". */
  maxElements?: number;
  /** Record the time spent in each stage. */
  timings?: StageTimings;
}

/** Enough for a 20 MB page of ordinary news markup to be refused quickly rather than freeze a tab. */
export const DEFAULT_MAX_ELEMENTS = 60_000;
/** Below this many words a normal click says "not an article"; "Show anyway" takes anything. */
const MIN_WORDS = 60;
const REMOVAL_TEXT_LIMIT = 200;

const now = () => globalThis.performance?.now() ?? Date.now();

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  try {
    return extract(doc, options);
  } catch (err) {
    return { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

function extract(live: Document, options: ExtractOptions): ExtractResult {
  const t = options.timings;
  let mark = now();
  const stage = (name: keyof StageTimings) => {
    const n = now();
    if (t) t[name] = (t[name] ?? 0) + (n - mark);
    mark = n;
  };

  const elementCount = live.getElementsByTagName('*').length;
  if (elementCount > (options.maxElements ?? DEFAULT_MAX_ELEMENTS)) {
    return { ok: false, reason: 'too-large', message: `The page has ${elementCount} elements.` };
  }
  const url = options.url || live.URL || live.documentURI || '';
  const doc = live.cloneNode(true) as Document;
  stage('clone');

  removeInvisible(doc, live, options.isHidden);
  if (doc.body) resolveLazyImages(doc.body);
  const meta = readMetadata(doc);
  stage('prepare');

  const parsed = new Readability<Element>(doc, {
    serializer: (el) => el as Element,
    charThreshold: options.relaxed ? 100 : 500,
  }).parse();
  stage('readability');
  const body = parsed?.content;
  if (!parsed || !body) return { ok: false, reason: 'not-an-article' };
  const title = (parsed.title || doc.title || '').trim();

  const removed: Removal[] = [];
  runFilters(body, title, doc, removed);
  absolutizeLinks(body, url);
  stage('filters');

  const { text } = articleText(body);
  const wordCount = countWords(text);
  stage('text');
  // A short result is an article only if the page looks like one; the live page is unchanged, so ask it.
  if (!options.relaxed && (wordCount < MIN_WORDS || (wordCount < 3 * MIN_WORDS && !isProbablyReaderable(live)))) {
    return { ok: false, reason: 'not-an-article' };
  }

  const quotes = findQuotes(text);
  stage('quotes');

  const sanitize = options.sanitize ?? createSanitizer(live.defaultView as Window);
  const html = sanitize(body.innerHTML);
  stage('sanitize');

  const article: Article = {
    url,
    title,
    byline: parsed.byline?.trim() || meta.author,
    siteName: parsed.siteName?.trim() || meta.siteName,
    published: toIso(parsed.publishedTime) ?? meta.published,
    modified: meta.modified,
    lang: parsed.lang || live.documentElement?.getAttribute('lang') || null,
    dir: parsed.dir || live.documentElement?.getAttribute('dir') || null,
    excerpt: parsed.excerpt?.trim() || null,
    html,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    removed,
    quotes,
  };
  return { ok: true, ...article };
}

function runFilters(body: Element, title: string, doc: Document, removed: Removal[]): void {
  for (const filter of registeredFilters) {
    const ctx: FilterContext = {
      title,
      doc,
      remove(node) {
        if (!node.parentNode) return;
        const text = (node.textContent || '').replace(/\s+/g, ' ').trim();
        removed.push({ filter: filter.id, reason: filter.reason, text: text.slice(0, REMOVAL_TEXT_LIMIT) });
        node.parentNode.removeChild(node);
      },
    };
    filter.run(body, ctx);
  }
}
