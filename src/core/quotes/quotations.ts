/**
 * Finds the quotations in the text by their marks: top-level pairs of quotation marks (a quotation
 * inside a quotation belongs to the outer one), a quotation continued over paragraphs (an opening
 * mark at each paragraph start, the closing one only at the end), and a closing mark whose opening
 * mark was lost at the start of its paragraph.
 */
import {
  INTERCHANGEABLE_DOUBLE_MARKS, MARK_CANDIDATE, PAIRS_CLOSED_BY, PAIRS_OPENED_BY, canCloseAt, canOpenAt, markAt, type MarkPair,
} from './marks';
import type { Block, Span } from './blocks';

export interface QuotationPart extends Span {
  /** Index of the block (line) the part is in. */
  block: number;
}

export interface Quotation {
  /** The quoted text without marks: one part per block it runs over. */
  parts: QuotationPart[];
  /** Offset of the opening mark; for a lost opening mark, the start of the block. */
  open: number;
  /** Offset just after the closing mark; for a quotation never closed, the end of its last block. */
  close: number;
  /** The closing mark has no opening mark: the quotation is taken to start with its block. */
  openingLost: boolean;
  /** No closing mark before the block ended, and the next block does not continue the quotation. */
  unclosed: boolean;
}

/** A mark that opened and waits for its closing mark. */
interface OpenMark {
  at: number;
  mark: string;
  pairs: readonly MarkPair[];
  /** Only single marks: too often apostrophes to count until closed. */
  tentative: boolean;
}

/** A quotation open at the end of a block, with the parts it has so far. */
interface RunningQuotation {
  mark: OpenMark;
  parts: QuotationPart[];
  /** Quotations closed inside it in its last block: the ones to report if it never closes. */
  inner: Quotation[];
}

export function findQuotations(text: string, blocks: readonly Block[]): Quotation[] {
  const quotations: Quotation[] = [];
  let carried: RunningQuotation | null = null;
  for (const block of blocks) {
    carried = scanBlock(text, block, carried, quotations);
    if (!carried) continue;
    // The next block continues the quotation only if it starts with the same opening mark, and this
    // block did not close double quotations inside it (then its opening mark was a stray one).
    const next = blocks[block.index + 1];
    const resumed = next && markAt(text, next.start);
    if (!resumed || !carried.mark.pairs.some((p) => p.open === resumed) || carried.inner.length) {
      // A mark opened in this block and never closed, around whole quotations, was a stray one
      // ("Trump walked onto the stage, chanting “U-S-A!”): the quotations inside stand.
      if (carried.parts.length === 1 && carried.inner.length) quotations.push(...carried.inner);
      else quotations.push({ parts: carried.parts, open: carried.mark.at, close: block.end, openingLost: false, unclosed: true });
      carried = null;
    }
  }
  // In text order, however they were found (those inside a stray mark come at the end of their block).
  return quotations.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
}

/** Adds the block's closed quotations to `out`; returns the quotation still open at its end. */
function scanBlock(text: string, block: Block, carried: RunningQuotation | null, out: Quotation[]): RunningQuotation | null {
  const stack: OpenMark[] = [];
  let parts: QuotationPart[] = [];
  /** Double quotations closed inside the open top-level one. */
  const inner: Quotation[] = [];
  /** Where the content of the top-level quotation starts in this block. */
  let contentStart = -1;
  let from = block.start;
  if (carried) {
    // The repeated opening mark at the start of a continuing block only resumes the quotation.
    stack.push(carried.mark);
    parts = carried.parts;
    from = contentStart = block.start + markAt(text, block.start)!.length;
  }
  /** A real quotation mark has been seen in this block, so a closing mark cannot have lost its opening one. */
  let sawMark = !!carried;

  MARK_CANDIDATE.lastIndex = from;
  for (let found = MARK_CANDIDATE.exec(text); found && found.index < block.end; found = MARK_CANDIDATE.exec(text)) {
    const i = found.index;
    const mark = markAt(text, i)!;
    MARK_CANDIDATE.lastIndex = i + mark.length;
    const depth = closingDepth(text, i, mark, stack);
    if (depth >= 0) {
      const opened = stack[depth]!;
      // Under only tentative single marks (‘bout, ’90s), a closed quotation is still a top-level one.
      const topLevel = stack.slice(0, depth).every((m) => m.tentative);
      stack.length = depth;
      if (topLevel) {
        pushPart(text, parts, contentStart >= 0 && depth === 0 ? contentStart : opened.at + opened.mark.length, i, block.index);
        const reported = !opened.pairs.every((p) => p.unreported);
        if (parts.length && reported) out.push({ parts, open: opened.at, close: i + mark.length, openingLost: false, unclosed: false });
        parts = [];
        contentStart = -1;
        inner.length = 0;
      } else if (stack.filter((m) => !m.tentative).length === 1 && !opened.tentative) {
        const part: QuotationPart[] = [];
        pushPart(text, part, opened.at + opened.mark.length, i, block.index);
        if (part.length) inner.push({ parts: part, open: opened.at, close: i + mark.length, openingLost: false, unclosed: false });
      }
      sawMark = true;
      continue;
    }
    const top = stack.at(-1);
    // A second opening mark right after the first („“ or "“) doubles it rather than nesting.
    if (top && !top.tentative && top.at + top.mark.length === i) continue;
    const opening = PAIRS_OPENED_BY.get(mark)?.filter((p) => canOpenAt(text, i, mark, p.style, p.single)) ?? [];
    if (opening.length) {
      const tentative = opening.every((p) => p.single);
      stack.push({ at: i, mark, pairs: opening, tentative });
      sawMark ||= !tentative;
      continue;
    }
    // A closing double mark with nothing open and no mark before it in the block: its opening mark was lost.
    const lost = PAIRS_CLOSED_BY.get(mark)?.some((p) => !p.single && !p.unreported && canCloseAt(text, i, mark, p.style, p.single));
    if (lost && !sawMark && !stack.length && i > block.start) {
      pushPart(text, parts, block.start, i, block.index);
      if (parts.length) out.push({ parts, open: block.start, close: i + mark.length, openingLost: true, unclosed: false });
      parts = [];
      sawMark = true;
    }
  }

  // Single marks still open were apostrophes; the lowest double mark still open runs on past the block.
  const open = stack.find((m) => !m.tentative);
  if (!open || open.pairs.every((p) => p.unreported)) return null;
  const start = contentStart >= 0 && open === stack[0] ? contentStart : open.at + open.mark.length;
  pushPart(text, parts, start, block.end, block.index);
  return parts.length ? { mark: open, parts, inner } : null;
}

/** How deep in the stack the mark is that `mark` at `i` closes, or -1. Marks above it must be tentative. */
function closingDepth(text: string, i: number, mark: string, stack: readonly OpenMark[]): number {
  for (let d = stack.length - 1; d >= 0; d--) {
    const opened = stack[d]!;
    const pair = opened.pairs.find((p) => p.close === mark);
    if (pair && canCloseAt(text, i, mark, pair.style, pair.single)) return d;
    if (
      INTERCHANGEABLE_DOUBLE_MARKS.has(mark) && INTERCHANGEABLE_DOUBLE_MARKS.has(opened.mark) &&
      canCloseAt(text, i, mark, 'straight', false)
    ) return d;
    if (!opened.tentative) return -1;
  }
  return -1;
}

/** Adds the text between `start` and `end`, trimmed of white space, as a part. */
function pushPart(text: string, parts: QuotationPart[], start: number, end: number, block: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) parts.push({ start, end, block });
}
