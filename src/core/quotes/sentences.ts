/**
 * Sentences, found by Intl.Segmenter on each block with the quotations' inner sentence ends hidden,
 * so that a quotation of several sentences stays inside the sentence that carries it
 * (“Putin is ready. Everyone is ready,” he said.) and a quotation that ends a sentence still ends it.
 */
import type { Block, Span } from './blocks';
import type { Token } from './tokens';

/** Sentence-ending punctuation inside a quotation, hidden before segmenting. */
const SENTENCE_END = /[.?!…]/g;

let segmenter: Intl.Segmenter | null = null;

/** Numbers the tokens' sentences over the whole text. */
export function assignSentences(text: string, blocks: readonly Block[], tokens: Token[], quoted: readonly Span[]): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let sentence = 0;
  let t = 0;
  let q = 0;
  for (const block of blocks) {
    let masked = text.slice(block.start, block.end);
    while (q < quoted.length && quoted[q]!.end <= block.start) q++;
    for (let k = q; k < quoted.length && quoted[k]!.start < block.end; k++) {
      const span = quoted[k]!;
      const from = Math.max(span.start, block.start) - block.start, to = Math.min(span.end, block.end) - block.start;
      // The quotation's own last mark may end the sentence; its inner ones may not.
      const inner = masked.slice(from, to - 1).replace(SENTENCE_END, ',');
      masked = masked.slice(0, from) + inner + masked.slice(to - 1);
    }
    const starts: number[] = [];
    for (const s of segmenter.segment(masked)) if (s.index > 0) starts.push(block.start + s.index);
    let next = 0;
    let previous: Token | null = null;
    for (; t < tokens.length && tokens[t]!.block === block.index; t++) {
      const token = tokens[t]!;
      while (next < starts.length && starts[next]! <= token.start) {
        next++;
        if (previous && !continuesSentence(previous, token)) sentence++;
      }
      token.sentence = sentence;
      previous = token;
    }
    sentence++;
  }
}

/**
 * Segmenter breaks that are not sentence ends: after an abbreviation that keeps its full stop
 * (Mr., U.S., J.), or before a lower-case word (“Why?” he asked).
 */
function continuesSentence(previous: Token, next: Token): boolean {
  if (previous.word && previous.text.endsWith('.')) return true;
  return next.word && /^\p{Ll}/u.test(next.text);
}
