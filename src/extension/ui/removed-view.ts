/**
 * "Cleaned: N items removed", which opens what each filter took out and why. Each item can be put
 * back in place, then kept on the site for good ("Always keep this on <site>") or removed again.
 * Blocks the reader removed are listed too, under their own heading.
 */
import { SITE_RULE_FILTER } from '../../core/site-rules';
import type { Removal } from '../../core/types';
import { t, tn } from '../platform/i18n';
import type { Announce } from './announce';
import { button, h } from './dom';

/** The core cuts removed text at this length; a cut text ends in an ellipsis. */
const REMOVAL_TEXT_LIMIT = 200;
/** How much of an item's text its buttons' accessible names repeat. */
const LABEL_CHARS = 60;

/** What the list asks of the rest of the view. */
export interface RemovedActions {
  /** The site rules apply to; null where there are none (a local file). */
  site: string | null;
  putBack(index: number): boolean;
  takeOut(index: number): void;
  /** Make the item's site rule: keep what a filter removed, or stop removing what the reader removed. Resolves to an undo. */
  keepOnSite(removal: Removal): Promise<() => Promise<void>>;
  announce: Announce;
}

export interface RemovedView {
  element: HTMLElement;
  /** List a block the reader removed in this view, as removal `index`. */
  add(removal: Removal, index: number): void;
  /** Take removal `index` off the list: the reader undid it. */
  forget(index: number): void;
}

function shownText(text: string): string {
  if (!text) return t('removedNoText');
  return text.length >= REMOVAL_TEXT_LIMIT ? `${text}…` : text;
}

export function snippet(text: string): string {
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS)}…` : text;
}

export function removedView(removed: readonly Removal[], actions: RemovedActions): RemovedView {
  const groups = new Map<string, { list: HTMLUListElement; count: HTMLElement; section: HTMLElement }>();
  const container = h('div', { class: 'removed-list', id: 'removed-list', hidden: true });
  const none = h('span', { class: 'cleaned-none' }, t('cleanedNone'));
  let total = 0;
  const toggle = button('', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    container.hidden = !open;
  }, { class: 'link-button cleaned-toggle', 'aria-expanded': 'false', 'aria-controls': 'removed-list' });
  const element = h('div', { class: 'cleaned' });

  const refresh = () => {
    toggle.textContent = tn('cleaned', total);
    if (total === 0) element.replaceChildren(none);
    else if (!toggle.isConnected) element.replaceChildren(toggle, container);
    if (total === 0) container.hidden = true;
    for (const { list, count } of groups.values()) count.textContent = ` · ${list.children.length}`;
  };

  const groupFor = (removal: Removal) => {
    const mine = removal.filter === SITE_RULE_FILTER;
    const reason = mine ? t('siteRuleReason') : String(removal.reason);
    let group = groups.get(reason);
    if (!group) {
      const count = h('span', { class: 'count' });
      const list = h('ul', {});
      const section = h('section', { class: mine ? 'removal-group mine' : 'removal-group' }, h('h3', {}, reason, count), list);
      group = { list, count, section };
      groups.set(reason, group);
      if (mine) container.prepend(section);
      else container.append(section);
    }
    return group;
  };

  const add = (removal: Removal, index: number) => {
    groupFor(removal).list.append(removalItem(removal, index, actions));
    total++;
    refresh();
  };
  removed.forEach(add);
  refresh();
  return {
    element,
    add,
    forget(index) {
      const item = container.querySelector(`li[data-index="${index}"]`);
      if (!item) return;
      const section = item.closest('section');
      item.remove();
      total--;
      if (section && !section.querySelector('li')) {
        section.remove();
        for (const [reason, g] of groups) if (g.section === section) groups.delete(reason);
      }
      refresh();
    },
  };
}

/** One removed item: its text, and what can be done with it in its present state. */
function removalItem(removal: Removal, index: number, actions: RemovedActions): HTMLLIElement {
  const text = String(removal.text);
  const mine = removal.filter === SITE_RULE_FILTER;
  const controls = h('span', { class: 'removal-actions' });
  const item = h('li', { class: 'removal', 'data-index': String(index) },
    h('span', { class: 'removal-text', title: mine ? undefined : t('filterTitle', String(removal.filter)) }, shownText(text)),
    controls);

  let putBack = false;
  const show = (...buttons: Node[]) => {
    controls.replaceChildren(...buttons);
    item.classList.toggle('is-put-back', putBack);
  };
  const restorable = mine || typeof removal.html === 'string';

  const showRemoved = () => {
    putBack = false;
    show(...(restorable ? [button(t('putBack'), () => {
      // The article scrolls to what came back, and focus goes with it; the message offers the way back.
      if (!actions.putBack(index)) return;
      showPutBack();
      actions.announce(t('putBackDone'), { label: t('undo'), run: takeOut });
    }, { class: 'chip put-back', 'aria-label': t('putBackLabel', snippet(text)) })] : []));
  };

  const showPutBack = () => {
    putBack = true;
    const site = actions.site;
    const keep = site && text
      ? button(t(mine ? 'stopRemoving' : 'alwaysKeep', site), () => void keepOnSite(site), { class: 'chip keep' })
      : null;
    show(
      button(t('removeAgain'), () => {
        takeOut();
        controls.querySelector('button')?.focus();
      }, { class: 'chip remove-again' }),
      ...(keep ? [keep] : []),
    );
  };

  const keepOnSite = async (site: string) => {
    const undo = await actions.keepOnSite(removal);
    const said = t(mine ? 'notRemovedOnSite' : 'keptOnSite', site);
    actions.announce(said);
    const undoButton = button(t('undo'), () => void undo().then(showPutBack), { class: 'chip undo' });
    show(h('span', { class: 'kept' }, said), undoButton);
    undoButton.focus();
  };

  const takeOut = () => {
    actions.takeOut(index);
    showRemoved();
  };

  showRemoved();
  return item;
}
