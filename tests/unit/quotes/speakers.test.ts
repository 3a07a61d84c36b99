import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/index';
import { spoken } from './spoken';

describe('the speaker of a quotation', () => {
  it('is the subject before the cue after the quotation ("X said", "X told reporters", "X added")', () => {
    expect(spoken('“The budget is balanced,” Maria Lopez said.')).toEqual([['The budget is balanced,', 'Maria Lopez', 'Maria Lopez']]);
    expect(spoken('“We will appeal,” Tom Reyes told reporters on Monday.')).toEqual([['We will appeal,', 'Tom Reyes', 'Tom Reyes']]);
    expect(spoken('Anna Berg spoke first. “Nothing is settled yet,” Berg added.')).toEqual([['Nothing is settled yet,', 'Anna Berg', 'Berg']]);
  });

  it('is the name after an inverted cue ("said X")', () => {
    expect(spoken('“The vote was fair,” said Sen. Paul Grant, a Republican from Ohio.')).toEqual([['The vote was fair,', 'Paul Grant', 'Paul Grant']]);
  });

  it('is the subject of the cue before the quotation ("X said, “…”", "X said that “…”", "X: “…”")', () => {
    expect(spoken('Governor Ruth Kim said, “We are not done.”')).toEqual([['We are not done.', 'Ruth Kim', 'Ruth Kim']]);
    expect(spoken('Ruth Kim said that the plan “will not survive the winter.”')).toEqual([['will not survive the winter.', 'Ruth Kim', 'Ruth Kim']]);
    expect(spoken('Ruth Kim: “We are not done with this yet.”')).toEqual([['We are not done with this yet.', 'Ruth Kim', 'Ruth Kim']]);
  });

  it('is the name after a role with a hyphenated prefix ("said co-host X", "the ex-minister X")', () => {
    expect(spoken('A retired teller was their first guest.\n\n“We thought our parents would listen,” said co-host Ruth Abernathy. “Then people wrote to us.”'))
      .toEqual([['We thought our parents would listen, Then people wrote to us.', 'Ruth Abernathy', 'Ruth Abernathy']]);
    expect(spoken('“The deal is dead,” said ex-minister Paul Grant.')).toEqual([['The deal is dead,', 'Paul Grant', 'Paul Grant']]);
  });

  it('is the source after "according to"', () => {
    expect(spoken('According to the newspaper, “the council ignored every warning it was given.”')[0]?.slice(1))
      .toEqual(['the newspaper', 'the newspaper']);
    expect(spoken('“The council ignored every warning,” according to Mark Ellis.')[0]?.slice(1)).toEqual(['Mark Ellis', 'Mark Ellis']);
  });

  it('is the name an apposition describes ("Peskov, the Kremlin spokesman, said")', () => {
    const text = 'Dmitry Peskov spoke on Friday. “There is no date yet,” Peskov, the Kremlin spokesman, told reporters.';
    expect(spoken(text)).toEqual([['There is no date yet,', 'Dmitry Peskov', 'Peskov']]);
    expect(spoken('Clara Diaz, 35, the daughter of former Mayor John Diaz and Senator Eva Diaz, said, “We are thrilled.”'))
      .toEqual([['We are thrilled.', 'Clara Diaz', 'Clara Diaz']]);
  });

  it('is the last fitting person a pronoun points back to, at the offsets of the pronoun', () => {
    const text = 'Asked about the talks, Lena Park would not say more.\n\n“We will see what happens,” she said.';
    expect(spoken(text)).toEqual([['We will see what happens,', 'Lena Park', 'she']]);
    // The subject of the sentence before, not the person it names as an object.
    expect(spoken('Tom Reyes attacked Ann Berg on Friday. “She has no plan,” he said.')[0]?.slice(1)).toEqual(['Tom Reyes', 'he']);
  });

  it('is a description that ends before an article or determiner opening another noun phrase', () => {
    const text = '“We will win this state in November,” said the aide these donors hired.';
    expect(spoken(text)).toEqual([['We will win this state in November,', 'the aide', 'the aide']]);
  });

  it('is the person the article tied a role to ("the Kremlin spokesman said")', () => {
    const text = 'Kremlin spokesman Dmitry Peskov met the press. Later, Putin spoke. “We are ready to talk,” the Kremlin spokesman said.';
    expect(spoken(text)).toEqual([['We are ready to talk,', 'Dmitry Peskov', 'the Kremlin spokesman']]);
  });

  it('can be an organisation or a place', () => {
    expect(spoken('“The talks will go on,” the Kremlin said.')[0]?.slice(1)).toEqual(['Kremlin', 'Kremlin']);
    expect(spoken('Moscow has stated that any deal must include “reliable, binding agreements.”')[0]?.slice(1)).toEqual(['Moscow', 'Moscow']);
  });

  it('makes a quotation interrupted by its attribution one quotation with one speaker', () => {
    const text = '“We are ready,” Ann Berg said. “Everyone is ready.”';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'We are ready, Everyone is ready.', kind: 'full', speaker: { name: 'Ann Berg' } });
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe('We are ready,” Ann Berg said. “Everyone is ready.');
  });

  it('does not join quotations that stand inside a sentence of the writer', () => {
    const titles = 'The senator likes “The Walking Dead,” while the governor loves “Lilyhammer.” “The Walking Dead” is a drama.';
    expect(findQuotes(titles).map((q) => q.text)).toEqual(['The Walking Dead,', 'Lilyhammer.', 'The Walking Dead']);
    const memoir = 'But Fiorina tossed "cold water on the idea immediately," she wrote in her memoir, "Tough Choices." She left.';
    expect(findQuotes(memoir).map((q) => q.text)).toEqual(['cold water on the idea immediately,', 'Tough Choices.']);
  });

  it('carries over to the next quotation in a run', () => {
    const text = '“The first thing is money,” said Ann Berg, the treasurer.\n\n“The second thing is time. There is never enough of it.”';
    expect(spoken(text).map((q) => q[1])).toEqual(['Ann Berg', 'Ann Berg']);
  });

  it('does not carry over past a sentence that is not the attribution', () => {
    const text = '“The first thing is money,” said Ann Berg.\n\nThe meeting then turned to other business.\n\n“Nobody expected the vote to go this way at all.”';
    expect(spoken(text).map((q) => q[1])).toEqual(['Ann Berg', null]);
  });

  it('is the name signed after a dash, on the same line or the next paragraph', () => {
    expect(spoken('“Nobody listens to us anymore.” ― Sonya Herridge\n“We are tired of waiting.” — Carla Sanchez, Phoenix')
      .map((q) => q[1])).toEqual(['Sonya Herridge', 'Carla Sanchez']);
    expect(spoken('“Great speech. She is ready.”\n\n- President Barack Obama, tweeting after the speech.')[0]?.[1]).toBe('Barack Obama');
  });

  it('is shared by two quotations joined by "and" before one attribution', () => {
    expect(spoken('The plan is “ripe for abuse” and “lacks all seriousness,” the association said.').map((q) => q[1]))
      .toEqual(['the association', 'the association']);
  });

  it('is the subject of a cue later in the sentence, past other quoted phrases', () => {
    const text = 'From the “coarse, vulgar and nasty effusion” in Iowa to a federal “deportation force,” George Will described the candidate as a threat.';
    expect(spoken(text).map((q) => q[1])).toEqual(['George Will', 'George Will']);
  });

  it('is the subject of the main clause before a colon, past an opening subordinate clause', () => {
    const text = 'When Ed Wallace died in 1998, Bill Clinton released the following statement:\n\n“Hillary and I offer our condolences to his family.”';
    expect(spoken(text)).toEqual([['Hillary and I offer our condolences to his family.', 'Bill Clinton', 'Bill Clinton']]);
  });

  it('is the speaker of the sentence before a quotation that opens its paragraph', () => {
    const text = 'Ash Carter said that for decades critics had predicted a withdrawal from the region.\n\n“That is because this region remains the most consequential for our security.”';
    expect(spoken(text)[0]?.[1]).toBe('Ash Carter');
  });

  it('is given by the fullest name the article uses, unless two people share the short one', () => {
    expect(spoken('Hillary Clinton spoke first. “We will win,” Clinton said.')[0]?.[1]).toBe('Hillary Clinton');
    const shared = 'Bill Clinton and Hillary Clinton arrived together. “We will win,” Clinton said.';
    expect(spoken(shared)[0]?.[1]).toBe('Clinton');
  });
});

describe('no speaker', () => {
  it('for a quotation without an attribution', () => {
    expect(spoken('The sign on the door read nothing. The slogan “a chicken in every pot” came later.').map((q) => q[1])).toEqual([null]);
  });

  it('for a pronoun that points to no one', () => {
    expect(spoken('“We will see what happens next,” he said.')).toEqual([['We will see what happens next,', null, null]]);
    expect(spoken('“We will see what happens next,” they said.')).toEqual([['We will see what happens next,', null, null]]);
  });

  it('for a pronoun whose gender fits no one before it', () => {
    expect(spoken('Mr. Tom Reyes left early. “We will see what happens,” she said.')).toEqual([['We will see what happens,', null, null]]);
  });

  it('for "it" with nothing that is not a person before it', () => {
    expect(spoken('Tom Reyes left. “The office will close for a week,” it said.')).toEqual([['The office will close for a week,', null, null]]);
  });

  it('for a role nobody was given and a recent person does not fit', () => {
    const text = 'Russian President Vladimir Putin spoke first. “The talks failed,” the Russian spokesman said.';
    expect(spoken(text)[0]?.[1]).toBe('the Russian spokesman');
  });

  it('for a colon after a sentence whose subject is no role and that has no speech verb', () => {
    const text = 'The rationale these critics at the paper use is a blind faith in his word:\n\n“As we have explained before, the figure is far lower.”';
    expect(spoken(text)).toEqual([['As we have explained before, the figure is far lower.', null, null]]);
    const stated = 'The campaign spokesman released the following statement:\n\n“We are proud of the result tonight.”';
    expect(spoken(stated)[0]?.[1]).toBe('the campaign spokesman');
  });

  it('in a text that is not English, which the cue lists are', () => {
    // Read as English, the colon would make "Quando" (when) the speaker.
    const text = 'Quando você fala sobre fluência de leitura com os pais e os professores da escola da cidade: “o texto é difícil demais para as crianças pequenas”.';
    expect(spoken(text).map((q) => q[1])).toEqual([null]);
  });

  it('for scare quotes and titles', () => {
    expect(spoken('The so-called “peace dividend” never came, and “Game of Thrones” ended.').map((q) => q[1])).toEqual([null, null]);
  });
});
