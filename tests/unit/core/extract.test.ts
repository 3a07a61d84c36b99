import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { extractPageArticle } from '../../../src/core/page-article';
import { articleText } from '../../../src/core/text';
import { nodeSanitizer, parseDocument } from '../../../src/node/dom';

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report says that the council met on Tuesday to discuss the budget, the roads and the schools, and that residents spoke for an hour.</p>`).join('');

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Council agrees budget</title>${head}</head><body><header><nav><a href="/">Home</a></nav></header><article><h1>Council agrees budget</h1>${body}</article><footer>© Paper</footer></body></html>`;

describe('extractArticle', () => {
  it('returns the article as plain data and leaves the live document unchanged', () => {
    const doc = parseDocument(page(paragraphs(6)), 'https://news.example/a');
    const before = doc.documentElement.outerHTML;
    const r = extractArticle(doc, { sanitize: nodeSanitizer() });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.title).toBe('Council agrees budget');
    expect(r.text.split('\n\n')).toHaveLength(6);
    expect(r.text).not.toContain('Council agrees budget');
    expect(r.wordCount).toBeGreaterThan(150);
    expect(r.readingMinutes).toBe(1);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('says not-an-article for a page without one', () => {
    const doc = parseDocument('<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>');
    expect(extractArticle(doc, { sanitize: nodeSanitizer() })).toEqual({ ok: false, reason: 'not-an-article' });
  });

  it('reads dates and author from JSON-LD and meta tags', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-01-24T09:58:00+03:00","dateModified":"2025-01-24T12:00:00+03:00","author":{"@type":"Person","name":"Ann Writer"}}</script><meta property="og:site_name" content="The Paper">`;
    const r = extractArticle(parseDocument(page(paragraphs(6), ld), 'https://news.example/a'), { sanitize: nodeSanitizer() });
    expect(r.ok && [r.published, r.modified, r.byline, r.siteName]).toEqual(['2025-01-24T06:58:00.000Z', '2025-01-24T09:00:00.000Z', 'Ann Writer', 'The Paper']);
  });

  it('resolves lazy images and makes links absolute', () => {
    const body = `${paragraphs(5)}<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/photo.jpg" alt="Council"><figcaption>The council</figcaption></figure><p>More at <a href="/more">the paper</a>, said the report, which ran to several pages and was read by everyone in the room.</p>`;
    const r = extractArticle(parseDocument(page(body), 'https://news.example/2025/a'), { sanitize: nodeSanitizer() });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.html).toContain('src="https://news.example/img/photo.jpg"');
    expect(r.html).toContain('href="https://news.example/more"');
    expect(r.html).toContain('rel="noopener noreferrer"');
  });

  it('never throws at its caller', () => {
    // Methods on the prototype, as a document has them (the core reads the page through its prototype).
    const broken = Object.create({ cloneNode: () => { throw new Error('boom'); }, querySelectorAll: () => [] }) as Document;
    expect(extractArticle(broken)).toEqual({ ok: false, reason: 'error', message: 'boom' });
  });
});

describe('extractPageArticle, the page’s share', () => {
  const body = `${paragraphs(5)}<p>“We will fix the roads,” the mayor said, <a href="/more" onclick="track()">as promised</a>.</p><p>Share on Facebook</p>`;

  it('stops before quotations and sanitizing, and otherwise agrees with the whole pipeline', () => {
    const read = extractPageArticle(parseDocument(page(body), 'https://news.example/a'));
    const whole = extractArticle(parseDocument(page(body), 'https://news.example/a'), { sanitize: nodeSanitizer() });
    if (!read.ok || !whole.ok) throw new Error('not an article');
    expect(read).not.toHaveProperty('quotes');
    expect(whole.quotes.map((q) => q.text)).toEqual(['We will fix the roads,']);
    expect(read.html).toContain('onclick="track()"');
    expect(nodeSanitizer()(read.html)).toBe(whole.html);
    const { html: _h, removed, quotes: _q, ...fields } = whole;
    expect(read).toMatchObject(fields);
    expect(read.removed.map((r) => [r.filter, r.text])).toEqual(removed.map((r) => [r.filter, r.text]));
    expect(read.removed.map((r) => nodeSanitizer()(r.html!))).toEqual(removed.map((r) => r.html));
  });
});

describe('articleText', () => {
  it('keeps two line breaks in a row inside one paragraph, so paragraphs and marked blocks agree', () => {
    const doc = parseDocument('<body><div><p>Before</p><p>First line<br><br>second line</p><p>After</p></div></body>');
    const { text, paragraphs } = articleText(doc.body.firstElementChild!);
    expect(paragraphs).toEqual(['Before', 'First line\nsecond line', 'After']);
    expect(text.split('\n\n')).toEqual(paragraphs);
    expect(Array.from(doc.querySelectorAll('[data-paragraph]'), (el) => el.getAttribute('data-paragraph'))).toEqual(['0', '1', '2']);
  });
});
