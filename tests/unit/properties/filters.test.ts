/** Properties every registered filter keeps: it never removes ordinary prose and never throws. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Filter, FilterContext } from '../../../src/core/filters/filter';
import { filters } from '../../../src/core/filters/registry';
import type { Removal } from '../../../src/core/types';
import { parseDocument } from '../../../src/node/dom';
import { proseArticle, randomMarkup } from './arbitraries';

/** Runs one filter on `body` markup as the pipeline would, and returns what it removed. */
function runFilter(filter: Filter, body: string): Removal[] {
  const doc = parseDocument(`<!doctype html><html><head><title>Story</title></head><body><div id="article">${body}</div></body></html>`);
  const article = doc.getElementById('article')!;
  const removed: Removal[] = [];
  const ctx: FilterContext = {
    title: 'Story',
    doc,
    remove(node) {
      removed.push({ filter: filter.id, reason: filter.reason, text: (node.textContent ?? '').trim() });
      node.parentNode?.removeChild(node);
    },
  };
  filter.run(article, ctx);
  return removed;
}

describe('filter properties', () => {
  it('no filter removes a paragraph of ordinary prose', () => {
    fc.assert(
      fc.property(proseArticle, (paragraphs) => {
        const body = `<h1>Story</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
        for (const filter of filters) expect(runFilter(filter, body), filter.id).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('no filter throws on random markup, nor on its junk-line rule for any line', () => {
    fc.assert(
      fc.property(randomMarkup, fc.string({ unit: 'binary', maxLength: 200 }), (markup, line) => {
        for (const filter of filters) {
          runFilter(filter, markup);
          filter.junkLine?.(line);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('no junk-line rule calls a sentence of ordinary prose junk', () => {
    fc.assert(
      fc.property(proseArticle, (paragraphs) => {
        for (const filter of filters) {
          if (!filter.junkLine) continue;
          expect(paragraphs.filter((p) => filter.junkLine!(p)), filter.id).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
