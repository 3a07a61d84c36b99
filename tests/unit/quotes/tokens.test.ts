import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitBlocks } from '../../../src/core/quotes/blocks';
import { tokenize, type Token } from '../../../src/core/quotes/tokens';

/** What a token is, as one pattern says it: a word, or any other character that is not white space. */
const TOKEN = /([\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*)|\S/gu;

const tokensOf = (text: string) => tokenize(text, splitBlocks(text), []);

/**
 * The tokens agree with TOKEN run over each block, save that a word may take the full stop after
 * it (an abbreviation or an initial), which TOKEN reads as a token of its own.
 */
function expectAsThePatternReads(text: string, tokens: readonly Token[]): void {
  const expected = splitBlocks(text).flatMap((b) => [...text.slice(b.start, b.end).matchAll(TOKEN)].map((m) => ({ start: b.start + m.index, text: m[0], word: m[1] !== undefined })));
  let j = 0;
  for (const token of tokens) {
    const e = expected[j]!;
    expect(token.start).toBe(e.start);
    expect(token.word).toBe(e.word);
    if (token.text === e.text) j++;
    else {
      expect(token.text).toBe(`${e.text}.`);
      expect(expected[j + 1]).toEqual({ start: token.end - 1, text: '.', word: false });
      j += 2;
    }
    expect(token.end).toBe(token.start + token.text.length);
    const lower = token.text.toLowerCase();
    expect(token.lower).toBe(token.possessive ? lower.slice(0, -2) : lower.replace(/\.$/, ''));
    expect(token.capitalized).toBe(token.word && token.text[0] !== lower[0]);
  }
  expect(j).toBe(expected.length);
}

/** Pieces of news text: ASCII words and joiners, curly marks, spaces of several kinds, letters and marks of other scripts. */
const piece = fc.constantFrom(
  'a', 'Z', '9', 'Mr', 'U.S', 'J', 'don', 's', "'", '’', '-', '.', ',', '“', '”', '—', '(',
  ' ', '\n', '\t', '\u00a0', '\u2028', '\u3000',
  'é', 'ß', 'İ', 'ǅ', 'ª', '²', 'ɐ', 'Ω', 'кот', '日本', '\u0301', '𝐀', '😀',
);

describe('tokenize', () => {
  it('reads words and punctuation as the token pattern does, in any script', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
      expectAsThePatternReads(text, tokensOf(text));
    }), { numRuns: 3000 });
  });

  it('reads news text as the token pattern does', () => {
    const text = 'WASHINGTON — Sen. Mitch McConnell’s office said Mr. Biden’s U.S. plan “isn’t serious.”\n\n' +
      'J. R. R. Tolkien\u00a0wrote it in 1937; the e-mail (sent 3.5 hours later) said: “We’re ready.” São Paulo, Zürich.';
    const tokens = tokensOf(text);
    expectAsThePatternReads(text, tokens);
    expect(tokens.filter((t) => t.word).map((t) => t.text)).toEqual([
      'WASHINGTON', 'Sen.', 'Mitch', 'McConnell’s', 'office', 'said', 'Mr.', 'Biden’s', 'U.S.', 'plan', 'isn’t', 'serious',
      'J.', 'R.', 'R.', 'Tolkien', 'wrote', 'it', 'in', '1937', 'the', 'e-mail', 'sent', '3.5', 'hours', 'later', 'said', 'We’re',
      'ready', 'São', 'Paulo', 'Zürich',
    ]);
    const mcConnell = tokens.find((t) => t.text === 'McConnell’s')!;
    expect(mcConnell).toMatchObject({ lower: 'mcconnell', possessive: true, capitalized: true });
  });
});
