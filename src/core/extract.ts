/**
 * The whole pipeline: the page's share (page-article.ts), then quotations and sanitizing.
 * Takes a Document, returns plain data, never throws, never changes the document it is given.
 */
import type { ExtractResult } from './types';
import { guarded, offered, readDocument, type PageOptions } from './page-article';
import { unshadowed } from './prepare/clobbering';
import { createSanitizer, type Sanitizer } from './sanitize';
import { findQuotes } from './quotes/index';

export interface ExtractOptions extends PageOptions {
  /** Turns article HTML into safe HTML; defaults to DOMPurify on the document's window. */
  sanitize?: Sanitizer;
}

/** The whole pipeline: the article cleaned, sanitized, with its key quotes. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  return guarded(() => {
    const reading = readDocument(doc, options);
    if (!reading.ok) return reading;
    const { body, removals, stage, ...fields } = reading;
    const quotes = findQuotes(fields.text);
    stage('quotes');
    const sanitize = options.sanitize ?? createSanitizer(unshadowed(doc).defaultView as Window);
    const [html, ...removed] = sanitize.each([body.innerHTML, ...removals.map((r) => r.html)]);
    stage('sanitize');
    return { ...fields, html: html!, removed: offered(removals.map((r, i) => ({ ...r, html: removed[i]! }))), quotes };
  });
}

