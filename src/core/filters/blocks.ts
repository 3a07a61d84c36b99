/**
 * The article as a reader sees it: a sequence of text blocks (paragraphs, headings, list items,
 * captions, and text loose between them). Filters judge blocks by their text and structure; the
 * article is walked once, and each filter takes the list from there.
 */
import type { FilterContext } from './filter';
import { NOT_LETTER_OR_DIGIT } from '../letters';

/** Elements that start a block of their own, as in the article text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);
/** Elements whose text no reader sees as text (the article text leaves them out too). */
export const SKIP_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface Block {
  /** The article the block was found in. */
  root: Element;
  /** The element holding the block, or for text loose among other blocks, the element around it. */
  el: Element;
  /** Set when the block is text loose among other blocks: the run of child nodes of `el` it consists of. */
  run: Node[] | null;
  /** Its text, whitespace collapsed. */
  text: string;
  words: number;
  /** Characters of `text` inside links. */
  linkChars: number;
}

/** What `walk` returns for an element without blocks inside: its text and the characters of it in links. */
interface Inline {
  text: string;
  linkChars: number;
}

const NO_BLOCKS: Inline = { text: '', linkChars: 0 };

/**
 * Blocks of each article, read once: filters change an article only by removing nodes (and
 * icon-labels updates the block it cuts), so later filters take the list and skip what is gone.
 */
const readBlocks = new WeakMap<Element, Block[]>();

/** The blocks of `root` that hold text, in reading order. */
export function textBlocks(root: Element): Block[] {
  const known = readBlocks.get(root);
  if (known) return known.filter((b) => isInArticle(b.run?.[0] ?? b.el, root));
  const blocks = walkBlocks(root);
  readBlocks.set(root, blocks);
  return blocks.slice();
}

function walkBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const add = (el: Element, run: Node[] | null, raw: string, linkChars: number, at: number) => {
    if (!/\S/.test(raw)) return;
    const text = raw.replace(/\s+/g, ' ').trim();
    let words = 1;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
    const block: Block = { root, el, run, text, words, linkChars: Math.min(linkChars, text.length) };
    if (at === blocks.length) blocks.push(block);
    else blocks.splice(at, 0, block);
  };
  /** The nodes of a run: siblings from `first` to `last`. */
  const runOf = (first: Node, last: Node) => {
    const nodes = [first];
    for (let n: Node | null = first; n !== last && (n = n.nextSibling); ) nodes.push(n);
    return nodes;
  };
  /** Walks `el`: returns its text when it holds no block, or null when it does (its blocks are added). */
  const walk = (el: Element): Inline | null => {
    let text = '', linkChars = 0, holdsBlocks = false;
    let first: Node | null = null, last: Node | null = null; // the run of inline nodes being read
    for (let n = el.firstChild; n; n = n.nextSibling) {
      const type = n.nodeType;
      if (type === 3) {
        text += (n as Text).data;
        first ??= n;
        last = n;
        continue;
      }
      if (type !== 1) continue;
      const tag = (n as Element).tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      const at = blocks.length;
      const inner = (n as Element).firstChild ? walk(n as Element) : NO_BLOCKS;
      if (inner && !BLOCK_TAGS.has(tag)) {
        text += inner.text;
        linkChars += tag === 'A' ? inner.text.trim().length : inner.linkChars;
        first ??= n;
        last = n;
        continue;
      }
      if (inner) add(n as Element, null, inner.text, inner.linkChars, blocks.length);
      holdsBlocks = true;
      // The text read before this child comes before the child's blocks.
      if (first) add(el, runOf(first, last!), text, linkChars, at);
      text = '';
      linkChars = 0;
      first = last = null;
    }
    if (!holdsBlocks) return { text, linkChars };
    if (first) add(el, runOf(first, last!), text, linkChars, blocks.length);
    return null;
  };
  const top = walk(root);
  if (top) add(root, null, top.text, top.linkChars, 0);
  return blocks;
}

/** Items of this many words or fewer make a list a menu-like row (links, buttons, tags). */
const SHORT_ITEM_WORDS = 4;

/**
 * The blocks, with each list of short items merged into one block: a menu, a share row or a tag
 * list is judged as a whole.
 */
export function mergeShortLists(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    const item = blocks[i]!;
    const list = item.el.tagName.toUpperCase() === 'LI' && !item.run ? item.el.parentElement : null;
    const firstItem = list !== null && blocks[i - 1]?.el.parentElement !== list; // a list is merged whole or not at all
    let j = i;
    while (list && j < blocks.length && blocks[j]!.el.parentElement === list && !blocks[j]!.run && blocks[j]!.words <= SHORT_ITEM_WORDS) j++;
    const whole = firstItem && j > i + 1 && (j === blocks.length || blocks[j]!.el.parentElement !== list);
    if (!whole) {
      out.push(blocks[i++]!);
      continue;
    }
    const items = blocks.slice(i, j);
    const text = items.map((b) => b.text).join(' ');
    out.push({ root: items[0]!.root, el: list, run: null, text, words: text.split(' ').length, linkChars: items.reduce((s, b) => s + b.linkChars, 0) });
    i = j;
  }
  return out;
}

/** Whether `node` is still in the article (an earlier removal may have taken its box). */
export function isInArticle(node: Node, root: Element): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === root) return true;
  return false;
}

/** Remove a block, recording it once even when it is a run of loose nodes. */
export function removeBlock(block: Block, ctx: FilterContext): void {
  if (!isInArticle(block.run?.[0] ?? block.el, block.root)) return;
  if (!block.run) {
    ctx.remove(block.el);
    return;
  }
  const first = block.run[0]!;
  if (!first.parentNode) return;
  const wrapper = ctx.doc.createElement('span');
  first.parentNode.insertBefore(wrapper, first);
  for (const n of block.run) wrapper.appendChild(n);
  ctx.remove(wrapper);
}

/**
 * Remove a block together with the box around it, when the box holds little else: a promo's
 * heading and button, an ad's label and image. `slack` is how many more characters the box may hold.
 */
export function removeWithBox(block: Block, slack: number, ctx: FilterContext): void {
  let box = block.el;
  if (!block.run) {
    const limit = block.text.length + slack;
    for (let up = box.parentElement; up && up !== block.root && visibleLength(up) <= limit; up = up.parentElement) box = up;
  }
  if (box === block.el) removeBlock(block, ctx);
  else if (isInArticle(box, block.root)) ctx.remove(box);
}

/**
 * Remove blocks that belong together (a list's label and its items) as one box when an element
 * holds them and little else, or one by one when none does.
 */
export function removeTogether(group: readonly Block[], ctx: FilterContext): void {
  const first = group[0], last = group[group.length - 1];
  if (!first || !last) return;
  const limit = group.reduce((n, b) => n + b.text.length + 1, 0) + BOX_SLACK;
  for (let up = first.el.parentElement; !first.run && up && up !== first.root && visibleLength(up) <= limit; up = up.parentElement) {
    if (isInArticle(last.el, up)) {
      if (isInArticle(up, first.root)) ctx.remove(up);
      return;
    }
  }
  for (const b of group) removeBlock(b, ctx);
}

/** Characters a box may hold besides its blocks: separators, a counter, a button's label. */
const BOX_SLACK = 20;

const visibleLength = (el: Element) => (el.textContent || '').replace(/\s+/g, ' ').trim().length;

/** Share of the block's text that is link text. */
export const linkDensity = (b: Block) => b.linkChars / b.text.length;

/** The nearest element around the block (or the block itself) of one of `tags`, below the article. */
export function enclosing(b: Block, tags: ReadonlySet<string>): Element | null {
  for (let e: Element | null = b.el; e && e !== b.root; e = e.parentElement) if (tags.has(e.tagName.toUpperCase())) return e;
  return null;
}

/** Ends like a sentence: a full stop, question or exclamation mark, or a closing quote. */
const SENTENCE_END = /[.!?…"”»’)]$/;

/** Body text: a sentence or more of words that are not mostly links. */
export function isProse(b: Block): boolean {
  return linkDensity(b) < 0.5 && (b.words >= 25 || (b.words >= 10 && SENTENCE_END.test(b.text)));
}

/** Index of the first block of body text (blocks before it are the article's header), or -1. */
export const firstProse = (blocks: readonly Block[]) => blocks.findIndex(isProse);

/** Index after the last block of body text (blocks from it on are the article's footer). */
export function afterLastProse(blocks: readonly Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) if (isProse(blocks[i]!)) return i + 1;
  return 0;
}

/**
 * Reported speech: a quotation of three words or more, or a verb of saying. Call-to-action rules
 * leave such text alone, since a person quoted saying "subscribe" is news, not a pitch.
 */
const QUOTATION = /["“„«]([^"“”„«»]{1,400})["”»]/g;
const SPEECH_VERB = /\b(said|says|told|asked|explained|added|according to)\b/i;
export function isSpeech(text: string): boolean {
  if (SPEECH_VERB.test(text)) return true;
  for (const [, quoted] of text.matchAll(QUOTATION)) if (wordCount(quoted!) >= 3) return true;
  return false;
}

/**
 * Several patterns as one, matching where any of them does. Each pattern costs V8 a compilation on
 * every page the content script reads; one pattern of many branches compiles in a fraction of the
 * time its parts take apart, and is tried once per block instead of once per part.
 */
export function anyOf(sources: readonly string[], flags = ''): RegExp {
  return new RegExp(sources.map((source) => `(?:${source})`).join('|'), flags);
}

/** Words of a line of text, as blocks count them: runs of non-space characters. */
export function wordCount(text: string): number {
  let words = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * The text in lower case, for word patterns written in lower case without the `i` flag: case-blind
 * patterns cost V8 about twice as much to compile, on every fresh page. "İ" is kept as it is (its
 * lower case is two characters) so that offsets of a match hold in the text too; it matches no pattern.
 */
export const lowerCase = (text: string) => (text.includes('İ') ? text.replace(/[^İ]+/g, (s) => s.toLowerCase()) : text.toLowerCase());

/** Lower case, letters and digits only, single spaces: for comparing texts. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(NOT_LETTER_OR_DIGIT(lower), ' ').trim();
}
