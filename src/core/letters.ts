/**
 * Letters and digits in patterns that stay cheap on a fresh page. V8 spends about half a millisecond
 * building a pattern with \p{L} (from the Unicode tables, when the pattern is created, and again
 * when it is first run), and the content script's patterns are built anew on every page it reads.
 * Most news text is in Latin script, where the same classes are a few code ranges; the Unicode
 * spelling of a pattern is built only for text that needs it.
 */

/** \p{L} within U+0000–U+024F (Basic Latin to Latin Extended-B). */
const LATIN_LETTERS = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
/** \p{N} within U+0000–U+024F. */
const LATIN_DIGITS = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';
/** Beyond Latin script and general punctuation (U+2000–U+206F, which holds no letter or digit). */
const BEYOND_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;

/**
 * A pattern whose letters and digits are written `\p{L}` and `\p{N}` (inside character classes),
 * for the text it is to run on: with code ranges for Latin text, where both spellings match alike,
 * else as written, with the `u` flag. Patterns given here must not depend on the `u` flag otherwise.
 */
export function letterPattern(source: string, flags = ''): (text: string) => RegExp {
  const latin = new RegExp(source.replaceAll('\\p{L}', LATIN_LETTERS).replaceAll('\\p{N}', LATIN_DIGITS), flags);
  const unicode = lazyPattern(source, `${flags}u`);
  return (text) => (BEYOND_LATIN.test(text) ? unicode() : latin);
}

/** A pattern built the first time it is needed: for costly patterns that most pages never run. */
export function lazyPattern(source: string, flags = ''): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}

/** Runs of what is neither letter nor digit: spaces, punctuation, symbols. */
export const NOT_LETTER_OR_DIGIT = letterPattern(String.raw`[^\p{L}\p{N}]+`, 'g');

/** Whether a character has case: a letter that upper and lower case tell apart. */
export const isCased = (char: string) => char.toLowerCase() !== char.toUpperCase();
/** A lower-case letter: one that changes in upper case. */
export const isLowerCase = (char: string) => char !== char.toUpperCase();
