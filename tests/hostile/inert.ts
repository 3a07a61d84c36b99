/**
 * What "nothing active" means for cleaned article markup, checked on a parsed tree. The function is
 * self-contained (no imports, no outer names) so browser tests can pass it to `page.evaluate` and
 * run the same check on the real popup.
 */

/** Problems found under `root`, one line each; empty when the markup is inert. */
export function findActiveContent(root: ParentNode): string[] {
  // Elements that run code, load other documents or resources, submit, or restyle the page.
  const activeTags = [
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'base', 'meta',
    'link', 'style', 'svg', 'math', 'template', 'noscript', 'noembed', 'xmp', 'input', 'button', 'textarea', 'select',
  ];
  // Attributes that carry inline styles, documents, submissions, or names that shadow globals.
  const forbiddenAttributes = ['style', 'srcdoc', 'id', 'name', 'action', 'formaction', 'ping', 'background', 'poster', 'xlink:href'];
  // Attributes whose value is an address the browser may load or navigate to.
  const urlAttributes = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'cite', 'poster', 'background', 'xlink:href', 'longdesc', 'lowsrc', 'dynsrc'];

  const problems: string[] = [];
  const elements = Array.from(root.querySelectorAll('*'));
  for (const el of elements) {
    const tag = el.localName.toLowerCase();
    if (activeTags.includes(tag)) problems.push(`<${tag}> element`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} handler on <${tag}>`);
      if (forbiddenAttributes.includes(name)) problems.push(`${name} attribute on <${tag}>`);
      if (attr.value.includes('/hit/')) problems.push(`listener address in ${name} on <${tag}>`);
      if (!urlAttributes.includes(name)) continue;
      const addresses = name === 'srcset' ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [attr.value];
      for (const address of addresses) {
        // Browsers ignore control characters and whitespace inside a scheme.
        const compact = address.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g, '').toLowerCase();
        if (/^(javascript|vbscript|livescript|mocha):/.test(compact)) problems.push(`script address in ${name} on <${tag}>`);
        const imageData = tag === 'img' && (name === 'src' || name === 'srcset') && compact.startsWith('data:image/');
        if (compact.startsWith('data:') && !imageData) problems.push(`data: address in ${name} on <${tag}>`);
      }
    }
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) {
      const rel = (el.getAttribute('rel') || '').toLowerCase().split(/\s+/);
      if (el.getAttribute('target') !== '_blank') problems.push(`link without target=_blank`);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`link without rel="noopener noreferrer"`);
    }
  }
  return problems;
}
