/**
 * The markers the pipeline puts in article HTML (data-paragraph, data-removed) point the popup at
 * paragraphs and removals; a page that writes its own must not move them.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer, parseDocument } from '../../src/node/dom';
import { PROSE } from './pages';

describe('page-supplied markers', () => {
  it('are replaced by the pipeline’s own: paragraphs numbered in order, no removal markers of the page’s', () => {
    const spoofed = PROSE.map((p, i) => `<p data-paragraph="${PROSE.length - 1 - i}" data-removed="${i}">${p}</p>`).join('');
    const html = `<!doctype html><html><head><title>Budget</title></head><body><article><h1>Budget</h1>${spoofed}</article></body></html>`;
    const r = extractArticle(parseDocument(html, 'https://news.example/a'), { sanitize: nodeSanitizer() });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const body = JSDOM.fragment(r.html);
    const marked = Array.from(body.querySelectorAll('[data-paragraph]'), (el) => [el.getAttribute('data-paragraph'), el.textContent]);
    expect(marked).toEqual(PROSE.map((p, i) => [String(i), p]));
    // Every removal marker left is one the pipeline placed: an empty span for a recorded removal.
    for (const marker of Array.from(body.querySelectorAll('[data-removed]'))) {
      expect([marker.localName, marker.textContent, Number(marker.getAttribute('data-removed')) < r.removed.length]).toEqual(['span', '', true]);
    }
  });
});
