/** The page budget: each limit on its own, what counts toward it, and where the walk stops. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, overBudget } from '../../src/core/budget';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer, parseDocument } from '../../src/node/dom';
import { articlePage } from './pages';

const generous = { maxElements: 1_000, maxDepth: 100, maxTextChars: 100_000 };
const doc = (body: string) => parseDocument(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

describe('overBudget', () => {
  it('passes an ordinary article page with the default budget', () => {
    expect(overBudget(parseDocument(articlePage()), DEFAULT_BUDGET)).toBeNull();
  });

  it('counts elements, including the root, head and body', () => {
    const page = doc('<p>a</p><p>b</p>'); // html, head, title, body, p, p
    expect(overBudget(page, { ...generous, maxElements: 6 })).toBeNull();
    expect(overBudget(page, { ...generous, maxElements: 5 })).toBe('The page has more than 5 elements.');
  });

  it('measures depth from the root element', () => {
    const page = doc('<div><div><p>deep</p></div></div>'); // html 1, body 2, div 3, div 4, p 5
    expect(overBudget(page, { ...generous, maxDepth: 5 })).toBeNull();
    expect(overBudget(page, { ...generous, maxDepth: 4 })).toBe('The page nests elements more than 4 deep.');
  });

  it('counts the text a reader sees, not scripts or styles', () => {
    const page = doc(`<p>${'a'.repeat(50)}</p><script>${'x'.repeat(5_000)}</script><style>${'y'.repeat(5_000)}</style>`);
    expect(overBudget(page, { ...generous, maxTextChars: 60 })).toBeNull();
    expect(overBudget(page, { ...generous, maxTextChars: 49 })).toBe('The page has more than 49 characters of text.');
  });

  it('leaves out the text of a script or style once, even inside another one', () => {
    // Node's parser reads a noscript's content as elements, a browser's as text: either way none of it counts, and only once.
    const page = doc(`<noscript><style>${'y'.repeat(500)}</style><p>${'z'.repeat(500)}</p></noscript><p>${'a'.repeat(50)}</p>`); // "t" + 50
    expect(overBudget(page, { ...generous, maxTextChars: 51 })).toBeNull();
    expect(overBudget(page, { ...generous, maxTextChars: 50 })).not.toBeNull();
  });

  it('walks back up past the last child at every level', () => {
    const page = doc('<div><div><p>one</p></div></div><p>two</p>'); // "t" + "one" + "two"
    expect(overBudget(page, { ...generous, maxTextChars: 7 })).toBeNull();
    expect(overBudget(page, { ...generous, maxTextChars: 6 })).not.toBeNull();
  });
});

describe('extractArticle with a budget', () => {
  it('takes each limit from options and says which was passed', () => {
    const page = parseDocument(articlePage(), 'https://news.example/a');
    const run = (budget: object) => extractArticle(page, { sanitize: nodeSanitizer(), budget });
    expect(run({ maxElements: 10 })).toEqual({ ok: false, reason: 'too-large', message: expect.stringMatching(/^The page has \d+ elements\.$/) });
    expect(run({ maxDepth: 3 })).toEqual({ ok: false, reason: 'too-large', message: 'The page nests elements more than 3 deep.' });
    expect(run({ maxTextChars: 100 })).toEqual({ ok: false, reason: 'too-large', message: 'The page has more than 100 characters of text.' });
    expect(run({}).ok).toBe(true);
  });
});
