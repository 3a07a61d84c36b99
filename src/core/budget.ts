/**
 * How much page the pipeline takes on. Readability and the sanitizer run on the page's own thread,
 * and past these limits they take many seconds (`npx tsx tests/tools/huge-pages.ts` measures it),
 * so such a page gets "too large to clean" at once instead of a frozen tab.
 */
import { elementsOf } from './prepare/elements';

export interface PageBudget {
  /** Elements in the whole page; news pages have a few thousand. */
  maxElements: number;
  /** Nesting depth; news pages stay under 60, and Readability's time grows with the cube of depth. */
  maxDepth: number;
  /** Characters of text outside scripts and styles; news pages have under 100,000. */
  maxTextChars: number;
}

export const DEFAULT_BUDGET: PageBudget = {
  maxElements: 60_000,
  maxDepth: 200,
  maxTextChars: 1_000_000,
};

/** Elements whose text is code or data, not reading: pages carry megabytes of it in scripts. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Why `doc` is over budget, in a sentence, or null when it is within. `elements` are the document's
 * elements in document order (prepare/elements.ts). The text is measured as the whole document's
 * text less that of the elements in NOT_TEXT, in native calls: walking every text node costs the
 * content script a call per node and a wrapper object for each. Reads plain properties: the document
 * must be one whose elements shadow none of them (see removeShadowingNames).
 */
export function overBudget(doc: Document, budget: PageBudget, elements: readonly Element[] = elementsOf(doc)): string | null {
  if (elements.length > budget.maxElements) return `The page has more than ${budget.maxElements} elements.`;
  // In document order each element's parent is one of the elements still open before it: its depth
  // is its place in that stack (the root element is 1).
  const open: Node[] = [];
  /** Where in `open` the element in NOT_TEXT being read stands, or -1: its text is counted once, as a whole. */
  let notTextAt = -1;
  let notTextChars = 0;
  for (const el of elements) {
    const parent = el.parentNode;
    while (open.length > 0 && open[open.length - 1] !== parent) open.pop();
    if (open.length <= notTextAt) notTextAt = -1;
    open.push(el);
    if (open.length > budget.maxDepth) return `The page nests elements more than ${budget.maxDepth} deep.`;
    if (notTextAt < 0 && NOT_TEXT.has(el.localName)) {
      notTextAt = open.length - 1;
      notTextChars += (el.textContent ?? '').length;
    }
  }
  const textChars = (doc.documentElement?.textContent ?? '').length - notTextChars;
  if (textChars > budget.maxTextChars) return `The page has more than ${budget.maxTextChars} characters of text.`;
  return null;
}
