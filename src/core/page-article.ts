/**
 * The page's share of the pipeline: clone, prepare, Readability, our filters, the text. It stops
 * before quotations and sanitizing, which the extension runs on its own page (which must sanitize
 * what crosses from the page anyway); extract.ts adds them for the whole pipeline.
 * Takes a Document, returns plain data, never throws, never changes the document it is given.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Failure, PageArticle, ReadResult, Removal, SiteRules, StageTimings } from './types';
import type { FilterContext } from './filters/filter';
import { filters as registeredFilters } from './filters/registry';
import { resolveLazyImages } from './prepare/lazy-images';
import { removeInvisible } from './prepare/invisible';
import { removeAlwaysDropped } from './prepare/always-dropped';
import { removeShadowingNames, unshadowed } from './prepare/clobbering';
import { elementsOf } from './prepare/elements';
import { DEFAULT_BUDGET, overBudget, type PageBudget } from './budget';
import { readMetadata, toIso } from './metadata';
import { articleText, countWords, readingMinutes } from './text';
import { absolutizeLinks } from './links';
import { createRemovalLog, dropForeignMarkers, REMOVAL_HTML_LIMIT, type RemovalLog } from './removals';
import { removeByRules, SITE_RULE_FILTER, SITE_RULE_REASON } from './site-rules';

export interface PageOptions {
  /** The page's address, for absolute links; defaults to the document's own. */
  url?: string;
  /** Lower the bar for what counts as an article ("Show anyway"). */
  relaxed?: boolean;
  /** Whether the live element is hidden by computed style; only a host with layout can tell. */
  isHidden?: (liveElement: Element) => boolean;
  /** Pages past any of these limits are "too large to clean"; defaults to DEFAULT_BUDGET. */
  budget?: Partial<PageBudget>;
  /** Record the time spent in each stage. */
  timings?: StageTimings;
  /** The reader's rules for this site: blocks to keep though filtered, blocks to remove though kept. */
  siteRules?: SiteRules;
}

/** Below this many words a normal click says "not an article"; "Show anyway" takes anything. */
const MIN_WORDS = 60;

const now = () => globalThis.performance?.now() ?? Date.now();

/** The page's article for the content script. Its HTML is the page's markup, unsafe until sanitized. */
export function extractPageArticle(doc: Document, options: PageOptions = {}): ReadResult {
  return guarded(() => {
    const reading = readDocument(doc, options);
    if (!reading.ok) return reading;
    const { body, removals, stage: _, ...fields } = reading;
    return { ...fields, html: body.innerHTML, removed: offered(removals) };
  });
}

/** Runs a pipeline so that it never throws at its caller. */
export function guarded<T extends ReadResult>(run: () => T | Failure): T | Failure {
  try {
    return run();
  } catch (err) {
    return { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

/** A removal too large to offer back is listed without its HTML. */
export function offered(removals: Required<Removal>[]): Removal[] {
  return removals.map(({ html, ...r }) => (html.length <= REMOVAL_HTML_LIMIT ? { ...r, html } : r));
}

/** The page's article while its body is still DOM, with what the whole pipeline needs to go on. */
export type Reading = { ok: true; body: Element; removals: Required<Removal>[]; stage: (name: keyof StageTimings) => void } & Omit<PageArticle, 'html' | 'removed'>;

/** The pipeline up to the article's text, for extractPageArticle and extractArticle to finish. */
export function readDocument(page: Document, options: PageOptions): Reading | Failure {
  // The page's own elements can shadow the document's methods; read it through its prototype.
  const live = unshadowed(page);
  const t = options.timings;
  let mark = now();
  const stage = (name: keyof StageTimings) => {
    const n = now();
    if (t) t[name] = (t[name] ?? 0) + (n - mark);
    mark = n;
  };

  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  // Counted before cloning, so a huge page costs no copy; depth and text are measured on the copy.
  // The list pairs with the copy's elements for the check of what the page's styles hide.
  const liveElements = live.querySelectorAll('*');
  const elementCount = liveElements.length;
  if (elementCount > budget.maxElements) {
    return { ok: false, reason: 'too-large', message: `The page has ${elementCount} elements.` };
  }
  const url = options.url || live.URL || live.documentURI || '';
  const doc = live.cloneNode(true) as Document;
  const elements = elementsOf(doc);
  removeShadowingNames(doc, elements);
  const tooLarge = overBudget(doc, budget, elements);
  if (tooLarge) return { ok: false, reason: 'too-large', message: tooLarge };
  // Readability reads the body; a frameset page (its frameset a child of the root) shows other documents, and has none to read.
  if (!doc.body || Array.from(doc.documentElement.children).some((el) => el.localName === 'frameset')) return { ok: false, reason: 'not-an-article' };
  stage('clone');

  removeInvisible(doc, live, options.isHidden, elements, liveElements);
  resolveLazyImages(doc.body, elements);
  const meta = readMetadata(doc, elements);
  removeAlwaysDropped(elements);
  stage('prepare');

  const parsed = new Readability<Element>(doc, {
    serializer: (el) => el as Element,
    charThreshold: options.relaxed ? 100 : 500,
  }).parse();
  stage('readability');
  const body = parsed?.content;
  if (!parsed || !body) return { ok: false, reason: 'not-an-article' };
  const title = (parsed.title || doc.title || '').trim();

  const removals = createRemovalLog(doc);
  dropForeignMarkers(body);
  runFilters(body, title, doc, removals);
  const rules = options.siteRules;
  removeByRules(body, new Set(rules?.remove), (el) => removals.remove(el, SITE_RULE_FILTER, SITE_RULE_REASON));
  removals.settle(new Set(rules?.keep));
  absolutizeLinks(body, url);
  const removed = removals.records(url);
  stage('filters');

  const { text } = articleText(body);
  const wordCount = countWords(text);
  stage('text');
  // A short result is an article only if the page looks or says it is one; the live page is unchanged, so ask it.
  if (!options.relaxed && (wordCount < MIN_WORDS || (wordCount < 3 * MIN_WORDS && !isProbablyReaderable(live) && !declaresArticle(live)))) {
    return { ok: false, reason: 'not-an-article' };
  }

  return {
    ok: true,
    body,
    removals: removed,
    stage,
    url,
    title,
    byline: parsed.byline?.trim() || meta.author,
    siteName: parsed.siteName?.trim() || meta.siteName,
    published: toIso(parsed.publishedTime) ?? meta.published,
    modified: meta.modified,
    lang: parsed.lang || live.documentElement?.getAttribute('lang') || null,
    dir: parsed.dir || live.documentElement?.getAttribute('dir') || null,
    excerpt: parsed.excerpt?.trim() || null,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

/**
 * The page says it is an article (Open Graph type), which a short article needs when it has too
 * few long paragraphs for Readability's quick check.
 */
function declaresArticle(doc: Document): boolean {
  return /^article$/i.test(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim() ?? '');
}

function runFilters(body: Element, title: string, doc: Document, removals: RemovalLog): void {
  for (const filter of registeredFilters) {
    const ctx: FilterContext = { title, doc, remove: (node) => removals.remove(node, filter.id, filter.reason) };
    filter.run(body, ctx);
  }
}
