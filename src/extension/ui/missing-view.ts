/** "N paragraphs of the page may be missing", with a way to show them in place. */
import type { MissingParagraph } from '../content/protocol';
import { t, tn } from '../platform/i18n';
import { button, h } from './dom';

/** The note, or null when nothing seems missing. `show(true)` puts the paragraphs in the article. */
export function missingView(missing: readonly MissingParagraph[], show: (shown: boolean) => void): HTMLElement | null {
  if (missing.length === 0) return null;
  let shown = false;
  const toggle = button(t('showMissing'), () => {
    shown = !shown;
    toggle.textContent = t(shown ? 'hideMissing' : 'showMissing');
    show(shown);
  }, { class: 'chip show-missing' });
  return h('div', { class: 'missing-note' },
    h('p', { class: 'missing-text' },
      h('strong', { class: 'missing-count' }, tn('missing', missing.length)),
      ' ',
      h('span', { class: 'missing-detail' }, tn('missingDetail', missing.length))),
    toggle);
}
