/**
 * The cleaned article as the popup and the reader tab show it, with what the reader can do there:
 * reading settings, copying as Markdown, putting back what was removed, removing a block for good
 * on this site, and showing the page's paragraphs the article may have lost.
 */
import { blockRuleText, SITE_RULE_FILTER, SITE_RULE_REASON } from '../../core/site-rules';
import type { PageArticle, Quote, Removal } from '../../core/types';
import type { MissingParagraph } from '../content/protocol';
import { t } from '../platform/i18n';
import { settingsMenu } from '../settings/settings-panel';
import { newRule } from '../site-rules/rules';
import { addRules, deleteRule } from '../site-rules/store';
import { announcer } from './announce';
import { articleBody } from './article-body';
import { articleAsMarkdown, copyText, quotesAsMarkdown } from './copy';
import { button, h } from './dom';
import { formatDate, siteLabel, webUrl, wholeMinutes } from './format';
import { missingView } from './missing-view';
import { keyQuotes, quotesNoticeView, quotesView } from './quotes-view';
import { removedView, snippet } from './removed-view';

export interface ArticleContext {
  /** The article as the content script read it: its markup is the page's, sanitized here as it is shown. */
  article: PageArticle;
  /** Its quotations, which may still be being looked for: the article shows at once, "Key quotes" when they come. */
  quotes: Promise<readonly Quote[]>;
  /** Called once the quotations are on screen (or known to be none). */
  onQuotesShown?: () => void;
  /** The page's paragraphs the article may have lost, checked once the article shows: the warning comes when they do. */
  missing: Promise<readonly MissingParagraph[]>;
  /** Called once the check answered (or failed). */
  onMissingChecked?: () => void;
  /** The site the reader's rules belong to (see site-rules/rules.ts); null where rules cannot apply. */
  site: string | null;
  /** Controls of this page for the top bar (open in reader tab, print). */
  tools: Node[];
}

export function articleView({ article, quotes, onQuotesShown, missing, onMissingChecked, site, tools }: ArticleContext): HTMLElement {
  const url = webUrl(String(article.url));
  const siteName = siteLabel(article.siteName, String(article.url));
  const published = formatDate(article.published);
  const modified = formatDate(article.modified);
  const dateLabel = published ?? (modified && t('updated', modified));
  const lang = typeof article.lang === 'string' ? article.lang : undefined;
  const dir = article.dir === 'rtl' || article.dir === 'ltr' ? article.dir : undefined;
  const { element: announcement, announce } = announcer();
  let removals = article.removed.length;

  const body = articleBody(article, {
    fromPageLabel: t('fromPage'),
    removal: site ? { label: (block) => t('removeBlockLabel', site, snippet(blockRuleText(block))), onRemove: (block) => void removeBlock(block) } : undefined,
  });

  const ruleFor = (removal: Removal) => newRule(site!, removal.filter === SITE_RULE_FILTER ? 'remove' : 'keep', String(removal.text));
  const removed = removedView(article.removed, {
    site,
    putBack: (i) => body.putBack(i),
    takeOut: (i) => body.takeOut(i),
    async keepOnSite(removal) {
      // Keep what a filter removes; for what the reader removed, drop the rule that removes it.
      const rule = ruleFor(removal);
      if (rule.action === 'keep') await addRules([rule]);
      else await deleteRule(rule);
      return () => (rule.action === 'keep' ? deleteRule(rule) : addRules([rule]).then(() => {}));
    },
    announce,
  });

  /** "Remove this": out of the view at once, into the list, and remembered for the site. */
  const removeBlock = async (block: HTMLElement) => {
    const removal: Removal = { filter: SITE_RULE_FILTER, reason: SITE_RULE_REASON, text: blockRuleText(block) };
    const index = removals++;
    const next = block.nextElementSibling ?? block.parentElement;
    body.removeBlock(block, index);
    removed.add(removal, index);
    const rule = newRule(site!, 'remove', removal.text);
    await addRules([rule]);
    (next?.querySelector<HTMLElement>('.remove-block') ?? null)?.focus({ preventScroll: true });
    announce(t('removedOnSite', site!), {
      label: t('undo'),
      run: () => {
        body.putBack(index);
        void deleteRule(rule);
        removed.forget(index);
      },
    });
  };

  const copy = (markdown: () => string, done: string) => () => {
    copyText(markdown()).then(() => announce(done), (err: unknown) => announce(t('copyFailed', err instanceof Error ? err.message : String(err))));
  };
  const copyArticle = button(t('copy'), copy(() => articleAsMarkdown(article, body.element), t('copiedArticle')), { class: 'tool copy-article', 'aria-label': t('copyArticleLabel'), title: t('copyArticleLabel') });

  const quotesSection = quotesNoticeView('finding');
  quotes.then((found) => {
    const view = quotesView(found, (p) => body.showParagraph(p), copy(() => quotesAsMarkdown(article, keyQuotes(found)), t('copiedQuotes')));
    if (view) quotesSection.replaceWith(view);
    else quotesSection.remove();
    onQuotesShown?.();
  }, (err: unknown) => {
    quotesSection.replaceWith(quotesNoticeView('failed', err instanceof Error ? err.message : String(err)));
  });

  // Where the warning goes when the check finds something; `data-missing` says it is still looking (for tests).
  const missingSlot = h('div', { class: 'missing-slot', hidden: true });
  const settleMissing = (note: HTMLElement | null) => {
    if (note) missingSlot.replaceWith(note);
    else missingSlot.remove();
    view.removeAttribute('data-missing');
    onMissingChecked?.();
  };
  missing.then((found) => settleMissing(missingView(found, (shown) => body.showMissing(shown ? found : []))), () => settleMissing(null));

  const view = h('article', { class: 'reader', lang, dir, 'data-missing': 'checking' },
    h('div', { class: 'top-bar' },
      url ? h('a', { class: 'site', href: url, target: '_blank', rel: 'noopener noreferrer', title: t('siteLinkTitle') }, siteName) : h('span', { class: 'site' }, siteName),
      h('div', { class: 'tools' }, settingsMenu(), copyArticle, ...tools),
    ),
    h('header', { class: 'masthead' },
      // elementtiming: the browser benchmark reads when the title (and the article with it) was painted.
      h('h1', { class: 'title', elementtiming: 'article' }, String(article.title) || t('untitled')),
      h('p', { class: 'meta' },
        article.byline && h('span', { class: 'byline' }, String(article.byline)),
        dateLabel && h('time', { class: 'published', datetime: String(published ? article.published : article.modified) }, dateLabel),
        h('span', { class: 'reading-time' }, t('readingTime', wholeMinutes(Number(article.readingMinutes)))),
      ),
      missingSlot,
      removed.element,
    ),
    quotesSection,
    body.element,
    announcement,
  );
  return view;
}
