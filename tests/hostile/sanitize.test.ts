/**
 * Every attack payload, through the sanitizer alone and through the whole pipeline inside an
 * article page: the output holds nothing active, and parsing it as a live page would (scripts on)
 * runs nothing.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer, parseDocument } from '../../src/node/dom';
import { findActiveContent } from './inert';
import { articlePage, PROSE } from './pages';
import { ATTACK_PAYLOADS, renderPayload } from './payloads';

const HIT_BASE = 'http://127.0.0.1:9';

/** Parse cleaned markup the way a page with scripts on does, run what runs, and report. */
function liveCheck(html: string): { problems: string[]; pwned: unknown } {
  const dom = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, {
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(), // the payloads' own errors (no fetch in jsdom) are expected noise
  });
  try {
    const window = dom.window as unknown as { __pwned?: unknown; document: Document };
    return { problems: findActiveContent(window.document), pwned: window.__pwned };
  } finally {
    dom.window.close();
  }
}

describe('attack corpus', () => {
  it('has at least 40 payloads with unique names, covering every group', () => {
    expect(ATTACK_PAYLOADS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ATTACK_PAYLOADS.map((p) => p.name)).size).toBe(ATTACK_PAYLOADS.length);
    expect(new Set(ATTACK_PAYLOADS.map((p) => p.group))).toEqual(
      new Set(['attribute', 'url', 'embedding', 'svg', 'mathml', 'mutation', 'broken-markup', 'clobbering']),
    );
  });

  it('is live: unsanitized in a page, the checks see every payload', () => {
    // Guards the checks themselves: a payload they cannot see proves nothing when it is cleaned.
    const missed = ATTACK_PAYLOADS.filter((p, id) => {
      const { problems, pwned } = liveCheck(renderPayload(p, { id, hitBase: HIT_BASE }));
      return problems.length === 0 && pwned === undefined;
    }).map((p) => p.name);
    expect(missed).toEqual([]);
  });
});

describe('sanitizer on each payload', () => {
  const sanitize = nodeSanitizer();
  ATTACK_PAYLOADS.forEach((payload, id) => {
    it(`${payload.group}: ${payload.name}`, () => {
      const html = sanitize(renderPayload(payload, { id, hitBase: HIT_BASE }));
      expect(liveCheck(html)).toEqual({ problems: [], pwned: undefined });
      // Stable when sanitized again: a tree that changes when re-parsed is how mutation XSS starts.
      expect(sanitize(html)).toBe(html);
    });
  });
});

describe('sanitizer on all payloads at once', () => {
  it('gives each piece what sanitizing it alone gives, in one pass', () => {
    const sanitize = nodeSanitizer();
    const pieces = ATTACK_PAYLOADS.map((payload, id) => renderPayload(payload, { id, hitBase: HIT_BASE }));
    expect(sanitize.each(pieces)).toEqual(pieces.map((piece) => sanitize(piece)));
  });

  it('goes piece by piece when markup would carry from one piece into the next', () => {
    const sanitize = nodeSanitizer();
    // An unclosed table cell and a stray closing tag would rearrange the wrappers around them.
    const pieces = ['<p>one</p></div><p>two</p>', '<td>cell', '<p>three</p>'];
    expect(sanitize.each(pieces)).toEqual(pieces.map((piece) => sanitize(piece)));
  });
});

describe('pipeline on an article page carrying each payload', () => {
  const sanitize = nodeSanitizer();
  ATTACK_PAYLOADS.forEach((payload, id) => {
    it(`${payload.group}: ${payload.name}`, () => {
      const page = articlePage({ pieces: [renderPayload(payload, { id, hitBase: HIT_BASE })] });
      const r = extractArticle(parseDocument(page, 'https://news.example/2025/budget'), { sanitize });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(liveCheck(r.html)).toEqual({ problems: [], pwned: undefined });
      expect(r.text).toContain(PROSE[0]);
    });
  });
});

describe('sanitizer rules the issue lists', () => {
  const sanitize = nodeSanitizer();
  const parse = (html: string) => JSDOM.fragment(sanitize(html));

  it('keeps reading markup and image data: addresses', () => {
    const html = sanitize('<h2>Head</h2><p>A <em>b</em> <strong>c</strong></p><blockquote><p>q</p></blockquote><figure><img src="data:image/png;base64,iVBORw0KGgo=" alt="pic"><figcaption>cap</figcaption></figure><ul><li>x</li></ul>');
    expect(html).toBe('<h2>Head</h2><p>A <em>b</em> <strong>c</strong></p><blockquote><p>q</p></blockquote><figure><img src="data:image/png;base64,iVBORw0KGgo=" alt="pic"><figcaption>cap</figcaption></figure><ul><li>x</li></ul>');
  });

  it('makes every link open a new tab that cannot reach back', () => {
    const a = parse('<a href="https://example.org/" target="_self" rel="opener">x</a>').querySelector('a')!;
    expect([a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['https://example.org/', '_blank', 'noopener noreferrer']);
  });

  it('drops style attributes but keeps the element and its text', () => {
    expect(sanitize('<p style="color:red">Red words</p>')).toBe('<p>Red words</p>');
  });

  it('keeps the text of dropped containers such as forms', () => {
    expect(sanitize('<form action="/x"><p>Inside a form</p></form>')).toBe('<p>Inside a form</p>');
  });
});
