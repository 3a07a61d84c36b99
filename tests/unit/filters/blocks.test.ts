import { describe, expect, it } from 'vitest';
import { isSpeech, mergeShortLists, removeTogether, textBlocks, wordCount } from '../../../src/core/filters/blocks';
import type { FilterContext } from '../../../src/core/filters/filter';
import { parseDocument } from '../../../src/node/dom';

const article = (body: string) => {
  const doc = parseDocument(`<!doctype html><html><body><div id="a">${body}</div></body></html>`);
  return { doc, root: doc.getElementById('a')! };
};

describe('textBlocks', () => {
  it('reads blocks in order, with text loose between them, links counted and hidden text left out', () => {
    const { root } = article('<h2>Title</h2>loose <b>words</b><p>A <a href="/x">link here</a> too.<button>Share</button></p><div><span>last</span></div>');
    const blocks = textBlocks(root);
    expect(blocks.map((b) => [b.el.tagName, b.text, b.words, b.linkChars, b.run !== null])).toEqual([
      ['H2', 'Title', 1, 0, false],
      ['DIV', 'loose words', 2, 0, true],
      ['P', 'A link here too.', 4, 9, false],
      ['DIV', 'last', 1, 0, false],
    ]);
  });

  it('reads the article once and leaves out blocks that are gone', () => {
    const { root } = article('<p>one</p><p>two</p>');
    const first = textBlocks(root);
    first[0]!.el.remove();
    expect(textBlocks(root).map((b) => b.text)).toEqual(['two']);
  });

  it('merges a list of short items into one block, and leaves a list with a sentence in it alone', () => {
    const { root } = article('<ul><li>Home</li><li>News</li></ul><ul><li>The first point is a sentence of some length.</li><li>Short one</li><li>Short two</li></ul>');
    expect(mergeShortLists(textBlocks(root)).map((b) => [b.el.tagName, b.text])).toEqual([
      ['UL', 'Home News'],
      ['LI', 'The first point is a sentence of some length.'],
      ['LI', 'Short one'],
      ['LI', 'Short two'],
    ]);
  });
});

describe('removeTogether', () => {
  const recorder = (doc: Document, removed: string[]): FilterContext => ({
    title: '',
    doc,
    remove: (node) => {
      removed.push((node.textContent ?? '').replace(/\s+/g, ' ').trim());
      node.parentNode?.removeChild(node);
    },
  });

  it('removes a box holding only the blocks as one', () => {
    const { doc, root } = article('<p>Story text that stays in place.</p><section> <h3>Related</h3> <p><a href="/a">One</a></p> </section>');
    const removed: string[] = [];
    removeTogether(textBlocks(root).slice(1), recorder(doc, removed));
    expect(removed).toEqual(['Related One']);
    expect(root.textContent).toBe('Story text that stays in place.');
  });

  it('removes the blocks one by one when their box holds more', () => {
    const { doc, root } = article('<h3>Related</h3><p><a href="/a">One</a></p><p>Story text that stays in place.</p>');
    const removed: string[] = [];
    removeTogether(textBlocks(root).slice(0, 2), recorder(doc, removed));
    expect(removed).toEqual(['Related', 'One']);
  });
});

describe('text helpers', () => {
  it('counts words as runs of non-space characters', () => {
    expect(wordCount('  one two\nthree ')).toBe(3);
    expect(wordCount('')).toBe(0);
  });

  it('tells reported speech', () => {
    expect(isSpeech('“Subscribe now, it is free,” she said.')).toBe(true);
    expect(isSpeech('The mayor told reporters to subscribe.')).toBe(true);
    expect(isSpeech('Use the code "GETPRO" at checkout.')).toBe(false);
    expect(isSpeech('Subscribe to our newsletter.')).toBe(false);
  });
});
