/** Every state other than the article: one clear sentence, what it means, and a way on. */
import { button, h } from './dom';

export interface StatusAction {
  label: string;
  run: () => void;
}

export interface Status {
  headline: string;
  detail?: string;
  actions?: StatusAction[];
  busy?: boolean;
}

export function statusView(status: Status): HTMLElement {
  const actions = status.actions ?? [];
  return h('section', { class: 'status', role: status.busy ? 'status' : 'alert', 'aria-busy': status.busy ? 'true' : undefined },
    status.busy && h('div', { class: 'spinner', 'aria-hidden': 'true' }),
    h('h1', { class: 'status-headline' }, status.headline),
    status.detail && h('p', { class: 'status-detail' }, status.detail),
    actions.length > 0 && h('div', { class: 'status-actions' },
      ...actions.map((a, i) => button(a.label, a.run, { class: i === 0 ? 'primary' : 'secondary' }))),
  );
}

/** Put `view` on the page as its state; focus the first action so the keyboard can go on at once. */
export function show(root: HTMLElement, state: string, view: HTMLElement): void {
  document.body.dataset.state = state;
  root.replaceChildren(view);
  view.querySelector<HTMLElement>('.status-actions button')?.focus();
}
