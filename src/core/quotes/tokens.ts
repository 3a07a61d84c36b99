/**
 * The text as tokens (words and single punctuation characters) with their offsets, each knowing its
 * block, its sentence and whether it lies inside a quotation: attributions are read on tokens, and
 * words inside quotations never count as the speaker.
 */
import type { Block } from './blocks';
import { letterPattern } from '../letters';

export interface Token {
  text: string;
  /** Lower-cased text, without a possessive ending or a final full stop. */
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Ends with a possessive ’s (Trump’s). */
  possessive: boolean;
  block: number;
  /** Index of the sentence, counted over the whole text. */
  sentence: number;
  /** Inside a quotation's marks (the marks themselves are not). */
  quoted: boolean;
}

/**
 * Abbreviations that keep their full stop: titles before names, and shortened words that a
 * sentence seldom ends with. Single capital letters (initials) keep theirs too.
 */
const ABBREVIATIONS = new Set([
  // Titles and name suffixes.
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'rev',
  'st', 'jr', 'sr', 'atty', 'supt',
  // Months and other short forms that are not also common words.
  'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'vs', 'dept', 'univ', 'approx', 'mt',
  // US states in the AP style, leaving out those that are also words (Ill., Miss., Wash., ...).
  'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'kan', 'ky', 'md', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla', 'tenn',
  'tex', 'vt', 'wis', 'wyo',
]);

/**
 * A token: a word (letters and digits, joined by apostrophes, hyphens or inner full stops: don't,
 * U.S, e.g) or any other single character that is not white space. Spelled with Latin code ranges
 * for Latin text (letters.ts), where V8 runs it about a third faster than with \p{L}.
 */
const TOKEN = letterPattern(String.raw`([\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*)|\S`, 'g');
/** Words whose ’s is a short form of "is" or "has", not a possessive. */
const CONTRACTED = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'here', 'let', 'where', 'how', 'everyone']);

/** A possessive ’s at the end of a word or name, as written (Trump’s, PEOPLE'S). */
export const POSSESSIVE_ENDING = /['’][sS]$/;
/** The articles, which may open a description or an owner ("the president’s"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Tokens of the whole text; `quotedSpans` are the quotations' contents, in text order. */
export function tokenize(text: string, blocks: readonly Block[], quotedSpans: readonly { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  const pattern = TOKEN(text);
  let span = 0;
  for (const block of blocks) {
    pattern.lastIndex = block.start;
    for (let m = pattern.exec(text); m && m.index < block.end; m = pattern.exec(text)) {
      const start = m.index;
      let t = m[0];
      const word = m[1] !== undefined;
      if (word && text[start + t.length] === '.' && keepsFullStop(t)) {
        t += '.';
        pattern.lastIndex++;
      }
      const end = start + t.length;
      const lower = t.toLowerCase();
      const possessive = word && t.length > 2 && (lower.endsWith("'s") || lower.endsWith('’s')) && !CONTRACTED.has(lower.slice(0, -2));
      while (span < quotedSpans.length && quotedSpans[span]!.end <= start) span++;
      const q = quotedSpans[span];
      tokens.push({
        text: t,
        lower: possessive ? lower.slice(0, -2) : lower.endsWith('.') ? lower.slice(0, -1) : lower,
        start,
        end,
        word,
        capitalized: word && t[0] !== lower[0],
        possessive,
        block: block.index,
        sentence: 0,
        quoted: !!q && q.start <= start && end <= q.end,
      });
    }
  }
  return tokens;
}

/** A single capital letter: an initial. */
const SINGLE_CAPITAL = /^\p{Lu}$/u;

function keepsFullStop(word: string): boolean {
  return SINGLE_CAPITAL.test(word) || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase());
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
