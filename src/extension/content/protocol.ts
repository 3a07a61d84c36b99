/**
 * How extension pages talk to the scripts they inject into a tab. `scripting.executeScript` cannot
 * pass arguments to a file, so the page first sets the request on the extension's isolated world
 * (which the page cannot see), then injects the file, whose completion value is the answer. The
 * script takes away any request it finds, so none outlives its run.
 *
 * Two scripts, one after the other: content.js reads the article (its request, the defaults, is
 * not set at all: "Show anyway" and site rules are rare); once the article is on screen,
 * missing-check.js compares the live page with it (missing.ts) for the missing-content warning.
 */
import type { PageArticle, ReadResult, Removal, SiteRules, StageTimings } from '../../core/types';

/** Name of the isolated-world global holding content.js's request. */
export const REQUEST_KEY = '__newsReaderRequest';
/** Name of the isolated-world global holding missing-check.js's request. */
export const MISSING_REQUEST_KEY = '__newsReaderMissingRequest';

export interface PageRequest {
  /** "Show anyway": lower the bar for what counts as an article. */
  relaxed: boolean;
  /** The reader's rules for this page's site. */
  rules: SiteRules;
}

export interface PageReport {
  /** The document's MIME type: a PDF shows in the browser's viewer and holds no article to read. */
  contentType: string;
  /** The page's share of the reading: no quotations, and markup as the page has it, unsafe until sanitized. */
  result: ReadResult;
  /** Milliseconds the content script spent, for the browser benchmark (tests/bench/extension-in-browser.ts). */
  timings: ContentTimings;
}

/** In all and by stage of the core. */
export type ContentTimings = StageTimings & { total: number };

/** The stages a report may name; anything else in it came from the page's process, and is dropped. */
export const CONTENT_STAGES = ['clone', 'prepare', 'readability', 'filters', 'text', 'total'] as const;

/** Documents the core can read; any other (a PDF, an image, plain text) holds no article. */
export const READABLE_TYPES = ['text/html', 'application/xhtml+xml'];

/**
 * What the missing-paragraph check needs of the article: its text, and the texts that count as known
 * though not in it. A removal's HTML goes along only when its text was cut, to read its whole text.
 */
export type MissingRequest = Pick<PageArticle, 'text' | 'title' | 'byline' | 'excerpt'> & { removed: Pick<Removal, 'text' | 'html'>[] };

export interface MissingParagraph {
  /** The paragraph's text, as the page shows it. */
  text: string;
  /** The article paragraph (`data-paragraph`) it follows on the page; -1 when it comes first. */
  after: number;
}

export interface MissingReport {
  /** Paragraphs of the page the article may have lost (see missing.ts). */
  missing: MissingParagraph[];
  /** Milliseconds the check took in the page, for the browser benchmark. */
  ms: number;
}
