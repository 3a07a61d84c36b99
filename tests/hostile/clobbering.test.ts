/**
 * Elements that shadow a document's or a form's properties. linkedom has no named properties, so
 * the shadowing is made here as browsers make it: configurable own properties on the object.
 * The browser tests meet the real thing.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { removeShadowingNames, unshadowed } from '../../src/core/prepare/clobbering';
import { nodeSanitizer, parseDocument } from '../../src/node/dom';
import { articlePage, PROSE } from './pages';

/** Makes `name` on `target` the element, as a browser does for <img name="..."> on a document. */
function shadow(target: object, name: string, element: Element): void {
  Object.defineProperty(target, name, { value: element, configurable: true, enumerable: true });
}

describe('unshadowed', () => {
  it('reads methods and properties past elements that shadow them', () => {
    const doc = parseDocument(articlePage(), 'https://news.example/a');
    const img = doc.createElement('img');
    // Not documentElement here: linkedom's own title getter reads it through `this`, where browsers do not.
    for (const name of ['cloneNode', 'querySelectorAll', 'body', 'title']) shadow(doc, name, img);
    const view = unshadowed(doc);
    expect(view.body.tagName).toBe('BODY');
    expect(view.title).toBe('Council approves the budget');
    expect(view.querySelectorAll('p').length).toBe(PROSE.length + 1);
    expect((view.cloneNode(true) as Document).documentElement.tagName).toBe('HTML');
    shadow(doc, 'documentElement', img);
    expect(view.documentElement.tagName).toBe('HTML');
  });

  it('keeps the document’s own fixed properties (a pinned URL)', () => {
    const doc = parseDocument('<p>x</p>', 'https://news.example/pinned');
    expect(unshadowed(doc).URL).toBe('https://news.example/pinned');
  });
});

describe('removeShadowingNames', () => {
  it('takes the names and ids that shadow document and form properties, and no others', () => {
    const doc = parseDocument(
      '<form name="f" id="keep-form"><input name="nextElementSibling" id="i1"><button id="b1">b</button><select name="s"></select></form>' +
        '<img name="cloneNode" id="pic"><embed name="body"><object id="o1"></object><iframe name="frame"></iframe>' +
        '<a name="anchor" id="a1">a</a><div id="main">d</div><meta name="author" content="Ann">',
    );
    removeShadowingNames(doc);
    const attrs = (sel: string) => ['name', 'id'].map((a) => doc.querySelector(sel)!.getAttribute(a));
    expect(attrs('form')).toEqual([null, 'keep-form']);
    expect(attrs('input')).toEqual([null, null]);
    expect(attrs('button')).toEqual([null, null]);
    expect(attrs('select')).toEqual([null, null]);
    expect(attrs('img')).toEqual([null, null]);
    expect(attrs('embed')).toEqual([null, null]);
    expect(attrs('object')).toEqual([null, null]);
    expect(attrs('iframe')).toEqual([null, null]);
    // Names that shadow nothing stay: anchors, divs, and the metadata the pipeline reads.
    expect(attrs('a')).toEqual(['anchor', 'a1']);
    expect(attrs('div')).toEqual([null, 'main']);
    expect(attrs('meta')).toEqual(['author', null]);
  });
});

describe('extractArticle on a page whose elements shadow the document', () => {
  it('reads the article and leaves the page unchanged', () => {
    const doc = parseDocument(articlePage(), 'https://news.example/a');
    const before = doc.documentElement.outerHTML;
    const img = doc.createElement('img');
    for (const name of ['cloneNode', 'querySelectorAll', 'getElementsByTagName', 'defaultView', 'documentElement', 'body', 'createTreeWalker', 'querySelector']) {
      shadow(doc, name, img);
    }
    const r = extractArticle(doc, { sanitize: nodeSanitizer() });
    expect(r.ok && r.text.split('\n\n')).toEqual(PROSE);
    expect(Object.getPrototypeOf(doc).cloneNode.call(doc, true).documentElement.outerHTML).toBe(before);
  });
});
