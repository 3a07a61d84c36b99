/**
 * The missing-paragraph check (missing.ts), injected into the tab after content.js, once the popup
 * or the reader tab shows the article: it only feeds a warning, so the article does not wait for it.
 * The extension page calls it with the article it read (see protocol.ts).
 */
import { findMissing } from './missing';
import type { MissingReport, MissingRequest } from './protocol';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function asRequest(value: unknown): MissingRequest | undefined {
  const request = value as Partial<MissingRequest> | undefined;
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

export function run(value: unknown): MissingReport {
  const started = performance.now();
  let missing: MissingReport['missing'] = [];
  try {
    const request = asRequest(value);
    if (request) missing = findMissing(document, request);
  } catch {
    // The warning is a help, never a reason to fail the reading.
  }
  return { missing, ms: performance.now() - started };
}
