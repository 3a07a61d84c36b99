import { describe, expect, it } from 'vitest';
import { spoken } from './spoken';

describe('a description before the name after an inverted cue', () => {
  it('may end with a noun of a trade ("said Met Office meteorologist Hannah Ireton")', () => {
    expect(spoken('“Nights will be warm,” said Met Office meteorologist Hannah Ireton.'))
      .toEqual([['Nights will be warm,', 'Hannah Ireton', 'Hannah Ireton']]);
    expect(spoken('“The light was perfect,” said wildlife photographer Ann Lee.')).toEqual([['The light was perfect,', 'Ann Lee', 'Ann Lee']]);
  });

  it('is not a conjunction with such an ending ("asked whether Clinton “…”")', () => {
    const text = 'Hillary Clinton spoke on Monday.\n\nAsked whether Clinton “has the integrity to serve,” 75 percent of Democrats said yes.';
    expect(spoken(text)).toEqual([['has the integrity to serve,', null, null]]);
  });
});

describe('a description as the speaker', () => {
  it('keeps the article before an owner ("the bank’s chair said")', () => {
    expect(spoken('Rates were held. “The path will be bumpy,” the bank’s chair said.'))
      .toEqual([['The path will be bumpy,', 'the bank’s chair', 'the bank’s chair']]);
  });
});

describe('a description with an "of" phrase after its role noun', () => {
  it('takes in the phrase read forwards ("said the director of a rivers charity")', () => {
    expect(spoken('“A law is only as good as the people enforcing it,” said the director of a rivers charity.'))
      .toEqual([['A law is only as good as the people enforcing it,', 'the director of a rivers charity', 'the director of a rivers charity']]);
  });

  it('takes in an object without an article read backwards ("the company’s head of design wrote")', () => {
    expect(spoken('“Change is uncomfortable,” the company’s head of design wrote.'))
      .toEqual([['Change is uncomfortable,', 'the company’s head of design', 'the company’s head of design']]);
  });
});

describe('a description that stands for a named person', () => {
  it('fits a title that names the same office ("Ms Justice X" is "the judge")', () => {
    const text = 'Ms Justice Aoife Kearns said the regulator had a duty.\n\n“It offers little protection to anyone,” the judge said.';
    expect(spoken(text)).toEqual([['It offers little protection to anyone,', 'Aoife Kearns', 'the judge']]);
  });

  it('is the person the story is about for an age ("the 17-year-old says")', () => {
    const text = 'Every video Jamie Okafor makes ends the same way. The 17-year-old looks into the camera and says: “Please subscribe, it helps.”';
    expect(spoken(text)).toEqual([['Please subscribe, it helps.', 'Jamie Okafor', 'The 17-year-old']]);
    const mother = 'On Monday, Ivanka Trump spoke about the plan. Pressed on it, the 34-year-old mother of three replied, “It is meant to help.”';
    expect(spoken(mother)).toEqual([['It is meant to help.', 'Ivanka Trump', 'the 34-year-old mother of three']]);
  });
});

describe('a definite description that stands for no one named', () => {
  it('takes up the fuller description it refers to ("Nigeria’s culture minister" … "the minister said")', () => {
    const text = 'The bronzes were handed over at a ceremony attended by Nigeria’s culture minister.\n\n“Today they begin the journey home,” the minister said.';
    expect(spoken(text)).toEqual([['Today they begin the journey home,', 'Nigeria’s culture minister', 'the minister']]);
  });

  it('keeps its own words when nothing fuller came before, with its article in lower case', () => {
    expect(spoken('“We will appeal,” the minister said.')).toEqual([['We will appeal,', 'the minister', 'the minister']]);
    expect(spoken('A Republican committee aide was blunt. “It is bizarre,” the aide said.'))
      .toEqual([['It is bizarre,', 'a Republican committee aide', 'the aide']]);
  });
});

describe('a lone "one" after its cue', () => {
  it('speaks as one of the group in the plural named just before ("Analysts said … “…,” said one")', () => {
    expect(spoken('Analysts said the price reflected its ads.\n\n“Nobody sells a stock over a logo,” said one.'))
      .toEqual([['Nobody sells a stock over a logo,', 'one of the analysts', 'one']]);
    expect(spoken('Residents were angry. “We were never asked,” said another.'))
      .toEqual([['We were never asked,', 'another of the residents', 'another']]);
  });

  it('stays "one" with no group before it, or when the plural is something people have ("their heads")', () => {
    expect(spoken('The vote was close. “It could have gone either way,” said one.')).toEqual([['It could have gone either way,', 'one', 'one']]);
    expect(spoken('They raised signs above their heads. “We won,” said one.')).toEqual([['We won,', 'one', 'one']]);
  });
});
