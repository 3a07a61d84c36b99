/** Properties of the quotation finder on any text: no throw, offsets inside the text that match it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '../../../src/core/quotes/index';
import { anyText, proseParagraph } from './arbitraries';

/**
 * Texts shaped as Article.text is: non-empty trimmed paragraphs separated by one blank line,
 * quotation marks in them.
 */
const articleLikeText = fc
  .array(fc.oneof(anyText, proseParagraph, fc.tuple(proseParagraph, proseParagraph).map(([a, b]) => `“${a}” said Anna Smith. ${b}`)), { maxLength: 8 })
  .map((paragraphs) => paragraphs.map(asArticleParagraph).filter(Boolean).join('\n\n'));

/** A paragraph as articleText writes it: trimmed lines, none of them blank. */
function asArticleParagraph(p: string): string {
  return p.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
}

function checkQuotes(text: string, exactParagraphs: boolean): void {
  const paragraphCount = text.split('\n\n').length;
  for (const q of findQuotes(text)) {
    expect(0 <= q.start && q.start <= q.end && q.end <= text.length, `${q.start}-${q.end}`).toBe(true);
    expect(partsOf(q.text, text.slice(q.start, q.end)), `${q.start}-${q.end}: ${q.text}`).toBe(true);
    if (exactParagraphs) expect(q.paragraph).toBe(text.slice(0, q.start).split('\n\n').length - 1);
    else expect(q.paragraph >= 0 && q.paragraph < paragraphCount).toBe(true);
    if (q.speaker) {
      expect(0 <= q.speaker.start && q.speaker.start <= q.speaker.end && q.speaker.end <= text.length).toBe(true);
      expect(q.speaker.name.trim()).not.toBe('');
    }
  }
}

/**
 * Whether `quote` is `slice`, or, for a quotation interrupted by its attribution or running on into
 * the next paragraph, its parts joined with spaces: the slice starts with the first part, ends with
 * the last, and holds every word in between in order.
 */
function partsOf(quote: string, slice: string): boolean {
  if (quote === slice) return true;
  const words = quote.split(/\s+/).filter(Boolean);
  let at = 0;
  for (const w of words) {
    const found = slice.indexOf(w, at);
    if (found < 0) return false;
    at = found + w.length;
  }
  return words.length > 0 && slice.startsWith(words[0]!) && slice.endsWith(words[words.length - 1]!);
}

describe('findQuotes properties', () => {
  it('on any text: never throws, offsets inside the text that match it', () => {
    fc.assert(fc.property(anyText, (text) => checkQuotes(text, false)), { numRuns: 300 });
  });

  it('on article-shaped text: the same, and each quote in the paragraph where it starts', () => {
    fc.assert(fc.property(articleLikeText, (text) => checkQuotes(text, true)), { numRuns: 300 });
  });

  it('finds a plainly attributed quotation in ordinary prose', () => {
    fc.assert(
      fc.property(proseParagraph, proseParagraph, (said, rest) => {
        const text = `${rest}\n\n“${said}” said Anna Smith, the mayor.`;
        const quotes = findQuotes(text);
        expect(quotes.map((q) => q.text)).toContain(said);
      }),
      { numRuns: 50 },
    );
  });
});
