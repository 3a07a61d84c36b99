import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { removeAlwaysDropped } from '../../../src/core/prepare/always-dropped';
import { elementsOf } from '../../../src/core/prepare/elements';
import { parseDocument } from '../../../src/node/dom';

const paragraph = (n: number) => `<p>Paragraph ${n} of the story, long enough for Readability to score it as prose, with commas, clauses, and a full stop at the end of it all.</p>`;
const story = Array.from({ length: 6 }, (_, i) => paragraph(i)).join('');
const page = `<!doctype html><html><head><title>Story</title></head><body>
  <article>${story}<aside><p>Read next: another story, with a teaser line long enough to be scored as a paragraph of prose.</p></aside><footer><p>Filed under politics, elections, and the economy; tags and a note from the desk.</p></footer></article>
  <aside><h2>Most read</h2><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></aside>
  <footer><p>© The Daily Example. All rights reserved.</p></footer>
</body></html>`;

describe('removeAlwaysDropped', () => {
  it('removes every aside and footer, wherever it stands, and nothing else', () => {
    const doc = parseDocument(page);
    removeAlwaysDropped(elementsOf(doc));
    expect(doc.querySelectorAll('aside, footer')).toHaveLength(0);
    expect(doc.querySelectorAll('article p')).toHaveLength(6);
  });

  it('removes every nav, the site menu and the breadcrumbs Readability would have kept in the article', () => {
    const breadcrumbs = '<nav><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav>';
    const withNavs = page.replace('<body>', '<body><header><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav></header>').replace('<article>', `<article>${breadcrumbs}`);
    expect(new Readability(parseDocument(withNavs)).parse()?.textContent).toContain('HomeNews');
    const doc = parseDocument(withNavs);
    removeAlwaysDropped(elementsOf(doc));
    expect(doc.querySelectorAll('nav')).toHaveLength(0);
    expect(doc.querySelectorAll('article p')).toHaveLength(6);
  });

  it('removes the noscripts lazy images left, so images keep their own attributes in every DOM', () => {
    const doc = parseDocument(`<html><body><article>${story}<figure><img src="/photo.jpg" alt="The harbour at dawn"><noscript><img src="/photo-large.jpg"></noscript></figure></article></body></html>`, 'https://news.example/story');
    removeAlwaysDropped(elementsOf(doc));
    expect(doc.querySelectorAll('noscript')).toHaveLength(0);
    const html = new Readability(doc).parse()?.content ?? '';
    // Without the noscript, Readability does not swap the image for its fallback and drop the alt text.
    expect(html).toContain('alt="The harbour at dawn"');
    expect(html).not.toContain('photo-large');
  });

  it('takes out only what Readability would not have kept', () => {
    const readability = (doc: Document) => new Readability(doc).parse()?.textContent?.replace(/\s+/g, ' ').trim();
    const before = readability(parseDocument(page));
    const doc = parseDocument(page);
    removeAlwaysDropped(elementsOf(doc));
    expect(readability(doc)).toBe(before);
    expect(before).not.toContain('Read next');
  });
});
