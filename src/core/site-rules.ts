/**
 * The reader's own rules for a site, applied during extraction: blocks to keep though a filter
 * removes them (see removals.ts), and blocks to remove though the filters keep them. A rule names
 * a block by its text, as `removalText` cuts it, since sites rename their classes at will.
 */
import { removalText } from './removals';

/** The filter id and reason of a removal a site rule made. */
export const SITE_RULE_FILTER = 'site-rule';
export const SITE_RULE_REASON = 'You chose to remove this on this site';

/** Elements whose text no reader sees: the sanitizer drops them with their content. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH', 'IFRAME', 'TITLE', 'AUDIO', 'VIDEO', 'OBJECT']);

/** The text of `node` as the reader sees it in the cleaned article, so a rule made there matches here. */
export function blockText(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1 || UNSEEN.has((node as Element).tagName.toUpperCase())) return '';
  let text = '';
  for (let n = node.firstChild; n; n = n.nextSibling) text += blockText(n);
  return text;
}

/** The rule text that names `block`. */
export function blockRuleText(block: Node): string {
  return removalText(blockText(block));
}

/** Takes out, with `take`, each outermost element of `body` whose text a remove rule names. */
export function removeByRules(body: Element, remove: ReadonlySet<string>, take: (el: Element) => void): void {
  if (remove.size === 0) return;
  const walk = (el: Element) => {
    for (let child = el.firstElementChild; child; ) {
      const next = child.nextElementSibling;
      if (remove.has(blockRuleText(child))) take(child);
      else walk(child);
      child = next;
    }
  };
  walk(body);
}
