/**
 * Properties of the whole pipeline on generated pages: it never fails with an error, it never puts
 * a word in the article text that the page did not have, and it keeps every paragraph of ordinary prose.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../../../src/core/extract';
import type { ExtractResult } from '../../../src/core/types';
import { nodeSanitizer, parseDocument } from '../../../src/node/dom';
import { anyText, escapeHtml, proseArticle, randomMarkup, tagSoup, wordsOf } from './arbitraries';

const sanitize = nodeSanitizer();
const URL = 'https://news.example/2025/story';

function run(html: string, relaxed: boolean): { result: ExtractResult; inputWords: Set<string> } {
  const doc = parseDocument(html, URL);
  const inputWords = new Set(textNodes(doc).flatMap(wordsOf));
  return { result: extractArticle(doc, { sanitize, relaxed }), inputWords };
}

/** The data of every text node, each on its own: words of neighbouring nodes never count as one. */
function textNodes(doc: Document): string[] {
  const data: string[] = [];
  const stack: Node[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) data.push((node as Text).data);
    stack.push(...Array.from(node.childNodes));
  }
  return data;
}

/** The pipeline may decline a page, but an 'error' means something inside it threw. */
function expectNoError(result: ExtractResult): void {
  if (!result.ok) expect(result.reason, result.message).not.toBe('error');
}

function inventedWords(result: ExtractResult, inputWords: Set<string>): string[] {
  return result.ok ? wordsOf(result.text).filter((w) => !inputWords.has(w)) : [];
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Story</title></head><body>${body}</body></html>`;

describe('pipeline properties', () => {
  it('random text in paragraphs: no error, no invented words', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 12 }), fc.boolean(), (texts, relaxed) => {
        const html = page(`<article><h1>Story</h1>${texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('')}</article>`);
        const { result, inputWords } = run(html, relaxed);
        expectNoError(result);
        expect(inventedWords(result, inputWords)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('random page markup: no error, no invented words', () => {
    fc.assert(
      fc.property(randomMarkup, fc.boolean(), (markup, relaxed) => {
        const { result, inputWords } = run(page(markup), relaxed);
        expectNoError(result);
        expect(inventedWords(result, inputWords)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('tag soup: no error', () => {
    fc.assert(
      fc.property(tagSoup, fc.boolean(), (soup, relaxed) => {
        expectNoError(run(page(soup), relaxed).result);
        expectNoError(run(soup, relaxed).result); // also without the <html> around it
      }),
      { numRuns: 60 },
    );
  });

  it('an article of ordinary prose comes out whole: every paragraph, in order, nothing removed', () => {
    fc.assert(
      fc.property(proseArticle, (paragraphs) => {
        const html = page(
          `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article><h1>Story</h1>` +
            paragraphs.map((p) => `<p>${p}</p>`).join('\n') +
            `</article></main><footer><p>The Paper</p></footer>`,
        );
        const { result } = run(html, false);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.removed).toEqual([]);
        expect(result.text.split('\n\n')).toEqual(paragraphs);
      }),
      { numRuns: 40 },
    );
  });
});
