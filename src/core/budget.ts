/**
 * How much page the pipeline takes on. Readability and the sanitizer run on the page's own thread,
 * and past these limits they take many seconds (`npx tsx tests/tools/huge-pages.ts` measures it),
 * so such a page gets "too large to clean" at once instead of a frozen tab.
 */

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
 * Why `doc` is over budget, in a sentence, or null when it is within. Stops at the first limit it
 * passes, so it costs little even on a huge page. Walks plain properties: the document must be one
 * whose elements shadow none of them (see removeShadowingNames).
 */
export function overBudget(doc: Document, budget: PageBudget): string | null {
  let elements = 0;
  let textChars = 0;
  let depth = 1; // of `node`; the root element is 1
  const root = doc.documentElement;
  let node: Node | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      if (++elements > budget.maxElements) return `The page has more than ${budget.maxElements} elements.`;
      if (depth > budget.maxDepth) return `The page nests elements more than ${budget.maxDepth} deep.`;
      descend = !NOT_TEXT.has((node as Element).localName);
    } else if (node.nodeType === 3) {
      textChars += (node as Text).length; // a number: the text itself is not read
      if (textChars > budget.maxTextChars) return `The page has more than ${budget.maxTextChars} characters of text.`;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      depth--;
    }
    node = node === root ? null : node.nextSibling;
  }
  return null;
}
