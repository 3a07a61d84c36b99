/** Article pages that carry hostile markup between paragraphs of ordinary news prose. */

/** Ordinary prose, long enough that every page reads as an article. */
export const PROSE = [
  'The city council voted on Tuesday evening to approve a new budget for the coming year, after a debate that lasted well into the night.',
  'Members spent most of the meeting on the cost of repairing roads and bridges, which the transport office says has doubled in five years.',
  'Residents who spoke at the meeting asked for more money for schools and libraries, and several of them brought letters from their neighbours.',
  'The mayor said the plan was a fair balance between the needs of the city and the limits of what it could afford to spend this year.',
  'Opposition members argued that the budget relied on optimistic forecasts of tax income and would leave little room for any surprises.',
  'The finance director told the council that the reserves would stay above the level the law requires, even in a year of slow growth.',
  'Work on the first roads in the plan is expected to start in the spring, once the contracts have been signed and the weather allows it.',
  'The council will meet again next month to discuss the details of the school building programme and the future of the old library.',
];

export interface ArticlePageOptions {
  title?: string;
  /** Extra markup for <head>. */
  head?: string;
  /**
   * Markup placed inside the article after the prose, each piece in its own paragraph, so a piece
   * that swallows the rest of the page (an unclosed <style>) cannot take the article with it.
   */
  pieces?: readonly string[];
}

export function articlePage({ title = 'Council approves the budget', head = '', pieces = [] }: ArticlePageOptions = {}): string {
  const body = [...PROSE.map((p) => `<p>${p}</p>`), ...pieces.map((piece) => `<p>Before the piece. ${piece} After the piece.</p>`)];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1>
${body.join('\n')}
</article></main><footer><p>The Local Paper</p></footer></body></html>`;
}
