/**
 * The article as plain text: one paragraph per block, separated by a blank line. Each block that
 * starts a paragraph is marked with `data-paragraph` so quotes and the popup can point back to it.
 */
import { letterPattern } from './letters';

/** The attribute marking the block each paragraph of the text comes from. */
export const PARAGRAPH_ATTRIBUTE = 'data-paragraph';

/** Elements that start a new paragraph in the text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);
/** Elements whose text no reader sees as text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);

export interface ArticleText {
  text: string;
  paragraphs: string[];
}

export function articleText(root: Element): ArticleText {
  const paragraphs: string[] = [];
  let buffer = '';
  let owner: Element = root;
  const flush = () => {
    // Line breaks stay single inside a paragraph: a blank line is what separates paragraphs.
    const p = buffer.replace(/[ \t\f\v\r\u00a0\u200b]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n').trim();
    if (p) {
      if (!owner.hasAttribute(PARAGRAPH_ATTRIBUTE)) owner.setAttribute(PARAGRAPH_ATTRIBUTE, String(paragraphs.length));
      paragraphs.push(p);
    }
    buffer = '';
  };
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) buffer += (n as Text).data.replace(/\s+/g, ' ');
      else if (n.nodeType === 1) {
        const child = n as Element;
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') buffer += '\n';
        else if (BLOCK.has(tag)) {
          flush();
          const outer = owner;
          owner = child;
          walk(child);
          flush();
          owner = outer;
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return { text: paragraphs.join('\n\n'), paragraphs };
}

/** Kana, CJK ideographs and Hangul: each character counts as a word. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
/** A word: a letter or digit, then letters, digits, apostrophes and hyphens. */
const WORD = letterPattern(String.raw`[\p{L}\p{N}][\p{L}\p{N}'’\-]*`, 'g');

/** Words as a reader counts them; CJK characters count one word each. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ');
  const words = rest.match(WORD(rest))?.length ?? 0;
  return words + cjk;
}

/** At 230 words a minute, the usual figure for reading news on a screen; never less than a minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
