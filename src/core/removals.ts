/**
 * What the filters (and the reader's site rules) take out of the article, kept so it can be put
 * back where it was. Each removal leaves an empty marker, `<span data-removed="N">` (N = its index
 * in `Article.removed`), in the article HTML at its place, and carries its own HTML to put back.
 */
import type { Removal } from './types';
import { absolutizeLinks } from './links';
import { PARAGRAPH_ATTRIBUTE } from './text';

/** The attribute of the marker a removal leaves behind. */
export const REMOVED_ATTRIBUTE = 'data-removed';
/** Removed text is cut to this many characters, the same cut site rules use. */
export const REMOVAL_TEXT_LIMIT = 200;
/** A removal longer than this is listed but not offered back: it would bloat the result. */
export const REMOVAL_HTML_LIMIT = 30_000;

/** A removed node and where it stood when it was removed. */
interface Taken {
  node: Node;
  parent: Node;
  next: Node | null;
  filter: string;
  reason: string;
  text: string;
}

export interface RemovalLog {
  /** Take `node` out of its parent and record it; nothing happens to a node already detached. */
  remove(node: Node, filter: string, reason: string): void;
  /**
   * After every removal: put a marker where each removed node stood, or the node itself when its
   * text is in `keep` (the reader's "always keep this").
   */
  settle(keep: ReadonlySet<string>): void;
  /**
   * The removals that stand (after `settle`), each with its markup as the page had it (links made
   * absolute), or its text escaped: unsafe until sanitized.
   */
  records(url: string): Required<Removal>[];
}

/** Whitespace-collapsed text, cut to the removal limit: how removals and site rules name a block. */
export function removalText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, REMOVAL_TEXT_LIMIT);
}

/**
 * Page markup may carry the core's marker attributes itself (where a removal stood, which block a
 * paragraph comes from); only markers the core places may point into the article.
 */
const MARKER_ATTRIBUTES = [REMOVED_ATTRIBUTE, PARAGRAPH_ATTRIBUTE];

export function dropForeignMarkers(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(MARKER_ATTRIBUTES.map((a) => `[${a}]`).join(',')))) {
    for (const attribute of MARKER_ATTRIBUTES) el.removeAttribute(attribute);
  }
}

export function createRemovalLog(doc: Document): RemovalLog {
  const taken: Taken[] = [];
  let kept: boolean[] = [];
  return {
    remove(node, filter, reason) {
      const parent = node.parentNode;
      if (!parent) return;
      taken.push({ node, parent, next: node.nextSibling, filter, reason, text: removalText(node.textContent || '') });
      parent.removeChild(node);
    },
    settle(keep) {
      kept = taken.map((t) => t.text !== '' && keep.has(t.text));
      // Markers number the removals that stand, in the order they were taken.
      const index: number[] = [];
      let standing = 0;
      for (let i = 0; i < taken.length; i++) index.push(kept[i] ? -1 : standing++);
      // Undo the removals last to first: each one's `next` was its sibling when it was taken, and
      // whatever took that sibling later has already left its stand-in there.
      const standIn = new Map<Node, Node>();
      for (let i = taken.length - 1; i >= 0; i--) {
        const t = taken[i]!;
        const stand = kept[i] ? t.node : marker(doc, index[i]!);
        const next = t.next && (standIn.get(t.next) ?? t.next);
        if (next && next.parentNode === t.parent) t.parent.insertBefore(stand, next);
        else t.parent.appendChild(stand);
        standIn.set(t.node, stand);
      }
    },
    records(url) {
      return taken.filter((_, i) => !kept[i]).map((t) => ({ filter: t.filter, reason: t.reason, text: t.text, html: markup(t.node, url) }));
    },
  };
}

function marker(doc: Document, index: number): Element {
  const span = doc.createElement('span');
  span.setAttribute(REMOVED_ATTRIBUTE, String(index));
  return span;
}

/** The removed node as HTML, with the markers of removals inside it. */
function markup(node: Node, url: string): string {
  if (node.nodeType !== 1) return escapeText(node.textContent || '');
  absolutizeLinks(node as Element, url);
  return (node as Element).outerHTML;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
