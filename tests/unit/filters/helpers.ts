/** Running one filter, or the whole pipeline, on a small article for the filters' tests. */
import type { Filter, FilterContext } from '../../../src/core/filters/filter';
import { extractArticle } from '../../../src/core/extract';
import { articleText } from '../../../src/core/text';
import type { Removal } from '../../../src/core/types';
import { nodeSanitizer, parseDocument } from '../../../src/node/dom';

export const TITLE = 'Council agrees budget for new schools';

/** Ordinary news prose, `n` paragraphs of it, for articles Readability takes as one. */
export function prose(n: number): string {
  const sentences = [
    'The council voted on Tuesday to spend £4m on two new primary schools in the north of the city, ending a debate that had run for most of the year.',
    'Residents who packed the public gallery applauded when the result was read out, although several councillors warned that the money would have to be found from other budgets.',
    'The leader of the council said the decision was overdue and that families had waited too long for places close to home.',
    'Opposition members argued that repairs to existing buildings should have come first, and asked for a review of the costs in the spring.',
    'Work on the first school is expected to begin in the summer, with the second following a year later if the planning application is approved.',
    'Head teachers in the area welcomed the vote, saying classes had grown beyond the size the buildings were designed for.',
  ];
  return Array.from({ length: n }, (_, i) => `<p>${sentences[i % sentences.length]}</p>`).join('\n');
}

export interface FilterRun {
  removed: Removal[];
  /** The article's text after the filter, paragraphs separated by a blank line. */
  text: string;
}

/** Runs `filter` on `body` (the article's inner markup) as the pipeline does, and reports what it removed. */
export function runFilter(filter: Filter, body: string, title = TITLE): FilterRun {
  const doc = parseDocument(`<!doctype html><html><head><title>${title}</title></head><body><div id="article">${body}</div></body></html>`);
  const article = doc.getElementById('article')!;
  const removed: Removal[] = [];
  const ctx: FilterContext = {
    title,
    doc,
    remove(node) {
      removed.push({ filter: filter.id, reason: filter.reason, text: (node.textContent ?? '').replace(/\s+/g, ' ').trim() });
      node.parentNode?.removeChild(node);
    },
  };
  filter.run(article, ctx);
  return { removed, text: articleText(article).text };
}

/** Texts a filter removed. */
export const removedTexts = (run: FilterRun) => run.removed.map((r) => r.text);

/** The whole pipeline on a page whose article holds `body`; fails the test when it finds no article. */
export function extract(body: string, title = TITLE) {
  const html = `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    <main><article><h1>${title}</h1>${body}</article></main>
    <footer><p>© The Paper</p></footer></body></html>`;
  const result = extractArticle(parseDocument(html, 'https://news.example/2025/01/story'), { sanitize: nodeSanitizer() });
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  return result;
}

/** Removals of one filter in a pipeline result. */
export const removedBy = (result: { removed: Removal[] }, id: string) => result.removed.filter((r) => r.filter === id).map((r) => r.text);
