/**
 * The kind of a quotation. `full`: a whole statement set off from the sentence around it (it opens
 * the sentence or follows a comma, colon or cue, and starts with a capital). `fragment`: a title,
 * scare quotes or a few words ("immediately", "realities on the ground"). `partial`: a longer quoted
 * part worked into a paraphrase ("… adding that “from what I hear, Putin would like to see me.”").
 */
import { cueAt } from './cues';
import type { Token } from './tokens';
import type { QuoteKind } from '../types';

/** Up to this many words, a quotation worked into a sentence is a fragment. */
const FRAGMENT_WORDS = 4;
/** Punctuation after which a quotation is set off rather than worked into the sentence. */
const SETTING_OFF = new Set([',', ':', '—', '–', '-', '(', ';']);

export interface KindInput {
  tokens: readonly Token[];
  /** Index of the opening mark's token; for a lost opening mark, of the first quoted token. */
  open: number;
  openingLost: boolean;
  text: string;
  attributed: boolean;
}

export function classifyKind({ tokens, open, openingLost, text, attributed }: KindInput): QuoteKind {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const before = tokens[open - 1];
  const setOff = openingLost || !before || before.sentence !== tokens[open]!.sentence || SETTING_OFF.has(before.text) || !!cueAt(tokens, open - 1);
  const statementStart = openingLost || /^[\s.…'"‘“]*[\p{Lu}\p{N}]/u.test(text);
  if (setOff && statementStart && (words.length >= 3 || attributed) && !(looksLikeTitle(words) && !attributed)) return 'full';
  if (words.length <= FRAGMENT_WORDS || looksLikeTitle(words)) return 'fragment';
  return 'partial';
}

/** Title case without sentence punctuation: the name of a book, a show, a slogan. */
function looksLikeTitle(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length > 3);
  return words.length >= 2 && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}
