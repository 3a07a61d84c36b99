/** Copying the article, or its key quotes with speakers and source link, as Markdown. */
import { articleMarkdown } from '../../core/markdown';
import type { PageArticle, Quote } from '../../core/types';
import { t } from '../platform/i18n';
import { webUrl } from './format';
import { shownQuote } from './quotes-view';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Characters that would start Markdown syntax inside running text. */
const escape = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/\s+/g, ' ').trim();

/**
 * The article as the reader now sees it: with what they put back and without what they removed,
 * but without the page's paragraphs shown from outside the article or the view's own controls.
 */
export function articleAsMarkdown(article: PageArticle, body: HTMLElement): string {
  const copy = body.cloneNode(true) as HTMLElement;
  for (const el of Array.from(copy.querySelectorAll('.remove-block, .from-page, [data-removed]'))) el.remove();
  // The body as shown (sanitized), never the page's markup.
  return articleMarkdown({ ...article, html: copy.innerHTML }, parseHtml);
}

/** The key quotes as a list of block quotes, each with its speaker, then the source. */
export function quotesAsMarkdown(article: PageArticle, quotes: readonly Quote[]): string {
  const url = webUrl(String(article.url));
  const source = url ? `[${escape(String(article.title) || url)}](<${url}>)` : escape(String(article.title));
  const items = quotes.map((q) => `> ${escape(shownQuote(q))}\n>\n> — ${escape(q.speaker?.name ? String(q.speaker.name) : t('speakerUnknown'))}`);
  return [`## ${escape(t('keyQuotes'))}`, ...items, `${escape(t('quotesSource'))}: ${source}`].join('\n\n') + '\n';
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
