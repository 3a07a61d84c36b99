import { describe, expect, it } from 'vitest';
import { spoken } from './spoken';

describe('a relative clause between the speaker and the cue', () => {
  it('leaves the speaker its subject, not the one of a cue inside the clause', () => {
    const text = 'The Brookfield Gazette said it would close comments. A retired teacher who said he had commented every day since 2015 called the decision “a real loss for the town.”';
    expect(spoken(text)).toEqual([['a real loss for the town.', 'a retired teacher', 'A retired teacher']]);
  });
});
