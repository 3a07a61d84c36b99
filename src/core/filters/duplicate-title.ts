/**
 * The title again: the reader shows the title above the article, so a heading, caption or
 * standfirst line that repeats it (or repeats it behind a breadcrumb trail) is said twice.
 */
import type { Filter } from './filter';
import { HEADING_TAGS, firstProse, fold, enclosing, removeBlock, textBlocks, type Block } from './blocks';

/** Where a repeated title sits besides the header: headings and captions. */
const TITLE_PLACES = new Set([...HEADING_TAGS, 'FIGCAPTION', 'CAPTION']);
/** A shortened title still repeats it when it keeps this share of it. */
const MIN_SHARE = 0.6;
/** Words a line may add to the title (a breadcrumb trail, the site's name) and still repeat it. */
const MAX_EXTRA_WORDS = 6;

/** Whether `line` (folded) repeats `title` (folded), whole, shortened, or with a few words around it. */
function repeatsTitle(line: string, title: string): boolean {
  if (!line || !title) return false;
  if (line === title) return true;
  if (title.includes(line)) return line.length >= MIN_SHARE * title.length;
  if (line.includes(title)) return line.replace(title, ' ').trim().split(' ').filter(Boolean).length <= MAX_EXTRA_WORDS;
  return false;
}

export const duplicateTitle: Filter = {
  id: 'duplicate-title',
  reason: 'Repeats the title shown above',
  // Without the title a line cannot be judged: the benchmark's count leaves this filter out.
  run(article, ctx) {
    const title = fold(ctx.title);
    if (title.split(' ').length < 2) return; // a one-word title repeats by chance
    const blocks = textBlocks(article);
    const bodyStart = firstProse(blocks);
    const inTitlePlace = (b: Block) => enclosing(b, TITLE_PLACES) !== null;
    const longest = ctx.title.length * 2 + 100; // the title with a trail of a few words around it
    blocks.forEach((b, i) => {
      if (b.text.length > longest || b.text.length < MIN_SHARE * ctx.title.length / 2) return;
      const line = fold(b.text);
      if (line === title || ((i < bodyStart || inTitlePlace(b)) && repeatsTitle(line, title))) removeBlock(b, ctx);
    });
  },
};
