import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { createRemovalLog, dropForeignMarkers } from '../../../src/core/removals';
import { blockRuleText, removeByRules, SITE_RULE_FILTER } from '../../../src/core/site-rules';
import { nodeSanitizer, parseDocument } from '../../../src/node/dom';

const URL = 'https://news.example/2025/story';

function body(markup: string): { doc: Document; root: Element } {
  const doc = parseDocument(`<!doctype html><html><body><div id="a">${markup}</div></body></html>`, URL);
  return { doc, root: doc.getElementById('a')! };
}

/** The records with their markup sanitized, as the pipeline offers them. */
const sanitized = <R extends { html: string }>(records: R[]) => records.map((r) => ({ ...r, html: nodeSanitizer()(r.html) }));

/** Put every marker's removal back at its marker, as the popup's "Put back" does. */
function putBack(html: string, removed: { html?: string }[]): string {
  let out = html;
  for (let pass = 0; pass < removed.length; pass++) {
    out = out.replace(/<span data-removed="(\d+)"><\/span>/g, (_, i) => removed[Number(i)]!.html ?? '');
  }
  return out;
}

describe('the removal log', () => {
  it('leaves a marker where each removal stood, numbered in the order taken', () => {
    const { doc, root } = body('<p>one</p><p id="x">two</p><p>three</p><p id="y">four</p>');
    const log = createRemovalLog(doc);
    log.remove(doc.getElementById('y')!, 'promos', 'Promotions');
    log.remove(doc.getElementById('x')!, 'share-and-follow', 'Share buttons');
    log.settle(new Set());
    const removed = sanitized(log.records(URL));
    expect(root.innerHTML).toBe('<p>one</p><span data-removed="1"></span><p>three</p><span data-removed="0"></span>');
    expect(removed.map((r) => [r.filter, r.text, r.html])).toEqual([
      ['promos', 'four', '<p>four</p>'],
      ['share-and-follow', 'two', '<p>two</p>'],
    ]);
  });

  it('puts neighbours removed one after the other back in their order', () => {
    const original = '<p>a</p><p>b</p><p>c</p><p>d</p>';
    const { doc, root } = body(original);
    const log = createRemovalLog(doc);
    const [, b, c, d] = Array.from(root.children);
    log.remove(c!, 'f', 'r');
    log.remove(b!, 'f', 'r');
    log.remove(d!, 'f', 'r');
    log.settle(new Set());
    const removed = log.records(URL);
    expect(putBack(root.innerHTML, removed)).toBe(original);
  });

  it('nests the marker of a removal inside a later removal that took its parent', () => {
    const { doc, root } = body('<p>Intro</p><div id="box"><span id="icon">icon share</span><p>Share this story</p></div><p>End</p>');
    const log = createRemovalLog(doc);
    log.remove(doc.getElementById('icon')!, 'icon-labels', 'Icon labels');
    log.remove(doc.getElementById('box')!, 'share-and-follow', 'Share buttons');
    log.settle(new Set());
    const removed = sanitized(log.records(URL));
    expect(root.innerHTML).toBe('<p>Intro</p><span data-removed="1"></span><p>End</p>');
    expect(removed[1]!.html).toBe('<div><span data-removed="0"></span><p>Share this story</p></div>');
    expect(putBack(root.innerHTML, removed)).toBe('<p>Intro</p><div><span>icon share</span><p>Share this story</p></div><p>End</p>');
  });

  it('puts back, instead of a marker, what the reader keeps, and numbers the rest without it', () => {
    const { doc, root } = body('<p>a</p><p id="x">Sign up for our newsletter</p><p id="y">Share on Facebook</p>');
    const log = createRemovalLog(doc);
    log.remove(doc.getElementById('x')!, 'promos', 'Promotions');
    log.remove(doc.getElementById('y')!, 'share-and-follow', 'Share buttons');
    log.settle(new Set(['Sign up for our newsletter']));
    const removed = log.records(URL);
    expect(root.innerHTML).toBe('<p>a</p><p id="x">Sign up for our newsletter</p><span data-removed="0"></span>');
    expect(removed.map((r) => r.text)).toEqual(['Share on Facebook']);
  });

  it('makes the links absolute in what it offers back, which the pipeline then sanitizes', () => {
    const { doc, root } = body('<p>Keep</p><div id="x"><a href="/subscribe" onclick="steal()">Subscribe</a><img src="/i.png" onerror="steal()"><script>steal()</script></div>');
    const log = createRemovalLog(doc);
    log.remove(doc.getElementById('x')!, 'promos', 'Promotions');
    log.settle(new Set());
    const [removal] = log.records(URL);
    expect(root.innerHTML).toBe('<p>Keep</p><span data-removed="0"></span>');
    expect(removal!.html).toContain('href="https://news.example/subscribe"');
    expect(nodeSanitizer()(removal!.html)).toBe('<div><a href="https://news.example/subscribe" target="_blank" rel="noopener noreferrer">Subscribe</a><img src="https://news.example/i.png"></div>');
  });

  it('escapes a removed run of text', () => {
    const { doc, root } = body('<p>icon <b>x</b> Story starts</p>');
    const text = doc.createTextNode('<icon> & more');
    root.firstChild!.insertBefore(text, root.firstChild!.firstChild);
    const log = createRemovalLog(doc);
    log.remove(text, 'icon-labels', 'Icon labels');
    log.settle(new Set());
    expect(log.records(URL)[0]!.html).toBe('&lt;icon&gt; &amp; more');
  });

  it('strips the page’s own marker attributes, so a page cannot fake one', () => {
    const { root } = body('<p data-removed="0">Looks like a marker</p>');
    dropForeignMarkers(root);
    expect(root.innerHTML).toBe('<p>Looks like a marker</p>');
  });
});

describe('site rules', () => {
  it('name a block by the text a reader sees, cut like a removal’s', () => {
    const { root } = body(`<p>  Read   <b>more</b><svg><title>arrow</title></svg>\n here <script>x()</script></p><p>${'long '.repeat(60)}</p>`);
    expect(blockRuleText(root.children[0]!)).toBe('Read more here');
    expect(blockRuleText(root.children[1]!)).toHaveLength(200);
  });

  it('remove the outermost block a rule names, and nothing else', () => {
    const { root } = body('<div><p>Related: the budget explained</p></div><p>Related: the budget explained, part two</p>');
    const taken: string[] = [];
    removeByRules(root, new Set(['Related: the budget explained']), (el) => {
      taken.push(el.outerHTML);
      el.remove();
    });
    expect(taken).toEqual(['<div><p>Related: the budget explained</p></div>']);
    expect(root.innerHTML).toBe('<p>Related: the budget explained, part two</p>');
  });
});

describe('extractArticle with site rules', () => {
  const sentences = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the report says that the council met on Tuesday to discuss the budget, the roads and the schools, and that residents spoke for an hour.`);
  const page = `<!doctype html><html lang="en"><head><title>Council agrees budget</title></head><body><article><h1>Council agrees budget</h1>${sentences.map((s) => `<p>${s}</p>`).join('')}</article></body></html>`;
  const extract = (siteRules?: { keep: string[]; remove: string[] }) => {
    const r = extractArticle(parseDocument(page, URL), { sanitize: nodeSanitizer(), siteRules });
    if (!r.ok) throw new Error('not an article');
    return r;
  };

  it('removes the block a remove rule names, records it as the reader’s, and marks its place', () => {
    const r = extract({ keep: [], remove: [sentences[2]!] });
    expect(r.text).not.toContain('Paragraph 3 ');
    expect(r.text.split('\n\n')).toHaveLength(5);
    const index = r.removed.findIndex((x) => x.filter === SITE_RULE_FILTER);
    expect(r.removed[index]).toMatchObject({ text: sentences[2], html: `<p>${sentences[2]}</p>` });
    expect(r.html).toMatch(new RegExp(`Paragraph 2 [^<]*</p><span data-removed="${index}"></span><p data-paragraph="2">Paragraph 4 `));
  });

  it('lets a keep rule win over a remove rule for the same block', () => {
    const r = extract({ keep: [sentences[2]!], remove: [sentences[2]!] });
    expect(r.text.split('\n\n')).toHaveLength(6);
    expect(r.removed.some((x) => x.filter === SITE_RULE_FILTER)).toBe(false);
  });

  it('with no rules, gives the same article as before', () => {
    expect(extract({ keep: [], remove: [] })).toEqual(extract());
  });
});
