/**
 * Paragraphs of the live page the cleaned article may have lost. Readability now and then drops
 * a paragraph that sits in an odd wrapper; the reader is told, and can show it in place.
 *
 * A paragraph counts when it is visible, over 80 characters, not a caption or a list of links, in
 * the article's column (across: where the page's own article paragraphs stand; down: between the
 * first and the last of them, on screen and in the page's order), and its text is neither in the
 * article nor in what a filter removed on purpose. Text is compared as overlapping runs of letters
 * and digits, so spacing, punctuation and a removed icon label inside a paragraph do not count, and
 * it works the same in languages written without spaces. A paragraph dropped after the article's
 * last one goes unnoticed: below an article, pages put comments, notes and teasers, and a warning
 * there would mostly be wrong.
 */
import { NOT_LETTER_OR_DIGIT } from '../../core/letters';
import { unshadowed } from '../../core/prepare/clobbering';
import type { MissingParagraph, MissingRequest } from './protocol';

/** Shorter blocks are captions, labels and links, not paragraphs a reader misses. */
const MIN_CHARS = 80;
/** Runs of this many letters and digits are compared; every `STEP`th run of a paragraph is looked up. */
const RUN = 12;
const STEP = 3;
/** A paragraph is in the article when this share of its runs is. */
const PRESENT_SHARE = 0.5;
/** The column is the median article paragraph's; this much wider on each side still counts. */
const COLUMN_SLACK = 0.15;
/** A block much wider than the column spans the page: a banner or a footer. */
const MAX_WIDTH_RATIO = 1.3;
/**
 * Article paragraphs a screen apart belong to different runs: Readability sometimes takes in the
 * first lines of teasers far down the page, and the column is the run holding most of the text.
 */
const RUN_GAP_SCREENS = 1;
/** A caption: an ancestor this close holds an image and little more text than the block. */
const CAPTION_LEVELS = 3;
const CAPTION_SLACK = 80;
/** More than half of its text in links: a list of other stories. */
const MAX_LINK_SHARE = 0.5;
const MAX_REPORTED = 20;
const TEXT_LIMIT = 2_000;

/** Elements that start a block of text. */
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
/** Elements whose text is not reading, or that hold no part of an article: navigation, asides, footers, forms. */
const NOT_ARTICLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'IFRAME', 'OBJECT']);
const NOT_ARTICLE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alert', 'search']);

interface Block {
  el: Element;
  text: string;
  linkChars: number;
}

export function findMissing(doc: Document, article: MissingRequest): MissingParagraph[] {
  const body = unshadowed(doc).body;
  if (!body) return [];
  const paragraphs = article.text.split('\n\n');
  const inArticle = runIndex(paragraphs);
  const known = new Set<string>();
  for (const text of [article.title, article.byline, article.excerpt, ...article.removed.map(removedText)]) {
    if (text) for (const run of runsOf(text, 1)) known.add(run);
  }

  const blocks = visibleBlocks(body);
  const placed: { block: Block; rect: DOMRect; paragraph: number; order: number }[] = [];
  const unplaced: { block: Block; rect: DOMRect; order: number }[] = [];
  blocks.forEach(({ block, rect }, order) => {
    const runs = runsOf(block.text, STEP);
    if (runs.length === 0) return;
    const found = runs.map((r) => inArticle.get(r)).filter((p): p is number => p !== undefined);
    if (found.length >= PRESENT_SHARE * runs.length) placed.push({ block, rect, paragraph: median(found), order });
    else if (runs.filter((r) => known.has(r)).length + found.length < PRESENT_SHARE * runs.length) unplaced.push({ block, rect, order });
  });
  // Without two of the article's paragraphs on the page, there is no column to judge by.
  if (placed.length < 2 || unplaced.length === 0) return [];

  const column = mainRun(placed);
  const left = median(column.map((p) => p.rect.left));
  const right = median(column.map((p) => p.rect.right));
  const slack = COLUMN_SLACK * (right - left);
  const top = Math.min(...column.map((p) => p.rect.top));
  const bottom = Math.max(...column.map((p) => p.rect.bottom));
  const first = Math.min(...column.map((p) => p.order));
  const last = Math.max(...column.map((p) => p.order));
  const inColumn = ({ block, rect, order }: { block: Block; rect: DOMRect; order: number }) => {
    const centre = (rect.left + rect.right) / 2;
    const across = centre >= left - slack && centre <= right + slack && rect.width <= MAX_WIDTH_RATIO * (right - left);
    const along = rect.top >= top && rect.bottom <= bottom && order > first && order < last;
    return across && along && block.linkChars <= MAX_LINK_SHARE * block.text.length && !isCaption(block);
  };

  return unplaced
    .filter(inColumn)
    .slice(0, MAX_REPORTED)
    .map(({ block, order: at }) => {
      // The article paragraph of the nearest placed block before this one on the page.
      let after = -1;
      for (const p of placed) if (p.order < at) after = p.paragraph;
      return { text: block.text.slice(0, TEXT_LIMIT), after };
    });
}

/** The article paragraphs of the page that stand together, holding most of the article's text. */
function mainRun<T extends { block: Block; rect: DOMRect }>(placed: readonly T[]): T[] {
  const byTop = [...placed].sort((a, b) => a.rect.top - b.rect.top);
  const gap = RUN_GAP_SCREENS * innerHeight;
  const runs: T[][] = [];
  let bottom = -Infinity;
  for (const p of byTop) {
    if (p.rect.top - bottom > gap || runs.length === 0) runs.push([]);
    runs[runs.length - 1]!.push(p);
    bottom = Math.max(bottom, p.rect.bottom);
  }
  const chars = (run: T[]) => run.reduce((n, p) => n + p.block.text.length, 0);
  return runs.reduce((best, run) => (chars(run) > chars(best) ? run : best));
}

/** A picture's caption: in a figure, or beside an image in a box holding little else. */
function isCaption(block: Block): boolean {
  if (block.el.closest('figure, figcaption')) return true;
  let box: Element | null = block.el;
  for (let level = 0; level < CAPTION_LEVELS && box; level++) {
    box = box.parentElement;
    if (box?.querySelector('img, picture, video') && (box.textContent ?? '').replace(/\s+/g, ' ').trim().length <= block.text.length + CAPTION_SLACK) return true;
  }
  return false;
}

/** Blocks of the live page with over MIN_CHARS characters of their own text, visible, in page order. */
function visibleBlocks(body: Element): { block: Block; rect: DOMRect }[] {
  const blocks: Block[] = [];
  const walk = (el: Element, current: Block, inLink: boolean) => {
    // childNodes of the parent, never a form's own properties, which the page can shadow.
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        current.text += data;
        if (inLink) current.linkChars += data.trim().length;
        continue;
      }
      if (node.nodeType !== 1 || node instanceof HTMLFormElement) continue;
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (NOT_ARTICLE.has(tag) || NOT_ARTICLE_ROLES.has(child.getAttribute('role') ?? '') || child.getAttribute('aria-hidden') === 'true') continue;
      if (BLOCK.has(tag)) {
        const own: Block = { el: child, text: '', linkChars: 0 };
        blocks.push(own);
        current.text += ' ';
        walk(child, own, inLink);
      } else {
        walk(child, current, inLink || tag === 'A');
      }
    }
  };
  walk(body, { el: body, text: '', linkChars: 0 }, false);
  const out: { block: Block; rect: DOMRect }[] = [];
  for (const block of blocks) {
    block.text = block.text.replace(/\s+/g, ' ').trim();
    if (block.text.length <= MIN_CHARS) continue;
    if (!block.el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const rect = block.el.getBoundingClientRect();
    if (rect.width > 1 && rect.height > 1) out.push({ block, rect });
  }
  return out;
}

/** Letters and digits only, lower case: what survives any reflow of the same text. */
function compact(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(NOT_LETTER_OR_DIGIT(lower), '');
}

function runsOf(text: string, step: number): string[] {
  const c = compact(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN <= c.length; i += step) runs.push(c.slice(i, i + RUN));
  return runs;
}

/** Every run of the article's text, with the paragraph it first appears in. */
function runIndex(paragraphs: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    for (const run of runsOf(p, 1)) if (!index.has(run)) index.set(run, i);
  });
  return index;
}

/**
 * The whole text of a removal. The request carries its HTML (the page's own markup) only when the
 * core cut its text; that is parsed in a DOMParser document, which runs no script and loads nothing.
 */
function removedText(removal: MissingRequest['removed'][number]): string {
  if (!removal.html) return removal.text;
  return new DOMParser().parseFromString(removal.html, 'text/html').body.textContent ?? removal.text;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
