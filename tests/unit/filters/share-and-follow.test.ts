import { describe, expect, it } from 'vitest';
import { shareAndFollow } from '../../../src/core/filters/share-and-follow';
import { extract, prose, removedBy, removedTexts, runFilter } from './helpers';

describe('share-and-follow', () => {
  it.each([
    ['a share row', '<div><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>', 'Share on Facebook Tweet Email'],
    ['a share list with its counter', '<ul>\n<li>1.2k shares</li>\n<li>Facebook</li>\n<li>X</li>\n<li>WhatsApp</li>\n</ul>', '1.2k shares Facebook X WhatsApp'],
    ['a share call', '<p>Share this article</p>', 'Share this article'],
    ['a call to share with a friend', '<p>Like this story? Share it with a friend!</p>', 'Like this story? Share it with a friend!'],
    ['a follow call', '<p>Follow us on Twitter @TheCoastPost and like us on Facebook for the latest storm updates.</p>', 'Follow us on Twitter @TheCoastPost and like us on Facebook for the latest storm updates.'],
    ['a follow call naming the reporter', '<p>Follow Kelvin Amundsen on X: <a href="#">@kamundsen</a></p>', 'Follow Kelvin Amundsen on X: @kamundsen'],
    ['a follow call naming the programme', '<p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>', 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.'],
    ['an email button', '<td>Email this story</td>', 'Email this story'],
    ['a social counter', '<p>3,409 shares</p>', '3,409 shares'],
  ])('removes %s', (_, markup, removed) => {
    const wrapped = markup.startsWith('<td>') ? `<table><tr>${markup}</tr></table>` : markup;
    const run = runFilter(shareAndFollow, `${prose(2)}${wrapped}`);
    expect(removedTexts(run)).toEqual([removed]);
    expect(run.text.split('\n\n')).toHaveLength(2);
  });

  it('removes a bare counter above the article, not a number in it', () => {
    const run = runFilter(shareAndFollow, `<p>3.409</p><p>letture</p>${prose(2)}<p>2019</p>`);
    expect(removedTexts(run)).toEqual(['3.409', 'letture']);
  });

  it.each([
    ['a story about sharing', '<p>Shares in the company fell 4% after the report, and analysts said the company would follow its rivals on pricing.</p>'],
    ['a quote urging people to follow', '<p>“Follow us on Twitter for updates,” the police said in a statement on Monday night.</p>'],
    ['a heading naming a network', '<h2>Facebook</h2><p>The company said it would appeal against the fine.</p>'],
    ['a sentence about following on social media', '<p>More than two million people follow him on Instagram, where he posts daily videos from his farm.</p>'],
  ])('keeps %s', (_, markup) => {
    expect(runFilter(shareAndFollow, `${prose(2)}${markup}`).removed).toEqual([]);
  });

  it('judges lines as text for the benchmark', () => {
    expect(shareAndFollow.junkLine!('Share this article')).toBe(true);
    expect(shareAndFollow.junkLine!('Follow us on Facebook')).toBe(true);
    expect(shareAndFollow.junkLine!('Shares fell by 4% on Friday.')).toBe(false);
  });

  it('takes share rows and follow calls out of a whole page', () => {
    const result = extract(`<p><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></p>${prose(6)}<p>Follow us on Facebook and Twitter.</p>`);
    expect(removedBy(result, 'share-and-follow')).toEqual(['Share Tweet Email', 'Follow us on Facebook and Twitter.']);
    expect(result.text.split('\n\n')).toHaveLength(6);
  });
});
