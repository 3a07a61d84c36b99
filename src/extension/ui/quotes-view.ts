/** Key quotes: the top few quotations with their speakers; every quotation on demand. */
import type { Quote } from '../../core/types';
import { t } from '../platform/i18n';
import { button, h } from './dom';

/** How many quotations "Key quotes" shows before "All quotations". */
export const KEY_QUOTE_COUNT = 5;
/** The comma that led into the attribution ("…,” he said) ends nothing once the quote stands alone. */
const TRAILING_COMMA = /\s*,$/;

/** The quotations worth showing first: whole or partial statements (not scare quotes), best first. */
export function keyQuotes(quotes: readonly Quote[]): Quote[] {
  return quotes
    .filter((q) => q.kind !== 'fragment')
    .sort((a, b) => b.score - a.score)
    .slice(0, KEY_QUOTE_COUNT);
}

/** The quotation in marks, as it reads on its own. */
export function shownQuote(quote: Quote): string {
  return `“${String(quote.text).replace(TRAILING_COMMA, '')}”`;
}

/**
 * The section, or null when the article quotes no one.
 * @param showParagraph scrolls the article to paragraph N and highlights it
 * @param copy copies the key quotes
 */
export function quotesView(quotes: readonly Quote[], showParagraph: (paragraph: number) => void, copy: () => void): HTMLElement | null {
  if (quotes.length === 0) return null;
  const top = keyQuotes(quotes);
  const all = h('ol', { class: 'quote-list all-quotes', id: 'all-quotes', hidden: true }, ...quotes.map((q) => quoteItem(q, showParagraph)));
  const toggle = button(t('allQuotes', quotes.length), () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    all.hidden = !open;
  }, { class: 'link-button all-quotes-toggle', 'aria-expanded': 'false', 'aria-controls': 'all-quotes' });
  return h('section', { class: 'key-quotes', 'aria-labelledby': 'key-quotes-heading' },
    h('div', { class: 'key-quotes-head' },
      h('h2', { id: 'key-quotes-heading' }, t('keyQuotes')),
      top.length > 0 && button(t('copyQuotes'), copy, { class: 'link-button copy-quotes', 'aria-label': t('copyQuotesLabel') }),
    ),
    top.length > 0 && h('ol', { class: 'quote-list top-quotes' }, ...top.map((q) => quoteItem(q, showParagraph))),
    toggle,
    all,
  );
}

/**
 * The section while the quotations are being looked for, and when looking failed: the heading and
 * one line saying which. `aria-busy` marks the first, so the section is never blank or half-built.
 */
export function quotesNoticeView(state: 'finding' | 'failed', message?: string): HTMLElement {
  const detail = state === 'finding' ? t('findingQuotes') : t('quotesFailed', message ?? '');
  return h('section', { class: `key-quotes quotes-${state}`, 'aria-labelledby': 'key-quotes-heading', 'aria-busy': state === 'finding' ? 'true' : undefined },
    h('div', { class: 'key-quotes-head' }, h('h2', { id: 'key-quotes-heading' }, t('keyQuotes'))),
    h('p', { class: 'quotes-notice', role: 'status' }, detail),
  );
}

function quoteItem(quote: Quote, showParagraph: (paragraph: number) => void): HTMLLIElement {
  const speaker = quote.speaker?.name ? String(quote.speaker.name) : null;
  const item = button('', () => showParagraph(Number(quote.paragraph)), { class: 'quote', title: t('showInArticle') });
  item.append(
    h('span', { class: 'quote-text' }, shownQuote(quote)),
    h('span', { class: speaker ? 'quote-speaker' : 'quote-speaker unknown' }, speaker ?? t('speakerUnknown')),
  );
  return h('li', {}, item);
}
