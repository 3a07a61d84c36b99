/**
 * Building extension-page DOM. Children given as strings become text nodes, so page-controlled
 * text can only ever be text; the one way HTML enters is `sanitizedFragment` (ui/sanitize.ts).
 */

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** A button that runs `action` on click (and so on Enter and Space). */
export function button(label: string, action: () => void, attributes: Attributes = {}): HTMLButtonElement {
  const el = h('button', { type: 'button', ...attributes }, label);
  el.addEventListener('click', action);
  return el;
}
