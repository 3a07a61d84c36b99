import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/core/quotes/blocks';
import { findQuotations } from '../../../src/core/quotes/quotations';
import { assignSentences } from '../../../src/core/quotes/sentences';
import { tokenize } from '../../../src/core/quotes/tokens';

/** The text's words, grouped by the sentence each is given. */
function sentencesOf(text: string): string[] {
  const blocks = splitBlocks(text);
  const quoted = findQuotations(text, blocks).flatMap((q) => q.parts);
  const tokens = tokenize(text, blocks, quoted);
  assignSentences(text, blocks, tokens, quoted);
  const sentences: string[][] = [];
  for (const t of tokens) if (t.word) (sentences[t.sentence] ??= []).push(t.text);
  return sentences.filter(Boolean).map((words) => words.join(' '));
}

describe('assignSentences', () => {
  it('ends a sentence at its full stop, question or exclamation mark, and at each block', () => {
    expect(sentencesOf('The council met. Did it agree? It did!\n\nA new paragraph')).toEqual([
      'The council met', 'Did it agree', 'It did', 'A new paragraph',
    ]);
  });

  it('keeps a quotation of several sentences in the sentence that carries it', () => {
    expect(sentencesOf('“Putin is ready. Everyone is ready,” he said. Talks begin today.')).toEqual([
      'Putin is ready Everyone is ready he said', 'Talks begin today',
    ]);
  });

  it('does not end a sentence after an abbreviation or before a lower-case word', () => {
    expect(sentencesOf('Mr. Smith spoke. “Why?” he asked.')).toEqual(['Mr. Smith spoke', 'Why he asked']);
  });

  it('gives a block with no sentence end inside it one sentence', () => {
    expect(sentencesOf('Storm closes northern roads\nThe roads reopen on Monday.')).toEqual(['Storm closes northern roads', 'The roads reopen on Monday']);
  });

  it.each([
    ['Chinese', '会议结束了。 Talks begin today.'],
    ['Arabic', 'انتهى الاجتماع؟ Talks begin today.'],
    ['Devanagari', 'बैठक समाप्त हुई। Talks begin today.'],
  ])('ends a sentence at the sentence end of another script (%s)', (_, text) => {
    expect(sentencesOf(text)).toHaveLength(2);
  });
});
