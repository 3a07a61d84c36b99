/**
 * Sentences, found by Intl.Segmenter on each block with the quotations' inner sentence ends hidden,
 * so that a quotation of several sentences stays inside the sentence that carries it
 * (“Putin is ready. Everyone is ready,” he said.) and a quotation that ends a sentence still ends it.
 */
import type { Block, Span } from './blocks';
import type { Token } from './tokens';

/** Sentence-ending punctuation inside a quotation, hidden before segmenting. */
const SENTENCE_END = /[.?!…]/g;

/**
 * What a sentence can end at, by Unicode's sentence-break rules: a sentence terminator or a full
 * stop of any script, or a line or paragraph separator. Where a block has none before its last
 * character, the segmenter has no break to find, and is not asked: in Chromium each block it is
 * given costs some 20 µs before it reads a character.
 */
const MAY_END_SENTENCE = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/u;

let segmenter: Intl.Segmenter | null = null;

/** Numbers the tokens' sentences over the whole text. */
export function assignSentences(text: string, blocks: readonly Block[], tokens: Token[], quoted: readonly Span[]): void {
  let sentence = 0;
  let t = 0;
  let q = 0;
  for (const block of blocks) {
    while (q < quoted.length && quoted[q]!.end <= block.start) q++;
    const breaks = breaksInside(maskedBlock(text, block, quoted, q));
    let nextBreak = breaks.next();
    let previous: Token | null = null;
    for (; t < tokens.length && tokens[t]!.block === block.index; t++) {
      const token = tokens[t]!;
      while (!nextBreak.done && block.start + nextBreak.value.index <= token.start) {
        nextBreak = breaks.next();
        if (previous && !continuesSentence(previous, token)) sentence++;
      }
      token.sentence = sentence;
      previous = token;
    }
    sentence++;
  }
}

/** The segmenter's breaks inside a block's (masked) text, in order. */
function breaksInside(masked: string): Iterator<Intl.SegmentData> {
  const end = masked.search(MAY_END_SENTENCE);
  if (end < 0 || end === masked.length - 1) return NO_BREAKS[Symbol.iterator]();
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const breaks = segmenter.segment(masked)[Symbol.iterator]();
  // The segment starting the block is no break.
  breaks.next();
  return breaks;
}

const NO_BREAKS: readonly Intl.SegmentData[] = [];

/**
 * The block's text with the sentence ends inside its quotations hidden, but for each quotation's
 * last character. `quoted` from `first` on is in text order, save that a quotation may hold another.
 */
function maskedBlock(text: string, block: Block, quoted: readonly Span[], first: number): string {
  let masked = '';
  let copied = block.start;
  for (let k = first; k < quoted.length && quoted[k]!.start < block.end; k++) {
    const span = quoted[k]!;
    // The quotation's own last mark may end the sentence; its inner ones may not.
    const from = Math.max(span.start, copied), to = Math.min(span.end, block.end) - 1;
    if (to <= from) continue;
    masked += text.slice(copied, from) + text.slice(from, to).replace(SENTENCE_END, ',');
    copied = to;
  }
  return masked + text.slice(copied, block.end);
}

/** A lower-case letter starting a word. */
const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * Segmenter breaks that are not sentence ends: after an abbreviation that keeps its full stop
 * (Mr., U.S., J.), or before a lower-case word (“Why?” he asked).
 */
function continuesSentence(previous: Token, next: Token): boolean {
  if (previous.word && previous.text.endsWith('.')) return true;
  return next.word && LOWER_CASE_START.test(next.text);
}
