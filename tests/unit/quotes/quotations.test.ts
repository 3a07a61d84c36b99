import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/index';

const texts = (text: string) => findQuotes(text).map((q) => q.text);

describe('quotation marks', () => {
  it('pairs curly and straight double marks', () => {
    expect(texts('The mayor said: “We will rebuild the bridge.” Then she left.')).toEqual(['We will rebuild the bridge.']);
    expect(texts('The mayor said: "We will rebuild the bridge." Then she left.')).toEqual(['We will rebuild the bridge.']);
  });

  it('pairs the marks of other languages', () => {
    expect(texts('Le maire a déclaré : « Nous reconstruirons le pont. »')).toEqual(['Nous reconstruirons le pont.']);
    expect(texts('Der Bürgermeister sagte: „Wir bauen die Brücke wieder auf.“')).toEqual(['Wir bauen die Brücke wieder auf.']);
    expect(texts('Er nannte es ‚eine Frage der Zeit‘ und ging.')).toEqual(['eine Frage der Zeit']);
    expect(texts('市長は「橋を再建する」と述べた。')).toEqual(['橋を再建する']);
    expect(texts('彼は『再建計画』を発表した。')).toEqual(['再建計画']);
  });

  it('takes single marks as a quotation only where they cannot be apostrophes', () => {
    expect(texts("Critics called the plan 'a costly mistake' on Monday.")).toEqual(['a costly mistake']);
    expect(texts("The mayor's plan isn't ready, and the workers' union won't wait.")).toEqual([]);
    expect(texts('Back in the ’90s the mayor’s office was ‘open to all,’ he recalled.')).toEqual(['open to all,']);
  });

  it('keeps a quotation inside a quotation as part of the outer one', () => {
    expect(texts('“She told me ‘never again’ and meant it,” he said.')).toEqual(['She told me ‘never again’ and meant it,']);
    expect(texts('"He said \'no\' twice," she recalled.')).toEqual(["He said 'no' twice,"]);
  });

  it('closes a quotation opened with a curly mark and closed with a straight one', () => {
    expect(texts('“We are going to win so much," Trump said at his victory party.')).toEqual(['We are going to win so much,']);
  });

  it('keeps a quotation of several sentences whole', () => {
    expect(texts('“We are ready. Everyone is ready. Are you?” she asked.')).toEqual(['We are ready. Everyone is ready. Are you?']);
  });

  it('follows a quotation over paragraphs that each open with a mark', () => {
    const text = '“The first part goes on\n\n“and the second part ends it,” the mayor said.';
    const [q] = findQuotes(text);
    expect(q!.text).toBe('The first part goes on\n\nand the second part ends it,');
    expect(text.slice(q!.start, q!.end)).toBe('The first part goes on\n\n“and the second part ends it,');
    expect(q!.paragraph).toBe(0);
  });

  it('takes a lost opening mark to be at the start of the paragraph when an attribution follows the closing one', () => {
    const text = 'The talks stalled.\n\nWe are waiting for signals. We will let you know,” the spokesman told reporters.';
    expect(texts(text)).toEqual(['We are waiting for signals. We will let you know,']);
  });

  it('ignores a closing mark without an opening one when no attribution follows it', () => {
    expect(texts('The screen was 12” wide and the room was dark.')).toEqual([]);
    expect(texts('<tweet id="745258149771304962"> was posted.')).toEqual([]);
  });

  it('treats two apostrophes as a typewriter double mark, pairing but not reporting it', () => {
    expect(texts("''I told them, 'Stay home,' and they did,'' Mr. Smith said.")).toEqual([]);
  });

  it('leaves out quotations in Title Case headings', () => {
    expect(texts('Gillibrand On The Transcripts: ‘I Think She Will.’\n\nThe senator said “she will release them soon” on Friday.'))
      .toEqual(['she will release them soon']);
  });

  it('leaves out pull quotes: a whole paragraph in single marks', () => {
    expect(texts("The vote came late.\n\n'A fight from start to finish.'\n\nShe said \"it was close all night long\" afterwards.")).toEqual(['it was close all night long']);
  });

  it('reports the quotations inside a stray opening mark that never closes', () => {
    expect(texts('"Trump walked onto the stage, chanting “U-S-A! U-S-A!”\n\nThe crowd cheered.')).toEqual(['U-S-A! U-S-A!']);
  });

  it('takes no mark that delimits an attribute of markup left in the text as a quotation', () => {
    const text = '<tweet tweet-author="@senator" tweet-date="January 19, 2016\n">I love this state and its people very much.<tweet/>.';
    expect(texts(text)).toEqual([]);
    expect(texts('See <a href=”https://example.com/a-long-story-about-the-rally”>the story</a> there.')).toEqual([]);
  });

  it('closes a quotation at a free-standing curly closing mark', () => {
    const text = '“I hold myself accountable. I regret having listened to that advice, ” he said. Later he left.\n\n“Another thing I said here,” he added.';
    expect(texts(text)).toEqual(['I hold myself accountable. I regret having listened to that advice,', 'Another thing I said here,']);
  });

  it('gives each quotation the index of its paragraph', () => {
    const quotes = findQuotes('First paragraph.\n\nSecond, with “a quoted phrase of words” inside.\n\nThird “with another one here” too.');
    expect(quotes.map((q) => q.paragraph)).toEqual([1, 2]);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '“', '”', '""', '“”', "'", '„“‚‘«»「」『』', '\n\n\n', '“a\n\n“b\n\n“c', 'x”', '”y” he said']) {
      expect(() => findQuotes(text)).not.toThrow();
    }
  });
});
