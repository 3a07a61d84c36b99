import { describe, expect, it } from 'vitest';
import { credits } from '../../../src/core/filters/credits';
import { extract, prose, removedBy, removedTexts, runFilter } from './helpers';

describe('credits', () => {
  it.each([
    ['a photo credit', 'Photo: Damian Dovarganes, AP'],
    ['a bracketed image credit', '(Image: © NASA/ESA/K. Retherford/SWRI)'],
    ['a credit run together', 'Credit...Doug Mills/The New York Times'],
    ['an agency credit', 'Natalie Naccache | Bloomberg | Getty Images'],
    ['a copyright credit', 'Image copyright Getty Images'],
    ['a reporting credit', '(Reporting by Greg Roumeliotis; editing by Martin Howell.)'],
    ['a contributed-reporting line', 'Keith Bradsher contributed reporting from Hong Kong.'],
    ['a source line', 'SOURCE: News agencies'],
  ])('removes %s', (_, line) => {
    expect(removedTexts(runFilter(credits, `${prose(2)}<p>${line}</p>${prose(1)}`))).toEqual([line]);
  });

  it.each([
    ['a note about the author', 'Phil Helsel is a reporter for NBC News.'],
    ['how to reach the author', 'Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com.'],
    ['a copyright line', 'Copyright ⓒ Entermedia.co.kr. All rights reserved.'],
  ])('removes %s at the end', (_, line) => {
    expect(removedTexts(runFilter(credits, `${prose(3)}<p>${line}</p>`))).toEqual([line]);
  });

  it('removes the author\'s name above the note about them', () => {
    expect(removedTexts(runFilter(credits, `${prose(3)}<p>Phil Helsel</p><p>Phil Helsel is a reporter for NBC News.</p>`))).toEqual(['Phil Helsel', 'Phil Helsel is a reporter for NBC News.']);
  });

  it('removes a credit set apart at the end of a caption, and keeps the caption', () => {
    const run = runFilter(credits, `${prose(1)}<figure><img src="a.jpg"><figcaption><span>Burning crop stubble is sending smoke into the city.</span> <p>Sonu Mehta</p></figcaption></figure>${prose(1)}`);
    expect(removedTexts(run)).toEqual(['Sonu Mehta']);
    expect(run.text).toContain('Burning crop stubble is sending smoke into the city.');
  });

  it.each([
    ['a caption', `${prose(1)}<figure><img src="a.jpg"><figcaption>Residents at the meeting on Tuesday.</figcaption></figure>${prose(1)}`],
    ['a link to a gallery', `${prose(1)}<p><a href="/g">Photos: Europa, mysterious icy moon of Jupiter</a></p>${prose(1)}`],
    ['a paragraph about an agency', `${prose(1)}<p>Reuters reported that the talks had stalled.</p>${prose(1)}`],
    ['a sentence about someone who is a reporter, in the story', `<p>Smith is a reporter for the local paper and broke the story in March.</p>${prose(3)}`],
    ['a story about copyright', `${prose(1)}<p>The court ruled that the copyright belonged to the photographer, not the magazine that had commissioned the picture in 2015.</p>${prose(2)}`],
  ])('keeps %s', (_, body) => {
    expect(runFilter(credits, body).removed).toEqual([]);
  });

  it('judges lines as text for the benchmark', () => {
    expect(credits.junkLine!('Photo: Damian Dovarganes, AP')).toBe(true);
    expect(credits.junkLine!('Reporting by Rodrigo Campos; Editing by Nick Zieminski')).toBe(true);
    expect(credits.junkLine!('The photo was taken on Monday.')).toBe(false);
  });

  it('takes credits out of a whole page', () => {
    const result = extract(`${prose(6)}<p>(Reporting by Will Dunham; Editing by Tom Brown)</p>`);
    expect(removedBy(result, 'credits')).toEqual(['(Reporting by Will Dunham; Editing by Tom Brown)']);
    expect(result.text.split('\n\n')).toHaveLength(6);
  });
});
