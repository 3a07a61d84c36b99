/**
 * Huge pages through the core in Node: each ends in "too large to clean" or an article, never an
 * error or a hang. Times are measured by tests/tools/huge-pages.ts, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer, parseDocument } from '../../src/node/dom';
import { hugePagesFor } from './huge';

describe('huge pages through the core', () => {
  it.each(hugePagesFor('node').map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const r = extractArticle(parseDocument(page.build(), 'https://news.example/huge'), { sanitize: nodeSanitizer() });
    expect(r.ok ? 'article' : r.reason, r.ok ? '' : r.message).toBe(page.expected);
    if (!r.ok) expect(r.message).toMatch(/^The page (has|nests) /);
  });
});
