/**
 * The copy's elements in document order, taken once: preparing then looks at each element a few
 * times in a plain loop instead of running a selector engine over the whole page per rule.
 */
import { unshadowed } from './clobbering';

export function elementsOf(doc: Document): Element[] {
  // querySelectorAll, not getElementsByTagName('*'), which linkedom answers with nothing.
  return Array.from(unshadowed(doc).querySelectorAll('*'));
}
