/**
 * The missing-paragraph check (missing.ts), injected into the tab after content.js, once the popup
 * or the reader tab shows the article: it only feeds a warning, so the article does not wait for it.
 * The extension page sets the article it read on the isolated world first (see protocol.ts).
 */
import { findMissing } from './missing';
import { MISSING_REQUEST_KEY, type MissingReport, type MissingRequest } from './protocol';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function takeRequest(): MissingRequest | undefined {
  const scope = globalThis as unknown as Record<string, Partial<MissingRequest> | undefined>;
  const request = scope[MISSING_REQUEST_KEY];
  delete scope[MISSING_REQUEST_KEY];
  if (!request || typeof request.text !== 'string') return undefined;
  const removed = Array.isArray(request.removed) ? request.removed : [];
  return {
    text: request.text,
    title: text(request.title),
    byline: text(request.byline) || null,
    excerpt: text(request.excerpt) || null,
    removed: removed.map((r) => ({ text: text(r?.text), html: typeof r?.html === 'string' ? r.html : undefined })),
  };
}

function check(): MissingReport {
  const started = performance.now();
  let missing: MissingReport['missing'] = [];
  try {
    const request = takeRequest();
    if (request) missing = findMissing(document, request);
  } catch {
    // The warning is a help, never a reason to fail the reading.
  }
  return { missing, ms: performance.now() - started };
}

// build/extension.mjs ends missing-check.js with `newsReaderMissing.report`, the value executeScript returns.
export const report: MissingReport = check();
