import { describe, expect, it } from 'vitest';
import { promos } from '../../../src/core/filters/promos';
import { extract, prose, removedBy, removedTexts, runFilter } from './helpers';

describe('promos', () => {
  it.each([
    ['an ad label with its slot', '<div><span>Advertisement</span><br><img src="https://ads.example/b.gif"></div>', 'Advertisement'],
    ['an ad label in another language', '<p>Anzeige</p>', 'Anzeige'],
    ['a continue-reading marker', '<p>Continue Reading Below</p>', 'Continue Reading Below'],
    ['a newsletter pitch', '<p>Get the latest updates right in your inbox. <a href="/nl">Subscribe to our newsletters</a>.</p>', 'Get the latest updates right in your inbox. Subscribe to our newsletters.'],
    ['a subscription pitch', '<p>Subscribe to WIRED and stay smart with more of your favorite Ideas writers.</p>', 'Subscribe to WIRED and stay smart with more of your favorite Ideas writers.'],
    ['a magazine pitch', '<p>Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. <a href="#">Click here</a> for more information.</p>', 'Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.'],
    ['an app pitch', '<p><a href="/app">CLICK HERE TO GET THE FOX NEWS APP</a></p>', 'CLICK HERE TO GET THE FOX NEWS APP'],
    ['an alerts pitch', '<p>Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.</p>', 'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.'],
    ['a sign-up form\'s small print', '<p>By signing up you agree to our privacy policy. You can unsubscribe at any time.</p>', 'By signing up you agree to our privacy policy. You can unsubscribe at any time.'],
    ['a consent notice', '<p>This website uses cookies to improve your experience. We\'ll assume you\'re ok with this, but you can opt-out if you wish. Accept</p>', 'This website uses cookies to improve your experience. We\'ll assume you\'re ok with this, but you can opt-out if you wish. Accept'],
    ['an affiliate disclosure', '<p>This post may contain affiliate links. Please see my disclosure page.</p>', 'This post may contain affiliate links. Please see my disclosure page.'],
    ['a read-more line', '<p>Read more: <a href="/b">Alibaba poised to launch record-breaking listing</a></p>', 'Read more: Alibaba poised to launch record-breaking listing'],
    ['a bracketed related line', '<p>[Related: <a href="/c">Salesforce keynote: AI, integration and protesters</a>]</p>', '[Related: Salesforce keynote: AI, integration and protesters]'],
  ])('removes %s', (_, markup, removed) => {
    const run = runFilter(promos, `${prose(2)}${markup}${prose(1)}`);
    expect(removedTexts(run)).toEqual([removed]);
    expect(run.text.split('\n\n')).toHaveLength(3);
  });

  it('removes a related list with its label as one box', () => {
    const run = runFilter(promos, `${prose(3)}<section>\n<h3>Related</h3>\n<ul>\n<li><a href="/a">New rules on ticket resale come into force</a></li>\n<li><a href="/b">Privacy complaints rise by a third</a></li>\n</ul>\n</section>`);
    expect(removedTexts(run)).toEqual(['Related New rules on ticket resale come into force Privacy complaints rise by a third']);
  });

  it('removes headlines below a label that link only part of their words', () => {
    const run = runFilter(promos, `${prose(3)}<p>More Great WIRED Stories</p><ul><li>YouTubers must unionize, <a href="/y">no matter what Google says</a></li><li>Could an astronaut lost in space <a href="/z">use gravity to get around?</a></li></ul>`);
    expect(run.text.split('\n\n')).toHaveLength(3);
  });

  it('removes a list of links after the story, with the line naming it', () => {
    const run = runFilter(promos, `${prose(3)}<p>Holiday Gift Guides</p><p><a href="/1">Best gifts: practically indestructible gadgets</a></p><p><a href="/2">Ten great gifts for the hacker in your life</a></p>`);
    expect(removedTexts(run)).toEqual(['Holiday Gift Guides', 'Best gifts: practically indestructible gadgets', 'Ten great gifts for the hacker in your life']);
  });

  it('removes a newsletter box piece by piece, its heading too', () => {
    const run = runFilter(promos, `${prose(2)}<div><h3>Sign up for the Morning Briefing</h3><p>Subscribe to our free newsletter and get the day's top stories in your inbox every morning at 7am.</p><form><input type="email"><button>Sign up</button></form><p>By signing up you agree to our privacy policy. You can unsubscribe at any time.</p></div>${prose(1)}`);
    expect(run.text.split('\n\n')).toHaveLength(3);
  });

  it.each([
    ['a quote that says "subscribe"', '<p>“We want every reader to subscribe to the newsletter,” the editor said at the launch.</p>'],
    ['a story about an app', '<p>The app lets users subscribe to alerts about air quality in their street, and more than 40,000 people have downloaded it since March.</p>'],
    ['a story about download speeds and apps', '<p>Download speeds on the new network reached one gigabit a second in the trial, with apps loading twice as fast as before.</p>'],
        ['"Read more" in the middle of a long paragraph', '<p>Critics say the plan goes too far. Read more about the plan in the council\'s own summary, which runs to 40 pages and sets out the costs of each school, the timetable for building them and the staff they will need.</p>'],
    ['a link inside a sentence', '<p>The figures were published in <a href="/report">the council\'s annual report</a> on Monday, and show spending rose for a third year.</p>'],
    ['a heading "Related" in a story about relatives', '<h2>Related by marriage</h2><p>The two families had been linked since 1920, when the founders\' children married.</p>'],
    ['a product list in a review', '<ul><li>Battery life is excellent, lasting two full days of ordinary use.</li><li>The screen is bright enough to read in direct sunlight.</li></ul>'],
  ])('keeps %s', (_, markup) => {
    expect(runFilter(promos, `${prose(2)}${markup}${prose(1)}`).removed).toEqual([]);
  });

  it('judges lines as text for the benchmark', () => {
    expect(promos.junkLine!('Advertisement')).toBe(true);
    expect(promos.junkLine!('Sign up for our newsletter to get the news in your inbox.')).toBe(true);
    expect(promos.junkLine!('You may also like...')).toBe(true);
    expect(promos.junkLine!('The council said it would subscribe to the new service.')).toBe(false);
  });

  it('takes ads and pitches out of a whole page', () => {
    const result = extract(`${prose(3)}<p>Advertisement</p>${prose(3)}<p>Subscribe to our newsletter and get the day's top stories in your inbox.</p>`);
    expect(removedBy(result, 'promos')).toEqual(['Advertisement', "Subscribe to our newsletter and get the day's top stories in your inbox."]);
    expect(result.text.split('\n\n')).toHaveLength(6);
  });
});
