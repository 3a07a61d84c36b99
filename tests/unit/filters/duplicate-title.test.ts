import { describe, expect, it } from 'vitest';
import { duplicateTitle } from '../../../src/core/filters/duplicate-title';
import { extract, prose, removedBy, removedTexts, runFilter, TITLE } from './helpers';

describe('duplicate-title', () => {
  it.each([
    ['a heading', `<h1>${TITLE}</h1>${prose(2)}`, TITLE],
    ['a caption', `${prose(1)}<figure><img src="a.jpg"><figcaption>${TITLE}</figcaption></figure>${prose(1)}`, TITLE],
    ['a standfirst line before the story', `<p>${TITLE.toUpperCase()}</p>${prose(2)}`, TITLE.toUpperCase()],
    ['the title behind a breadcrumb trail', `<p>HomeLatest News${TITLE}</p>${prose(2)}`, `HomeLatest News${TITLE}`],
    ['the title with the site\'s name', `<h2>${TITLE} | The Paper</h2>${prose(2)}`, `${TITLE} | The Paper`],
  ])('removes %s', (_, body, removed) => {
    expect(removedTexts(runFilter(duplicateTitle, body))).toEqual([removed]);
  });

  it('removes a shortened title when the page title carries the site name', () => {
    const run = runFilter(duplicateTitle, `<h2>Putin ready to talk to Trump – Kremlin</h2>${prose(2)}`, 'Putin ready to talk to Trump – Kremlin — RT World News');
    expect(removedTexts(run)).toEqual(['Putin ready to talk to Trump – Kremlin']);
  });

  it.each([
    ['a paragraph in the story that mentions the title\'s words', `${prose(1)}<p>The council agrees budget for new schools every spring, and this year the debate ran late into the night.</p>`],
    ['a different heading', `${prose(1)}<h2>What happens next</h2>${prose(1)}`],
    ['a standfirst that says something else', `<p>Two primary schools will be built in the north of the city.</p>${prose(2)}`],
    ['a one-word title repeated', `<h2>Budget</h2>${prose(2)}`],
  ])('keeps %s', (_, body) => {
    const title = body.includes('<h2>Budget') ? 'Budget' : TITLE;
    expect(runFilter(duplicateTitle, body, title).removed).toEqual([]);
  });

  it('has no text rule: a line alone cannot be judged without the title', () => {
    expect(duplicateTitle.junkLine).toBeUndefined();
  });

  it('takes a repeated title out of a whole page', () => {
    const result = extract(`<figure><img src="https://news.example/a.jpg"><figcaption>${TITLE}</figcaption></figure>${prose(6)}`);
    expect(removedBy(result, 'duplicate-title')).toEqual([TITLE]);
    expect(result.text).not.toContain(TITLE);
  });
});
