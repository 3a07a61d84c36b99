import { describe, expect, it } from 'vitest';
import { bylines, isDateLine } from '../../../src/core/filters/bylines';
import { extract, prose, removedBy, removedTexts, runFilter } from './helpers';

describe('bylines', () => {
  it.each([
    ['a byline', 'By Stefan Becket, Kathryn Watson, Grace Segers'],
    ['a byline with its date', 'By Justine Coleman - 11/18/19 11:04 PM EST'],
    ['a bare "By"', 'By'],
    ['a byline whose name opens with a letter beyond ASCII', 'Por Ángel Martínez'],
    ['a date line', 'Nov. 20, 2019, 9:28 AM UTC'],
    ['a date line in Portuguese', 'sexta-feira, 22 de outubro de 2010 às 20:13'],
    ['a time and year', '15:23 2019'],
  ])('removes %s above the story', (_, line) => {
    expect(removedTexts(runFilter(bylines, `<p>${line}</p>${prose(2)}`))).toEqual([line]);
  });

  it.each([
    ['a publication stamp', 'Published 11:34 PM EST Nov 19, 2019'],
    ['an update stamp after a pipe', '| UPDATED: 11:05, Tue, Nov 19, 2019'],
    ['a stamp with the author', 'Posted on Maret 30, 2015 by Admin'],
    ['a reading time', 'Tempo de leitura: 2 minutos'],
    ['a reading time in English', '5 min read'],
    ['a reading time with its unit in German', 'Lesezeit: 4 Min.'],
    ['a stamp in a non-Latin script page', 'Updated 12:05 — Москва'],
  ])('removes %s anywhere', (_, line) => {
    expect(removedTexts(runFilter(bylines, `${prose(1)}<p>${line}</p>${prose(1)}`))).toEqual([line]);
  });

  it('removes a byline with its date on a second line, long enough to pass for the first paragraph', () => {
    const line = 'By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)';
    expect(removedTexts(runFilter(bylines, `<p>By Mike Wuerthele and Malcolm Owen<br>\n<span>Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)</span></p>${prose(2)}`))).toEqual([line]);
  });

  it('removes a header line holding a <time>', () => {
    expect(removedTexts(runFilter(bylines, `<p><time datetime="2019-11-19">Updated Nov 19</time> · Jane Doe</p>${prose(2)}`))).toEqual(['Updated Nov 19 · Jane Doe']);
  });

  it.each([
    ['a sentence starting with "By"', `<p>By Monday, the council had agreed the budget.</p>${prose(2)}`],
    ['a date heading inside a live blog', `${prose(1)}<p>November 20</p>${prose(1)}`],
    ['a live blog\'s clock above its first entry', `<p>13:52 GMT</p>${prose(2)}`],
    ['a sentence with a date', `<p>On 20 November 2019 the council met for the last time before the election.</p>${prose(2)}`],
    ['a sentence that starts with "Published"', `${prose(1)}<p>Published in 1851, the novel sold only 3,000 copies in its author's lifetime and was out of print for decades.</p>`],
  ])('keeps %s', (_, body) => {
    expect(runFilter(bylines, body).removed).toEqual([]);
  });

  it('tells a date line from a line with a date in it', () => {
    expect(isDateLine('Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)', 10)).toBe(true);
    expect(isDateLine('13:52 GMT', 2)).toBe(false);
    expect(isDateLine('Monday', 1)).toBe(false);
    expect(isDateLine('November 18 was the coldest day of the year', 8)).toBe(false);
  });

  it('judges lines as text for the benchmark', () => {
    expect(bylines.junkLine!('Updated 10:01 pm PST, Tuesday, November 19, 2019')).toBe(true);
    expect(bylines.junkLine!('By Mike Wuerthele and Malcolm Owen')).toBe(true);
    expect(bylines.junkLine!('By Monday, the council had voted.')).toBe(false);
  });

  it('reads the first letter of the name whole when it lies beyond the BMP', () => {
    // Deseret capitals are cased letters written as two UTF-16 units; mathematical digits are neither.
    expect(bylines.junkLine!('By \u{10400}\u{10437} Writer')).toBe(true);
    expect(bylines.junkLine!('By \u{1D7D9}\u{1D7DA} and more')).toBe(false);
  });

  it('takes byline and date lines out of a whole page', () => {
    const result = extract(`<p>By Ann Writer</p><p>Published 10:02 AM EST Nov 19, 2019</p>${prose(6)}`);
    expect(removedBy(result, 'bylines')).toEqual(['By Ann Writer', 'Published 10:02 AM EST Nov 19, 2019']);
    expect(result.text.split('\n\n')).toHaveLength(6);
  });
});
