/**
 * The article body and what the reader can change in it: put a removed item back at its marker
 * (`<span data-removed="N">`, see src/core/removals.ts) and take it out again, remove a block with
 * the small control each block shows on hover or focus, and show the page's paragraphs the
 * article may have lost in their place.
 */
import type { MissingParagraph } from '../content/protocol';
import type { PageArticle } from '../../core/types';
import { h } from './dom';
import { sanitizedFragment } from './sanitize';

const HIGHLIGHT = 'highlighted';
const MARKER = 'data-removed';
/** Blocks inside these are placed around their list or table as a whole. */
const INSIDE_CONTAINER = new Set(['LI', 'DT', 'DD', 'TD', 'TH', 'TR', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION', 'FIGCAPTION']);
/** Table parts cannot hold a control of their own. */
const NO_CONTROL = new Set(['TABLE', 'TR', 'THEAD', 'TBODY', 'TFOOT']);
const SVG = 'http://www.w3.org/2000/svg';

export interface ArticleBody {
  element: HTMLElement;
  /** Scroll to paragraph N, highlight it and move focus there. */
  showParagraph(paragraph: number): void;
  /** Put removal N back at its place; false when it has none. */
  putBack(index: number): boolean;
  /** Take a put-back removal out again. */
  takeOut(index: number): void;
  /** Take a block out as removal N (the reader's "Remove this"), leaving its marker. */
  removeBlock(block: HTMLElement, index: number): void;
  /** Show these paragraphs of the page the article may have lost in their place (none: hide them again); returns the first shown. */
  showMissing(missing: readonly MissingParagraph[]): HTMLElement | null;
}

export interface BodyOptions {
  /** When the reader may remove blocks: the control's accessible name for a block, and what removing does. */
  removal?: { label: (block: HTMLElement) => string; onRemove: (block: HTMLElement) => void };
  fromPageLabel: string;
}

export function articleBody(article: PageArticle, options: BodyOptions): ArticleBody {
  const lang = typeof article.lang === 'string' ? article.lang : undefined;
  const dir = article.dir === 'rtl' || article.dir === 'ltr' ? article.dir : undefined;
  const element = h('div', { class: 'article-body', lang, dir });
  element.append(sanitizedFragment(String(article.html)));
  if (options.removal) for (const block of blocks(element)) addControl(block, options.removal);

  /** Where each removal's HTML comes from: the page's (sanitized here), or a block removed in this view. */
  const sources = new Map<number, () => Node>();
  /** The removal whose HTML holds the marker of removal N, for a removal taken out with its container. */
  const container = new Map<number, number>();
  article.removed.forEach((removal, i) => {
    const html = typeof removal.html === 'string' ? removal.html : null;
    if (html === null) return;
    sources.set(i, () => sanitizedFragment(html));
    for (const m of html.matchAll(/data-removed="(\d+)"/g)) container.set(Number(m[1]), i);
  });
  const putBackNodes = new Map<number, Node[]>();

  const markerOf = (index: number, seen = new Set<number>()): Element | null => {
    const own = element.querySelector(`[${MARKER}="${index}"]`);
    const outer = container.get(index);
    if (own || outer === undefined || seen.has(outer)) return own;
    return markerOf(outer, seen.add(index));
  };

  const focusOn = (el: HTMLElement) => {
    el.tabIndex = -1;
    el.focus({ preventScroll: true });
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  };

  let shownMissing: HTMLElement[] = [];

  return {
    element,
    showParagraph(paragraph) {
      const block = element.querySelector<HTMLElement>(`[data-paragraph="${paragraph}"]`);
      if (!block) return;
      element.querySelector(`.${HIGHLIGHT}`)?.classList.remove(HIGHLIGHT);
      block.classList.add(HIGHLIGHT);
      focusOn(block);
    },
    putBack(index) {
      const source = sources.get(index);
      const marker = markerOf(index);
      if (!source || !marker || putBackNodes.has(index)) return false;
      const taken = source();
      const nodes = Array.from(taken.nodeType === 11 /* a fragment */ ? taken.childNodes : [taken], (n) => {
        if (n.nodeType === 1) {
          (n as Element).classList.add('restored');
          return n;
        }
        return h('span', { class: 'restored' }, n.textContent ?? '');
      });
      marker.before(...nodes);
      putBackNodes.set(index, nodes);
      const first = nodes.find((n): n is HTMLElement => n instanceof HTMLElement);
      if (first) focusOn(first);
      return true;
    },
    takeOut(index) {
      for (const n of putBackNodes.get(index) ?? []) (n as ChildNode).remove();
      putBackNodes.delete(index);
    },
    removeBlock(block, index) {
      const marker = h('span', { [MARKER]: String(index) });
      block.replaceWith(marker);
      block.classList.remove(HIGHLIGHT);
      sources.set(index, () => block);
    },
    showMissing(missing) {
      for (const el of shownMissing) el.remove();
      shownMissing = [];
      const lastAfter = new Map<number, Element>();
      for (const m of missing) {
        const note = h('div', { class: 'from-page', role: 'note' },
          h('p', { class: 'from-page-label' }, options.fromPageLabel),
          h('p', {}, m.text));
        const previous = lastAfter.get(m.after) ?? placeAfter(element, m.after);
        if (previous) previous.after(note);
        else element.prepend(note);
        lastAfter.set(m.after, note);
        shownMissing.push(note);
      }
      const first = shownMissing[0] ?? null;
      if (first) focusOn(first);
      return first;
    },
  };
}

/** The blocks a reader can remove: those that start a paragraph. */
function blocks(body: HTMLElement): HTMLElement[] {
  return Array.from(body.querySelectorAll<HTMLElement>('[data-paragraph]')).filter((b) => !NO_CONTROL.has(b.tagName));
}

function addControl(block: HTMLElement, removal: NonNullable<BodyOptions['removal']>): void {
  const control = h('button', { type: 'button', class: 'remove-block', 'aria-label': removal.label(block) });
  control.append(crossIcon());
  control.addEventListener('click', (event) => {
    event.stopPropagation();
    removal.onRemove(block);
  });
  block.prepend(control);
}

/** An ✕ drawn, not written: the control adds no text to the block it sits in. */
function crossIcon(): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M4.5 4.5l7 7m0-7l-7 7');
  svg.append(path);
  return svg;
}

/** The element after which a paragraph that followed article paragraph N goes: N's block, or the list or table holding it. */
function placeAfter(body: HTMLElement, paragraph: number): Element | null {
  for (let n = paragraph; n >= 0; n--) {
    let el = body.querySelector(`[data-paragraph="${n}"]`);
    if (!el) continue; // removed in this view: the one before it
    while (el.parentElement && el.parentElement !== body && INSIDE_CONTAINER.has(el.tagName)) el = el.parentElement;
    return el;
  }
  return null;
}
