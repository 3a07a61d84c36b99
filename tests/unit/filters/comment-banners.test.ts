import { describe, expect, it } from 'vitest';
import { commentBanners } from '../../../src/core/filters/comment-banners';
import { extract, prose, removedBy, removedTexts, runFilter } from './helpers';

const SEED_NOTICE =
  'Dear readers! Thank you for your vibrant engagement with our content and for sharing your points of view. Please note that we have switched to a new commenting system. To leave comments, you will need to register. We are working on some adjustments so if you have questions or suggestions feel free to send them to feedback@rttv.ru. Please check our commenting policy';

describe('comment-banners', () => {
  it.each([
    ['the seed notice about a new commenting system', SEED_NOTICE],
    ['a closed-comments notice', 'Comments are closed.'],
    ['a closed-comments label', 'Comments closed for this article.'],
    ['a call to join', 'Join the conversation'],
    ['a counter button', 'Show comments (123)'],
    ['a sign-in wall', 'Log in to comment'],
    ['an OpenWeb header', 'Conversation 57 Comments'],
    ['a sign-in or register wall', 'Sign in or register to comment'],
    ['the section label', 'Comments'],
    ['a comment count', '12 comments'],
    ['Disqus remains', 'comments powered by Disqus'],
    ['a script fallback', 'Please enable JavaScript to view the comments powered by Disqus.'],
    ['a moderation notice in Portuguese', 'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.'],
    ['an invitation to the forums', 'Join our Space Forums to keep talking space on the latest missions, night sky and more!'],
    ['a call to say what you think', 'Tell us what YOU think...'],
  ])('removes %s', (_, junk) => {
    const run = runFilter(commentBanners, `${prose(2)}<p>${junk}</p>`);
    expect(removedTexts(run)).toEqual([junk]);
    expect(run.text.split('\n\n')).toHaveLength(2);
  });

  it.each([
    ['a story about a comment policy, with its sources', '<p>The newspaper said its new commenting system would require readers to register, a change its editor described as overdue.</p>'],
    ['a quote about comments', '<p>“Please read the comments before you post,” the moderator told the hearing, adding that the policy had been in place for years.</p>'],
    ['a heading naming a platform', '<h2>Disqus</h2><p>The company, founded in 2007, hosts discussions on millions of websites.</p>'],
    ['a short sentence that opens with "Comments closed"', '<p>Comments closed the hearing on the river plan last week.</p>'],
    ['prose that says comments closed', '<p>Public comments on the proposal closed in March, and the agency is now reviewing more than 4,000 submissions from residents and businesses.</p>'],
  ])('keeps %s', (_, markup) => {
    expect(runFilter(commentBanners, `${prose(2)}${markup}`).removed).toEqual([]);
  });

  it('judges lines as text for the benchmark', () => {
    expect(commentBanners.junkLine!('Comments are closed')).toBe(true);
    expect(commentBanners.junkLine!(SEED_NOTICE)).toBe(true);
    expect(commentBanners.junkLine!('The council closed the consultation after 4,000 comments.')).toBe(false);
  });

  it('takes a comment notice out of a whole page', () => {
    const result = extract(`${prose(6)}<p>${SEED_NOTICE}</p><p>Show comments (12)</p>`);
    expect(removedBy(result, 'comment-banners')).toEqual([SEED_NOTICE.slice(0, 200), 'Show comments (12)']); // records keep 200 characters
    expect(result.text).not.toMatch(/comment/i);
  });
});
