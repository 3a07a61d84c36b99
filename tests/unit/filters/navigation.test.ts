import { describe, expect, it } from 'vitest';
import { navigation } from '../../../src/core/filters/navigation';
import { extract, prose, removedBy, removedTexts, runFilter } from './helpers';

describe('navigation', () => {
  it.each([
    ['a skip link', '<p><a href="#main">Skip to content</a></p>'],
    ['a menu above the story', '<ul>\n<li><a href="/">Home</a></li>\n<li><a href="/news">News</a></li>\n<li><a href="/sport">Sports</a></li>\n<li><a href="/biz">Business</a></li>\n</ul>'],
    ['a section link above the story', '<p><a href="/science">Science &amp; Astronomy</a></p>'],
    ['the page\'s address above the story', '<p>https://www.example.com/news/us/article/new-suvs-14848164.php</p>'],
  ])('removes %s', (_, markup) => {
    const run = runFilter(navigation, `${markup}${prose(2)}`);
    expect(run.removed).toHaveLength(1);
    expect(run.text.split('\n\n')).toHaveLength(2);
  });

  it.each([
    ['a gallery counter', 'Image 1 of 23'],
    ['a gallery counter, broken', 'Image 1 of / 23'],
    ['a gallery button', 'Close'],
    ['a slideshow fallback', 'This slideshow requires JavaScript.'],
    ['a tag line', "Filed under: Khawarij |"],
    ['a tag list', 'Tags: budget, schools, council'],
  ])('removes %s anywhere', (_, junk) => {
    expect(removedTexts(runFilter(navigation, `${prose(1)}<p>${junk}</p>${prose(1)}`))).toEqual([junk]);
  });

  it.each([
    ['a link inside the story', `${prose(1)}<p><a href="/report">Read the full report</a></p>${prose(1)}`],
    ['a list of points in the story', `${prose(1)}<ul><li>Two new schools</li><li>A new library</li><li>Road repairs</li></ul>${prose(1)}`],
    ['a sentence that starts like a tag line', `${prose(1)}<p>Topics: the budget, the schools and the roads dominated a meeting that lasted until midnight on Tuesday, when councillors finally voted.</p>`],
    ['a word a gallery button uses, in a sentence', `${prose(1)}<p>Close to 300 parents signed the petition.</p>${prose(1)}`],
  ])('keeps %s', (_, body) => {
    expect(runFilter(navigation, body).removed).toEqual([]);
  });

  it('judges lines as text for the benchmark', () => {
    expect(navigation.junkLine!('Skip to content')).toBe(true);
    expect(navigation.junkLine!('Image 3 of 12')).toBe(true);
    expect(navigation.junkLine!('The council met three times in 12 days.')).toBe(false);
  });

  it('takes gallery buttons out of a whole page', () => {
    const result = extract(`${prose(3)}<figure><img src="https://news.example/a.jpg"><figcaption><p>Image 1 of 23</p><p>Caption</p><p>Close</p></figcaption></figure>${prose(3)}`);
    expect(removedBy(result, 'navigation')).toEqual(['Image 1 of 23', 'Caption', 'Close']);
    expect(result.text.split('\n\n')).toHaveLength(6);
  });
});
