/**
 * How extension pages talk to the content script. `scripting.executeScript` cannot pass arguments
 * to a file, so the page first sets the request on the extension's isolated world (which the page
 * cannot see), then injects content.js, whose completion value is the PageReport.
 */
import type { ExtractResult, SiteRules } from '../../core/types';
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
  result: ExtractResult;
  /** Paragraphs of the page the article may have lost (see missing.ts). */
  missing: MissingParagraph[];
  /** Milliseconds the content script spent, for the browser benchmark (tests/bench/extension-in-browser.ts). */
  extractMs: number;
}

/** Documents the core can read; any other (a PDF, an image, plain text) holds no article. */
export const READABLE_TYPES = ['text/html', 'application/xhtml+xml'];
