/**
 * Broken, empty and unusual pages through the core in Node: each gives an article or a clear
 * state, never an error; articles keep every paragraph, their direction and their quotations.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/extract';
import type { ExtractResult } from '../../src/core/types';
import { nodeSanitizer, parseDocument } from '../../src/node/dom';
import { ARTICLE_PARAGRAPHS, EAST_ASIAN_QUOTES, SHORT_ARTICLE_TEXT, STRANGE_PAGES, type Expected } from './strange-pages';

const sanitize = nodeSanitizer();
const URL = 'https://news.example/2025/strange';

/** Parses a page as Node can: linkedom for HTML, jsdom for XML (linkedom has no XHTML parser). */
function load(name: string): Document {
  const page = STRANGE_PAGES.find((p) => p.name === name)!;
  if (page.contentType === 'application/xhtml+xml') {
    return new JSDOM(page.html, { contentType: page.contentType, url: URL }).window.document as unknown as Document;
  }
  return parseDocument(page.html, URL);
}

const extract = (name: string, relaxed = false) => extractArticle(load(name), { sanitize, relaxed });

function outcome(r: ExtractResult): string {
  return r.ok ? 'article' : r.reason;
}

function meets(r: ExtractResult, expected: Expected): boolean {
  return expected === 'clear-state' ? r.ok || r.reason === 'not-an-article' : outcome(r) === expected;
}

describe('strange pages through the core', () => {
  it.each(STRANGE_PAGES.map((p) => [p.name, p.nodeExpected ?? p.expected] as const))('%s: %s', (name, expected) => {
    const r = extract(name);
    expect(meets(r, expected), `got ${outcome(r)}${r.ok ? '' : `: ${r.message ?? ''}`}`).toBe(true);
    const paragraphs = ARTICLE_PARAGRAPHS[name];
    if (r.ok && paragraphs) expect(paragraphs.filter((p) => !r.text.split('\n\n').includes(p))).toEqual([]);
  });

  it('"Show anyway" never errors on them either', () => {
    const errors = STRANGE_PAGES.map((p) => [p.name, extract(p.name, true)] as const).filter(([, r]) => !r.ok && r.reason === 'error');
    expect(errors).toEqual([]);
  });

  it('a very short article is not an article at first, and whole with "Show anyway"', () => {
    const r = extract('very short article', true);
    expect(r.ok && r.text).toBe(SHORT_ARTICLE_TEXT);
  });

  it('keeps the direction of a right-to-left page: from <html> in the result, from <article> in its markup', () => {
    const arabic = extract('Arabic article, dir on <html>');
    expect(arabic.ok && [arabic.dir, arabic.lang]).toEqual(['rtl', 'ar']);
    const hebrew = extract('Hebrew article, dir on <article>');
    expect(hebrew.ok).toBe(true);
    if (!hebrew.ok) return;
    // The element that carries dir holds every paragraph, so the body renders right to left.
    const holder = JSDOM.fragment(hebrew.html).querySelector('[dir]');
    expect(holder?.getAttribute('dir')).toBe('rtl');
    expect(holder!.querySelectorAll('[data-paragraph]').length).toBe(hebrew.text.split('\n\n').length);
    expect(hebrew.lang).toBe('he');
  });

  it.each(EAST_ASIAN_QUOTES)('finds the quotations in corner brackets: %s, %s', (name, quotation) => {
    const r = extract(name);
    expect(r.ok && r.quotes.map((q) => q.text)).toContain(quotation);
  });

  it('counts Chinese and Japanese characters as words, so the articles read as articles', () => {
    for (const name of ['Chinese article', 'Japanese article']) {
      const r = extract(name);
      expect(r.ok && r.wordCount).toBeGreaterThan(200);
    }
  });
});
