/** What the seed-style news page (fixtures/news-page.html) holds: its article and its junk. */
import { parseDocument } from '../../src/node/dom';
import { readFixture } from './harness';

/** The publication date (2025-01-24T09:58+03:00) as the browsers render it in en-US. */
export const NEWS_PAGE_DATE = 'January 24, 2025';

/** Text left by the page's chrome inside the article container, which the popup must not show. */
export const junkLeftovers = [
  'icon bookmark', 'icon chevron', 'icon-music', 'icon fm', // the icon-font labels
  'Dear readers', 'new commenting system', 'commenting policy', 'feedback@rttv.ru', // the comment banner
  'Podcasts', '0:00', '24:43', '14:22', // the podcast player
  'stays collapsed on the page', // a note the page's stylesheet hides
];

export const normalize = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The article's paragraphs, read from the fixture's body container. */
export function articleParagraphs(): string[] {
  const doc = parseDocument(readFixture('news-page.html'));
  return Array.from(doc.querySelectorAll('.b_88e1 p'), (p) => normalize(p.textContent ?? ''));
}
