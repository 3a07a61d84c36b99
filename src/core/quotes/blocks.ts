/**
 * The text's blocks: its lines, each knowing the paragraph (text between blank lines) it belongs to.
 * Quotations and attributions are read block by block because a single line break ends a paragraph
 * in much scraped text, while `Quote.paragraph` counts paragraphs as the article does.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  /** Position among the blocks. */
  index: number;
  /** Index of the paragraph, as `Quote.paragraph` and `data-paragraph` count them. */
  paragraph: number;
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph = 0;
  let blankLine = false;
  let start = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) {
      if (blankLine && blocks.length) paragraph++;
      blocks.push({ index: blocks.length, paragraph, start, end });
      blankLine = false;
    } else {
      blankLine = true;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return blocks;
}
