/**
 * Icon names that leak out as text: SVG sprites, icon fonts and visually hidden labels name their
 * glyphs ("icon bookmark-bicon bookmarkicon cameraicon", "share", "zoom_in"), and without the
 * page's styles the names show up in captions, share rows and toolbars, often glued together.
 */
import type { Filter, FilterContext } from './filter';
import { SKIP_TAGS, removeBlock, textBlocks, type Block } from './blocks';

/** Marks a word as an icon name: icon sets put one of these in every glyph's name. */
const ICON_MARK = /icon|glyph|sprite/i;

/** Glyph names of common icon sets and icon fonts (Material ligatures split at "_"), for words without a mark. */
const ICON_NAMES = new Set([
  // arrows and disclosure
  'arrow', 'caret', 'chevron', 'down', 'up', 'left', 'right', 'full', 'back', 'forward', 'step', 'stepback', 'stepfor', 'swipe', 'move',
  'expand', 'compress', 'more', 'less', 'vert', 'horiz', 'open', 'new',
  // toolbar actions
  'bookmark', 'border', 'camera', 'photo', 'check', 'close', 'download', 'edit', 'file', 'filter', 'flag', 'search', 'share', 'send',
  'tag', 'tags', 'trash', 'print', 'link', 'copy', 'content', 'menu', 'plus', 'minus', 'add', 'remove', 'ok', 'sign', 'in', 'user',
  'heart', 'favorite', 'thumb', 'star', 'mail', 'email', 'zoom', 'fullscreen', 'exit', 'text', 'increase', 'decrease', 'settings', 'info',
  // media controls
  'play', 'pause', 'music', 'muted', 'nomuted', 'volume', 'off',
  // social networks, often abbreviated
  'fb', 'facebook', 'tw', 'twitter', 'gp', 'google', 'ins', 'instagram', 'vk', 'yt', 'youtube', 'tg', 'telegram', 'wt', 'whatsapp',
  'fm', 'rss', 'linkedin', 'pinterest', 'reddit', 'ru',
  // size and variant prefixes
  'v', 'bi', 'i', 'fa', 'sm', 'lg',
]);

/** Separators inside names: "bookmark-bicon", "zoom_in". CamelCase ("BookmarkPrint") is lower-cased and read as glued names. */
const NAME_PARTS = /[-_.:/]+/;
/** Longest part split into glued names; longer ones are words, not names. */
const MAX_GLUED = 24;

/** How many glyph names `part` is, glued without a break ("infullscreen" is two), or 0 if it is not names. */
function gluedNames(part: string): number {
  if (ICON_NAMES.has(part)) return 1;
  if (part.length > MAX_GLUED) return 0;
  // fewest names covering part[0..i)
  const best = new Array<number>(part.length + 1).fill(0);
  for (let i = 1; i <= part.length; i++) {
    for (let j = Math.max(0, i - 12); j < i; j++) {
      if ((j === 0 || best[j]! > 0) && ICON_NAMES.has(part.slice(j, i)) && (best[i] === 0 || best[j]! + 1 < best[i]!)) best[i] = best[j]! + 1;
    }
  }
  return best[part.length]!;
}

/** Glyph names in a word, or 0 when it is not made of names; a word with the mark counts as marked. */
function namesIn(word: string): number {
  let names = 0;
  for (const part of word.toLowerCase().split(NAME_PARTS)) {
    if (!part) continue;
    const n = gluedNames(part);
    if (n === 0) return 0;
    names += n;
  }
  return names;
}

const isIconWord = (word: string) => ICON_MARK.test(word) || namesIn(word) > 0;
/** Evidence a word is an icon name and not an English word: the mark, or names glued together ("BookmarkPrintShare"). */
const isMarked = (word: string) => ICON_MARK.test(word) || namesIn(word) > 1;

/**
 * A run of icon names: nothing but glyph names, two of them marked; or one marked word alone,
 * unless it is capitalised like a heading ("Icons").
 */
function isIconRun(words: readonly string[]): boolean {
  if (!words.every(isIconWord)) return false;
  const marked = words.filter(isMarked);
  if (words.length === 1) return marked.length === 1 && (namesIn(words[0]!) > 1 || words[0] === words[0]!.toLowerCase());
  return marked.length >= 2;
}

/**
 * Number of leading words that are an icon run glued before real text: the run must name two icons
 * or more, and ends at the last word carrying the icon mark, or at the name after it when the mark
 * ends that word ("icon cameraicon closeicon expand Putin…": each label is "icon <name>").
 */
function iconPrefix(words: readonly string[]): number {
  let end = 0, marked = 0;
  for (let i = 0; i < words.length && isIconWord(words[i]!); i++) {
    if (ICON_MARK.test(words[i]!)) {
      marked++;
      end = i + 1;
    }
  }
  if (marked < 2) return 0;
  const next = words[end];
  return /icon$/i.test(words[end - 1]!) && next && namesIn(next) > 0 ? end + 1 : end;
}

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** Longest row of icon-font glyphs: a toolbar's buttons. */
const ROW_MAX_WORDS = 12;

export const iconLabels: Filter = {
  id: 'icon-labels',
  reason: 'Names of icons, not meant to be read',
  junkLine: (line) => {
    const words = wordsOf(line);
    return isIconRun(words) || iconPrefix(words) > 0;
  },
  run(article, ctx) {
    for (const block of textBlocks(article)) {
      const marked = ICON_MARK.test(block.text);
      if (!marked && block.words > ROW_MAX_WORDS) continue;
      const words = wordsOf(block.text);
      if (isIconRun(words) || (!block.run && block.words <= ROW_MAX_WORDS && words.every(isIconWord) && isGlyphRow(block.el))) {
        removeBlock(block, ctx);
      } else if (marked && !block.run) {
        removeLabelElements(block, ctx);
        const prefix = iconPrefix(wordsOf(visibleText(block.el)));
        if (prefix > 0) stripLeadingText(block, prefix, ctx);
      }
    }
  },
};

/** Text of an element as the reader gets it, without what no reader sees. */
function visibleText(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1 || SKIP_TAGS.has((node as Element).tagName.toUpperCase())) return '';
  let text = '';
  for (let n = node.firstChild; n; n = n.nextSibling) text += visibleText(n);
  return text;
}

/**
 * A row of icon-font glyphs: every piece of text in it is one glyph name in an element of its own
 * ("<i>share</i> <i>facebook</i>"), two or more of them. Prose never comes in such pieces.
 */
function isGlyphRow(el: Element): boolean {
  let glyphs = 0;
  const visit = (node: Element): boolean => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const word = (n as Text).data.trim();
        if (!word) continue;
        if (node === el || /\s/.test(word) || !isIconWord(word)) return false;
        glyphs++;
      } else if (n.nodeType === 1 && !SKIP_TAGS.has((n as Element).tagName.toUpperCase()) && !visit(n as Element)) return false;
    }
    return true;
  };
  return visit(el) && glyphs >= 2;
}

/**
 * An element holding only an icon's name: names, marked the way sprites mark them, "icon camera"
 * or "icon-share"; not "share icon", which is English.
 */
function isLabelElement(el: Element): boolean {
  const words = wordsOf(visibleText(el));
  if (words.length === 0 || !words.every(isIconWord)) return false;
  return (words[0] === 'icon' && words.length > 1) || words.some((w) => ICON_MARK.test(w) && !BARE_MARK.test(w));
}

/** The mark as a word of its own, as English uses it. */
const BARE_MARK = /^(icons?|glyphs?|sprites?)$/i;

/**
 * Inside a caption or line with real text, remove the elements that only hold icon names, each
 * run of neighbours as one removal ("icon cameraicon expandicon close" after a caption).
 */
function removeLabelElements(block: Block, ctx: FilterContext): void {
  const found: Element[] = [];
  const visit = (el: Element) => {
    for (let n = el.firstElementChild; n; n = n.nextElementSibling) {
      if (SKIP_TAGS.has(n.tagName.toUpperCase())) continue;
      if (ICON_MARK.test(visibleText(n)) && isLabelElement(n)) found.push(n);
      else visit(n);
    }
  };
  visit(block.el);
  for (let i = 0; i < found.length; ) {
    const run = [found[i]!];
    while (i + run.length < found.length && isNextTo(run[run.length - 1]!, found[i + run.length]!)) run.push(found[i + run.length]!);
    i += run.length;
    if (run.length === 1) ctx.remove(run[0]!);
    else {
      const wrapper = ctx.doc.createElement('span');
      run[0]!.parentNode!.insertBefore(wrapper, run[0]!);
      for (let n: Node | null = run[0]!, end = run[run.length - 1]!.nextSibling; n && n !== end; ) {
        const next: Node | null = n.nextSibling;
        wrapper.appendChild(n);
        n = next;
      }
      ctx.remove(wrapper);
    }
  }
  block.text = visibleText(block.el).replace(/\s+/g, ' ').trim();
  block.words = wordsOf(block.text).length;
}

/** `b` follows `a` with nothing but white space or hidden markup between them. */
function isNextTo(a: Element, b: Element): boolean {
  for (let n = a.nextSibling; n; n = n.nextSibling) {
    if (n === b) return true;
    if (visibleText(n).trim()) return false;
  }
  return false;
}

/** Cut the block's first `count` words (an icon run glued before its text) from its text nodes; record them as one removal. */
function stripLeadingText(block: Block, count: number, ctx: FilterContext): void {
  const texts: Text[] = [];
  const collect = (n: Node) => {
    if (n.nodeType === 3) texts.push(n as Text);
    else if (n.nodeType === 1 && !SKIP_TAGS.has((n as Element).tagName.toUpperCase())) n.childNodes.forEach(collect);
  };
  collect(block.el);
  const words = wordsOf(texts.map((t) => t.data).join(''));
  let left = words.slice(0, count).join('').length; // characters of the run besides white space
  const cut: string[] = [];
  for (const t of texts) {
    if (left <= 0) break;
    let i = 0;
    for (; i < t.data.length && left > 0; i++) if (!/\s/.test(t.data[i]!)) left--;
    cut.push(t.data.slice(0, i));
    t.data = t.data.slice(i);
  }
  const first = texts[0];
  if (!first?.parentNode) return;
  const removed = ctx.doc.createTextNode(cut.join(''));
  first.parentNode.insertBefore(removed, first);
  ctx.remove(removed);
  block.text = words.slice(count).join(' ');
  block.words = words.length - count;
}
