/**
 * Quotations are found on the extension page, not in the tab: the quotes code (mostly word lists)
 * is a module of its own (chunks/quotes.js), loaded once the article is on screen, so the article
 * shows no later for it. What is found is kept with the tab's article, for the reader tab and the
 * next popup.
 */
import type { Quote } from '../../core/types';
import { addQuotes, type CachedArticle } from '../session-cache';

export async function quotesFor(entry: CachedArticle): Promise<Quote[]> {
  if (Array.isArray(entry.article.quotes)) return entry.article.quotes;
  const { findQuotes } = await import('../../core/quotes/index');
  const quotes = findQuotes(entry.article.text);
  void addQuotes(entry, quotes).catch(() => false);
  return quotes;
}
