/** Key quotes: direct quotations with their speakers, ranked. Filled by the key-quotes work. */
import type { Quote } from '../types';

/** Quotations in `text` (paragraphs separated by blank lines), in text order. */
export function findQuotes(text: string): Quote[] {
  void text;
  return [];
}
