import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/index';

// The article paragraphs of ../shared/seed/news-page-as-scraped.txt, as the pipeline hands them over.
const text = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');
const quotes = findQuotes(text);
const byScore = [...quotes].sort((a, b) => b.score - a.score);
const find = (start: string) => {
  const q = quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quotation starting "${start}"`);
  return q;
};

describe('the seed article', () => {
  it('ranks the three statements first, with their speakers', () => {
    expect(byScore.slice(0, 3).map((q) => [q.text.slice(0, 40), q.speaker?.name])).toEqual([
      ['Putin is ready, we are waiting for signa', 'Dmitry Peskov'],
      ['Every day we don’t meet, soldiers are be', 'Donald Trump'],
      ['from what I hear, Putin would like to se', 'Donald Trump'],
    ]);
  });

  it('takes the quotation whose opening mark was lost from the start of its paragraph', () => {
    const q = find('Putin is ready');
    expect(q.text).toBe('Putin is ready, we are waiting for signals. Everyone is ready. It is difficult to read the tea leaves. If something happens, we will let you know,');
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.kind).toBe('full');
    expect(q.paragraph).toBe(2);
  });

  it('rests the pronoun attribution on "he" and names Dmitry Peskov', () => {
    const q = find('Putin is ready');
    expect(q.speaker).not.toBeNull();
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe('he');
    expect(text.slice(q.speaker!.end, q.speaker!.end + 14)).toBe(' told reporter');
  });

  it('ties "the US president" to Donald Trump, at the offsets of the description', () => {
    const q = find('Every day');
    expect(q.speaker?.name).toBe('Donald Trump');
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe('the US president');
  });

  it('keeps "immediately" and "realities on the ground" as fragments ranked below the statements', () => {
    const third = byScore[2]!.score;
    for (const start of ['immediately', 'realities on the ground']) {
      const q = find(start);
      expect(q.kind).toBe('fragment');
      expect(q.score).toBeLessThan(third);
    }
  });

  it('gives the quoted parts of paraphrases to the subjects that speak, people and places', () => {
    expect(find('is, of course, not satisfied')).toMatchObject({ kind: 'partial', speaker: { name: 'Sergey Lavrov' } });
    expect(find('reliable, legally binding')).toMatchObject({ kind: 'partial', speaker: { name: 'Moscow' } });
  });

  it('lists the quotations in text order, each with its text at its offsets', () => {
    expect(quotes.map((q) => q.start)).toEqual([...quotes.map((q) => q.start)].sort((a, b) => a - b));
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
