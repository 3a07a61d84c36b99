/**
 * A polite live region at the bottom of the page: says what an action did ("Copied", "Put back")
 * to screen readers and, for a few seconds, to everyone; it may offer one way back ("Undo").
 */
import { button, h } from './dom';

/** Long enough to read a sentence and reach its button; it stays while the pointer or focus is on it. */
const SHOWN_MS = 6_000;

export interface AnnounceAction {
  label: string;
  run: () => void;
}

export type Announce = (message: string, action?: AnnounceAction) => void;

export function announcer(): { element: HTMLElement; announce: Announce } {
  const message = h('span', { class: 'announcer-message' });
  const element = h('div', { class: 'announcer', role: 'status', 'aria-live': 'polite' }, message);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    if (element.matches(':hover, :focus-within')) timer = setTimeout(hide, SHOWN_MS);
    else element.classList.remove('shown');
  };
  const announce: Announce = (text, action) => {
    clearTimeout(timer);
    message.textContent = text;
    element.querySelector('button')?.remove();
    if (action) {
      element.append(button(action.label, () => {
        action.run();
        element.classList.remove('shown');
      }, { class: 'announcer-action' }));
    }
    element.classList.add('shown');
    timer = setTimeout(hide, SHOWN_MS);
  };
  return { element, announce };
}
