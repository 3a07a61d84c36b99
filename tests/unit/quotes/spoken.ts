import { findQuotes } from '../../../src/core/quotes/index';
import type { Quote } from '../../../src/core/types';

/** Each quotation's text with its speaker's name and the words its attribution rests on. */
export const spoken = (text: string) =>
  findQuotes(text).map((q: Quote) => [q.text, q.speaker?.name ?? null, q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null]);
