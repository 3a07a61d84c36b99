/**
 * A page can shadow a document's methods and properties with its own elements: `<img name="cloneNode">`
 * makes `document.cloneNode` that image, and `<form><input name="nextElementSibling"></form>` makes the
 * form's next sibling its own input, which sends Readability round a loop for ever. Browsers do this
 * for documents and forms only; Chromium's content scripts see forms shadowed too, documents not.
 */
import { elementsOf } from './elements';

/** Elements a form exposes as its own properties by name or id: its listed controls, and images. */
const SHADOWS_FORM_PROPERTIES = new Set(['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img']);
/** Elements a document exposes as its own properties by name (besides images and objects, above). */
const SHADOWS_DOCUMENT_PROPERTIES = new Set(['embed', 'form', 'iframe']);

/**
 * The document as its prototype sees it: every property read skips elements named like the property.
 * Only for reading through; never hand it to a DOM method as a node.
 */
export function unshadowed(doc: Document): Document {
  return new Proxy(doc, {
    get(target, key) {
      // Shadowing elements are configurable own properties; a fixed own property (`location`, or a
      // URL the host pinned) is the document's own.
      const own = Object.getOwnPropertyDescriptor(target, key);
      const from = own && !own.configurable ? target : (Object.getPrototypeOf(target) as object);
      const value: unknown = Reflect.get(from, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Take away the names and ids by which elements shadow properties of `doc` and of its forms, so the
 * rest of the pipeline can walk it as an ordinary tree. For a copy of the page only: it changes `doc`.
 * @param elements the document's elements, when the caller has them already (prepare/elements.ts)
 */
export function removeShadowingNames(doc: Document, elements: readonly Element[] = elementsOf(doc)): void {
  const shadowsDocument: Element[] = [];
  // Controls first: until they lose their names, a form's own properties may be one of them
  // (then its localName is a control, not a string, and it waits for the second loop).
  for (const el of elements) {
    const tag: unknown = el.localName;
    if (typeof tag === 'string' && SHADOWS_FORM_PROPERTIES.has(tag)) {
      el.removeAttribute('name');
      el.removeAttribute('id');
    } else if (typeof tag !== 'string' || SHADOWS_DOCUMENT_PROPERTIES.has(tag)) shadowsDocument.push(el);
  }
  for (const el of shadowsDocument) el.removeAttribute('name');
}
