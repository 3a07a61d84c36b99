/**
 * A page can shadow a document's methods and properties with its own elements: `<img name="cloneNode">`
 * makes `document.cloneNode` that image, and `<form><input name="nextElementSibling"></form>` makes the
 * form's next sibling its own input, which sends Readability round a loop for ever. Browsers do this
 * for documents and forms only; Chromium's content scripts see forms shadowed too, documents not.
 */

/** Elements a form exposes as its own properties by name or id: its listed controls, and images. */
const SHADOWS_FORM_PROPERTIES = ['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img'];
/** Elements a document exposes as its own properties by name; objects also by id. */
const SHADOWS_DOCUMENT_PROPERTIES = ['embed', 'form', 'iframe', 'img', 'object'];

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
 */
export function removeShadowingNames(doc: Document): void {
  const query = (selector: string) => Array.from(unshadowed(doc).querySelectorAll(selector));
  // Controls first: until they lose their names, a form's own removeAttribute may be one of them.
  for (const el of query(SHADOWS_FORM_PROPERTIES.map((tag) => `${tag}[name], ${tag}[id]`).join(', '))) {
    el.removeAttribute('name');
    el.removeAttribute('id');
  }
  for (const el of query(SHADOWS_DOCUMENT_PROPERTIES.map((tag) => `${tag}[name]`).join(', '))) el.removeAttribute('name');
}
