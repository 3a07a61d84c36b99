/** Every outcome of reading a tab other than the article, as the popup and the reader tab show it. */
import { t, type MessageKey } from '../platform/i18n';
import type { RestrictedKind } from '../popup/restricted';
import type { Outcome } from '../reading/read-article';
import { show, statusView } from './status-view';

/** Why News Reader cannot run on each kind of restricted page, and what to do instead. */
const RESTRICTED_DETAIL: Record<RestrictedKind, MessageKey> = {
  'browser-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  'source-view': 'restrictedSourceView',
  'pdf-viewer': 'restrictedPdfViewer',
  'local-file': 'restrictedLocalFile',
  'no-access': 'restrictedNoAccess',
  'not-from-toolbar': 'restrictedNotFromToolbar',
};

export interface OutcomeActions {
  /** Read again; `relaxed` lowers the bar for what counts as an article. */
  retry(relaxed: boolean): void;
  close(): void;
}

export function showLoading(root: HTMLElement, headline: MessageKey = 'loadingHeadline'): void {
  show(root, 'loading', statusView({ headline: t(headline), detail: headline === 'loadingHeadline' ? t('loadingDetail') : undefined, busy: true }));
}

export function showOutcome(root: HTMLElement, outcome: Exclude<Outcome, { kind: 'done' }>, actions: OutcomeActions): void {
  switch (outcome.kind) {
    case 'not-an-article':
      return show(root, 'not-an-article', outcome.relaxed
        ? statusView({ headline: t('noArticleHeadline'), detail: t('noArticleDetail'), actions: [{ label: t('tryAgain'), run: () => actions.retry(true) }] })
        : statusView({ headline: t('notArticleHeadline'), detail: t('notArticleDetail'), actions: [{ label: t('showAnyway'), run: () => actions.retry(true) }] }));
    case 'too-large':
      return show(root, 'too-large', statusView({
        headline: t('tooLargeHeadline'),
        detail: `${outcome.message ? `${outcome.message} ` : ''}${t('tooLargeDetail')}`,
        actions: [{ label: t('close'), run: actions.close }],
      }));
    case 'restricted':
      document.body.dataset.restricted = outcome.restricted;
      return show(root, 'restricted', statusView({
        headline: t('restrictedHeadline'),
        detail: t(RESTRICTED_DETAIL[outcome.restricted]),
        actions: [{ label: t('close'), run: actions.close }],
      }));
    case 'error':
      return show(root, 'error', statusView({ headline: t('errorHeadline'), detail: outcome.message, actions: [{ label: t('tryAgain'), run: () => actions.retry(false) }] }));
  }
}
