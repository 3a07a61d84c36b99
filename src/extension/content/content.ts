/**
 * The content script: injected into the active tab on a toolbar click, runs the core on a clone of
 * the live page and hands back plain data. It never changes the page and calls no extension API.
 * The missing-paragraph check runs after, in missing-check.js, once the article is on screen.
 */
import { extractPageArticle } from '../../core/page-article';
import type { ReadResult } from '../../core/types';
import { READABLE_TYPES, REQUEST_KEY, type ContentTimings, type PageReport, type PageRequest } from './protocol';
import { isHiddenByStyle } from './visibility';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function takeRequest(): PageRequest {
  const scope = globalThis as unknown as Record<string, PageRequest | undefined>;
  const request = scope[REQUEST_KEY];
  delete scope[REQUEST_KEY];
  return { relaxed: request?.relaxed === true, rules: { keep: strings(request?.rules?.keep), remove: strings(request?.rules?.remove) } };
}

function read(): PageReport {
  const started = performance.now();
  const { relaxed, rules } = takeRequest();
  const contentType = document.contentType;
  const timings: ContentTimings = { total: 0 };
  if (!READABLE_TYPES.includes(contentType)) return { contentType, result: { ok: false, reason: 'not-an-article' }, timings };
  const result: ReadResult = extractPageArticle(document, { url: location.href, relaxed, isHidden: isHiddenByStyle, siteRules: rules, timings });
  timings.total = performance.now() - started;
  return { contentType, result, timings };
}

// build/extension.mjs ends content.js with `newsReaderContent.report`, the value executeScript returns.
export const report: PageReport = read();
