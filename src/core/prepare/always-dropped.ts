/**
 * Elements that never end up in the article: every noscript before Readability reads
 * (`_removeScripts`), every aside and footer from the article it picks (`_prepArticle`), and every
 * nav, which our navigation filter took out of the article after it. Taken out before it runs,
 * they cost it no walking and scoring, and the related-story lists, site footers and menus they
 * hold cannot pull its choice of article their way.
 */

const ALWAYS_DROPPED = new Set([
  // Asides hold teasers, fact boxes and most-read lists; footers hold site links and article tags.
  'aside', 'footer',
  // Navigation by definition: site menus, breadcrumbs, section and page links. A news page has a nav
  // or more in its header, often more than a tenth of its elements.
  'nav',
  // The image fallbacks noscripts hold were taken out already (lazy-images.ts). Where the DOM has no
  // scripting (Node), their markup is parsed, and Readability would parse it again, one noscript at
  // a time, to swap its image for the one before it, which a browser's page never has it do.
  'noscript',
]);

/** @param elements the document's elements (prepare/elements.ts), after lazy images are resolved */
export function removeAlwaysDropped(elements: readonly Element[]): void {
  for (const el of elements) if (ALWAYS_DROPPED.has(el.localName)) el.remove();
}
