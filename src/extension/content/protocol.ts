/**
 * How extension pages talk to the content script. `scripting.executeScript` cannot pass arguments
 * to a file, so the page first sets the request on the extension's isolated world (which the page
 * cannot see), then injects content.js, whose completion value is the PageReport. A request with
 * the defaults (no "Show anyway", no site rules) is not set at all: content.js reads the defaults
 * when it finds none, and takes away any request it finds, so none outlives its reading.
 */
import type { ReadResult, SiteRules, StageTimings } from '../../core/types';
import type { MissingParagraph } from './missing';

export type { MissingParagraph };

/** Name of the isolated-world global holding the request. */
export const REQUEST_KEY = '__newsReaderRequest';

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
  /** Paragraphs of the page the article may have lost (see missing.ts). */
  missing: MissingParagraph[];
  /** Milliseconds the content script spent, for the browser benchmark (tests/bench/extension-in-browser.ts). */
  timings: ContentTimings;
}

/** In all, by stage of the core, and on the missing-paragraph check. */
export type ContentTimings = StageTimings & { missing?: number; total: number };

/** The stages a report may name; anything else in it came from the page's process, and is dropped. */
export const CONTENT_STAGES = ['clone', 'prepare', 'readability', 'filters', 'text', 'missing', 'total'] as const;

/** Documents the core can read; any other (a PDF, an image, plain text) holds no article. */
export const READABLE_TYPES = ['text/html', 'application/xhtml+xml'];
