import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/index';

const kinds = (text: string) => findQuotes(text).map((q) => [q.text, q.kind]);

describe('the kind of a quotation', () => {
  it('is full for a statement set off from its sentence', () => {
    expect(kinds('“We will rebuild the bridge by spring,” the mayor said.')).toEqual([['We will rebuild the bridge by spring,', 'full']]);
    expect(kinds('The mayor said: “We will rebuild the bridge by spring.”')).toEqual([['We will rebuild the bridge by spring.', 'full']]);
    expect(kinds('The mayor said, “No.”')).toEqual([['No.', 'full']]);
  });

  it('is partial for a longer quoted part worked into a paraphrase', () => {
    expect(kinds('The mayor said the bridge would be “rebuilt by spring at the latest.”'))
      .toEqual([['rebuilt by spring at the latest.', 'partial']]);
    expect(kinds('She added that “from what I hear, the money is there.”')).toEqual([['from what I hear, the money is there.', 'partial']]);
  });

  it('is fragment for scare quotes, a few words worked in, and titles', () => {
    expect(kinds('He wants to meet “immediately.”')).toEqual([['immediately.', 'fragment']]);
    expect(kinds('They must accept the “realities on the ground.”')).toEqual([['realities on the ground.', 'fragment']]);
    expect(kinds('She starred in “The Lord of the Rings” for years.')).toEqual([['The Lord of the Rings', 'fragment']]);
  });
});
