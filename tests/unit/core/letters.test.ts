import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCased, isLowerCase, lazyPattern, letterPattern } from '../../../src/core/letters';

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’\-]*`;
const unicodeWord = new RegExp(WORD, 'gu');

/** Text of any character of Basic Latin to Latin Extended-B and general punctuation: where the Latin spelling is used. */
const latinText = fc.string({
  unit: fc.oneof(fc.integer({ min: 0, max: 0x24f }), fc.integer({ min: 0x2000, max: 0x206f })).map((code) => String.fromCharCode(code)),
  maxLength: 200,
});

describe('letterPattern', () => {
  it('spells \\p{L} and \\p{N} as the code ranges they have up to U+024F, character by character', () => {
    const single = letterPattern(String.raw`^[\p{L}\p{N}]$`);
    const letter = letterPattern(String.raw`^[\p{L}]$`);
    for (let code = 0; code <= 0x24f; code++) {
      const char = String.fromCharCode(code);
      expect(single(char).test(char), `U+${code.toString(16)}`).toBe(/^[\p{L}\p{N}]$/u.test(char));
      expect(letter(char).test(char), `U+${code.toString(16)}`).toBe(/^\p{L}$/u.test(char));
    }
  });

  it('matches Latin text exactly as the Unicode spelling does', () => {
    const words = letterPattern(WORD, 'g');
    fc.assert(fc.property(latinText, (text) => {
      expect(words(text).unicode).toBe(false);
      expect(text.match(words(text))).toEqual(text.match(unicodeWord));
    }));
  });

  it('uses the Unicode spelling for any other text, and builds it once', () => {
    const words = letterPattern(WORD, 'g');
    for (const text of ['Москва заявила, что…', 'قال الوزير إن', 'Ἀθῆναι 𝐀lpha', '東京都の知事']) {
      expect(words(text).unicode).toBe(true);
      expect(text.match(words(text))).toEqual(text.match(unicodeWord));
    }
    expect(words('Москва')).toBe(words('Київ'));
  });
});

describe('lazyPattern', () => {
  it('builds its pattern on first use, once', () => {
    const pattern = lazyPattern(String.raw`^\p{Lu}\p{Ll}+$`, 'u');
    expect(pattern().test('Émile')).toBe(true);
    expect(pattern().test('émile')).toBe(false);
    expect(pattern()).toBe(pattern());
  });
});

describe('letter case', () => {
  it('tells cased letters and their case in any script', () => {
    expect(['A', 'é', 'Ж', 'ω', 'ß'].every(isCased)).toBe(true);
    expect(['1', '-', '東', 'ا', ' '].some(isCased)).toBe(false);
    expect(['a', 'é', 'ж', 'ß'].every(isLowerCase)).toBe(true);
    expect(['A', 'É', 'Ж', '1'].some(isLowerCase)).toBe(false);
  });
});
