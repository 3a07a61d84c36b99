/**
 * Quotation marks as data: which mark opens a quotation and which marks may close it, and how a
 * mark must sit between its neighbours to open or close. The same character plays different parts
 * in different languages (“ opens in English and closes in German), so a mark is judged by the
 * quotation it would close first, then by its neighbours.
 */

/** How strictly a mark's neighbours decide whether it opens or closes. */
export type MarkStyle =
  /** Curly marks: their shape says open or close; the closing shape doubles as an apostrophe for singles. */
  | 'curly'
  /** Typewriter marks: the same character opens and closes, so only the neighbours tell. */
  | 'straight'
  /** Guillemets and corner brackets: never apostrophes, may have spaces inside (« Oui »). */
  | 'bracket';

export interface MarkPair {
  open: string;
  close: string;
  style: MarkStyle;
  /** Single marks are apostrophes too often to trust until their closing mark is found. */
  single: boolean;
  /** Pairs like a quotation mark, so that marks inside it nest, but its quotations are not reported. */
  unreported?: boolean;
}

const pair = (open: string, close: string, style: MarkStyle, single = false, unreported = false): MarkPair => ({ open, close, style, single, unreported });

/** Every opening mark with the closing marks it pairs with, the commoner pairing first. */
const QUOTATION_MARK_PAIRS: readonly MarkPair[] = [
  // English and most languages that use curly marks.
  pair('“', '”', 'curly'),
  pair('‘', '’', 'curly', true),
  // Typewriter marks, the commonest in text that went through plain-text tools.
  pair('"', '"', 'straight'),
  // Two apostrophes stand for a double mark in plain-text news archives (''Yes,'' he said), never on
  // web pages: they pair, so that the single marks inside them nest, but are not reported.
  pair("''", "''", 'straight', false, true),
  pair("'", "'", 'straight', true),
  // German, Czech, Slovak, Icelandic (low, then high reversed) and Polish, Hungarian, Romanian, Dutch (low, then high).
  pair('„', '“', 'curly'),
  pair('„', '”', 'curly'),
  pair('‚', '‘', 'curly', true),
  pair('‚', '’', 'curly', true),
  // Swedish and Finnish: the same right mark on both sides.
  pair('”', '”', 'curly'),
  // French, Russian, Spanish, Italian, ...; German and Danish point them inwards.
  pair('«', '»', 'bracket'),
  pair('‹', '›', 'bracket', true),
  pair('»', '«', 'bracket'),
  // Chinese and Japanese corner brackets, single and double.
  pair('「', '」', 'bracket'),
  pair('『', '』', 'bracket'),
];

/** Every character that is some kind of quotation mark. */
const MARK_CHARACTERS = new Set(QUOTATION_MARK_PAIRS.flatMap((p) => [...p.open, ...p.close]));

/** Finds the next character that may be a quotation mark. */
export const MARK_CANDIDATE = new RegExp(`[${[...MARK_CHARACTERS].join('')}]`, 'g');

/** The quotation mark (one or two characters) that starts at `i`, if any. */
export function markAt(text: string, i: number): string | null {
  const c = text[i]!;
  if (!MARK_CHARACTERS.has(c)) return null;
  const two = text.slice(i, i + 2);
  return PAIRS_OPENED_BY.has(two) ? two : c;
}

/**
 * Double marks that careless text mixes up (“…," or "…” or “…“): where one of them sits as a closing
 * mark (after a word, before a space or punctuation), it closes a quotation any of them opened.
 */
export const INTERCHANGEABLE_DOUBLE_MARKS = new Set(['“', '”', '"', '„']);

/** Pairs a character can open, and the pairs a character can close. */
export const PAIRS_OPENED_BY = groupBy((p) => p.open);
export const PAIRS_CLOSED_BY = groupBy((p) => p.close);

function groupBy(key: (p: MarkPair) => string): ReadonlyMap<string, readonly MarkPair[]> {
  const map = new Map<string, MarkPair[]>();
  for (const p of QUOTATION_MARK_PAIRS) map.set(key(p), [...(map.get(key(p)) ?? []), p]);
  return map;
}

/** Characters after which an opening mark may follow directly: opening brackets, dashes, slashes. */
const BEFORE_OPENING = /[([{\-–—/:]/;

/**
 * Markup left in the text (<a href="…">, <tweet tweet-date="…">): a mark right after "=" or right
 * before ">" delimits an attribute value, never a quotation.
 */
const ATTRIBUTE_BEFORE = '=';
const ATTRIBUTE_AFTER = '>';

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whether the mark `mark` at `i` sits where a quotation can begin. */
export function canOpenAt(text: string, i: number, mark: string, style: MarkStyle, single: boolean): boolean {
  const before = text[i - 1], after = text[i + mark.length];
  if (before === ATTRIBUTE_BEFORE || after === ATTRIBUTE_AFTER) return false;
  if (style === 'bracket') return after !== undefined;
  // A free-standing curly opening mark may have a space after it: reported, “ … if the primary were held
  if (isSpace(after)) return style === 'curly' && !single && after !== undefined && isSpace(before);
  // A curly opening mark shows its part by its shape; only a letter right before it (a typo or an elision) casts doubt.
  if (style === 'curly' && !single) return true;
  return isSpace(before) || BEFORE_OPENING.test(before!) || MARK_CHARACTERS.has(before!);
}

/** Whether the mark `mark` at `i` sits where a quotation can end. */
export function canCloseAt(text: string, i: number, mark: string, style: MarkStyle, single: boolean): boolean {
  const before = text[i - 1], after = text[i + mark.length];
  if (before === undefined) return false;
  if (style === 'bracket') return true;
  // A space may part a closing double mark from a closing single one: 'Well done,' "
  // A free-standing curly double mark may close too, the mirror of an opening one: advice, ” he said.
  if (isSpace(before)) return !single && (style === 'curly' || text[i - 2] === "'" || text[i - 2] === '’') && !isWordChar(after);
  if (style === 'curly' && !single) return true;
  // A straight or single mark with a letter right after it is an apostrophe (don't, Trump’s) or a typo.
  return !isWordChar(after);
}
