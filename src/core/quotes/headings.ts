/**
 * Quotations left out of the key quotes because they stand in headings, not in the article's
 * prose: a Title Case heading (“Gillibrand On The Transcripts: ‘I Think She Will.’”), a pull quote
 * that is a whole paragraph in single marks ('A fight from start to finish.'), and a headline in
 * the AP style, which quotes with single marks where the article quotes with double ones.
 */
import type { Block } from './blocks';
import type { Quotation } from './quotations';

/** Decides, paragraph by paragraph, whether a quotation stands in a heading. */
export function headingFilter(text: string, blocks: readonly Block[], quotations: readonly Quotation[]): (q: Quotation) => boolean {
  const headings = new Map<number, boolean>();
  // Where the article quotes with double marks, single ones in a short paragraph are headline style.
  const doubleStyle = quotations.some((q) => !q.openingLost && !SINGLE_MARKS.has(text[q.open]!));
  return (q) => {
    const block = blocks[q.parts[0]!.block]!;
    if (!headings.has(block.index)) headings.set(block.index, isHeading(text, block));
    return headings.get(block.index)! || isPullQuote(text, block, q) || doubleStyle && isHeadlineQuote(text, block, q);
  };
}

/** Headings are short. */
const HEADING_MAX_WORDS = 25;
/** Small words that Title Case leaves in lower case. */
const TITLE_CASE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'as', 'vs', 'via']);

/** A word of a heading; the block's white space ends it, so it never runs past the block. */
const HEADING_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Whether a block reads as a heading: short, in Title Case (every word capitalised but the small
 * ones), at least three words. Quotations in headings repeat the body's and are left out.
 */
function isHeading(text: string, block: Block): boolean {
  const words: string[] = [];
  HEADING_WORD.lastIndex = block.start;
  for (let m = HEADING_WORD.exec(text); m && m.index < block.end; m = HEADING_WORD.exec(text)) {
    // Most blocks are prose, longer than any heading: their other words need not be read.
    if (words.length === HEADING_MAX_WORDS) return false;
    words.push(m[0]);
  }
  const counted = words.filter((w) => !TITLE_CASE_SMALL_WORDS.has(w.toLowerCase()) && !/^\p{N}/u.test(w));
  const lower = counted.filter((w) => !/^\p{Lu}/u.test(w)).length;
  return counted.length >= 3 && lower <= Math.floor(counted.length / 6);
}

/** Single marks around a whole paragraph and nothing else: a pull quote or section title, as 'A fight from start to finish.' */
function isPullQuote(text: string, block: Block, q: Quotation): boolean {
  const single = SINGLE_MARKS.has(text[q.open]!);
  return single && q.parts.length === 1 && q.open === block.start && q.close >= block.end - 1;
}

const SINGLE_MARKS = new Set(["'", '‘', '‚', '‹', '’']);

/** A headline is short. */
const HEADLINE_MAX_WORDS = 20;

/** Single marks in a short paragraph of one sentence: "Sanders: Clinton needs to 'get away from all of this' with Trump." */
function isHeadlineQuote(text: string, block: Block, q: Quotation): boolean {
  if (!SINGLE_MARKS.has(text[q.open]!)) return false;
  const words = text.slice(block.start, block.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= HEADLINE_MAX_WORDS && !/[.!?]["”’']?\s+\S/.test(text.slice(block.start, block.end));
}
