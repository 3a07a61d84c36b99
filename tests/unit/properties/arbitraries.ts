/** Generators for the property tests: ordinary prose, random text, and random page markup. */
import fc from 'fast-check';

/** Everyday words of news prose, including a few that junk also uses ("share", "read", "video"). */
export const ORDINARY_WORDS = [
  'the', 'a', 'an', 'and', 'but', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'after',
  'before', 'under', 'over', 'city', 'council', 'people', 'year', 'week', 'day', 'government', 'minister', 'school',
  'children', 'family', 'water', 'road', 'money', 'plan', 'report', 'police', 'court', 'village', 'river', 'market',
  'company', 'workers', 'doctor', 'hospital', 'team', 'game', 'season', 'storm', 'election', 'voters', 'budget',
  'said', 'told', 'asked', 'found', 'made', 'took', 'gave', 'moved', 'opened', 'closed', 'built', 'wanted', 'needed',
  'spoke', 'agreed', 'decided', 'expected', 'started', 'finished', 'new', 'old', 'large', 'small', 'local', 'public',
  'early', 'late', 'long', 'short', 'busy', 'quiet', 'several', 'many', 'few', 'most', 'some', 'their', 'its', 'her',
  'his', 'our', 'this', 'that', 'these', 'those', 'who', 'which', 'when', 'where', 'because', 'while', 'although',
  'share', 'read', 'more', 'video', 'photo', 'comments', 'news', 'story', 'letter', 'morning', 'evening', 'night',
];

const word = fc.constantFrom(...ORDINARY_WORDS);

/** One sentence: a capital, 10 to 25 ordinary words, a full stop. */
export const sentence = fc.array(word, { minLength: 10, maxLength: 25 }).map((words) => {
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
});

/** A paragraph of ordinary prose: one to four sentences. */
export const proseParagraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/**
 * An article's worth of prose: four to ten paragraphs, 180 words or more in all. Shorter text is an
 * article only when the page also looks or says it is one (extract.ts), which is not this property.
 */
export const proseArticle = fc
  .array(proseParagraph, { minLength: 4, maxLength: 10 })
  .filter((paragraphs) => paragraphs.join(' ').split(' ').length >= 180);

/** Any text at all, including quotation marks of many scripts, controls and lone surrogates. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom(...'abc XYZ said “”"\'‘’«»„‚「」『』‹›—–-.,:;!?\n\n\t\u00a0\u200b\u00ad'.split(''), 'said', 'told', 'Anna Smith', 'he', 'she'),
    maxLength: 300,
  }),
);

/** Text for inside markup: words separated by spaces, with a space at each end, so words never join across tags. */
const markupText = fc.array(word, { minLength: 0, maxLength: 30 }).map((words) => ` ${words.join(' ')} `);

const TAGS = [
  'p', 'p', 'p', 'div', 'div', 'span', 'a', 'b', 'i', 'em', 'strong', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote',
  'figure', 'figcaption', 'table', 'tr', 'td', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'main',
  'script', 'style', 'noscript', 'template', 'form', 'button', 'svg', 'iframe', 'select', 'textarea', 'pre', 'code',
];
const VOID_TAGS = ['img', 'br', 'hr', 'input', 'meta', 'source'];
const ATTRIBUTES = [
  'class="content"', 'class="article-body"', 'class="comment"', 'class="sidebar"', 'class="share-buttons"', 'class="ad"',
  'id="main"', 'id="comments"', 'hidden', 'aria-hidden="true"', 'style="display:none"', 'role="navigation"',
  'href="/x"', 'href="javascript:void(0)"', 'src="/a.jpg"', 'data-src="/b.jpg"', 'alt="picture words"', 'dir="rtl"', 'lang="ar"',
];

const attributes = fc.subarray(ATTRIBUTES, { maxLength: 3 }).map((a) => (a.length ? ` ${a.join(' ')}` : ''));

/** Random page markup: a tree of the elements pages use, well formed, text only of ordinary words. */
export const randomMarkup: fc.Arbitrary<string> = fc.letrec<{ node: string; children: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    markupText,
    fc.tuple(fc.constantFrom(...VOID_TAGS), attributes).map(([tag, attrs]) => `<${tag}${attrs}>`),
    fc.tuple(fc.constantFrom(...TAGS), attributes, tie('children')).map(([tag, attrs, inner]) => `<${tag}${attrs}>${inner}</${tag}>`),
  ),
  children: fc.array(tie('node'), { maxLength: 5 }).map((nodes) => nodes.join('')),
})).children;

/** Markup as broken as it comes: tag soup from pieces of tags, quotes and text. */
export const tagSoup = fc
  .array(fc.constantFrom('<', '>', '</', '/>', '="', '"', "'", '<p', '<div', '<script>', '</script>', '<!--', '-->', '<![CDATA[', ']]>',
    '<svg', '<math', '<table>', '<td>', '<style>', '&amp;', '&#', '&', ' ', 'word ', 'said ', '\n', 'class=', 'x', '<a href=', '<img src=x '), { maxLength: 200 })
  .map((pieces) => pieces.join(''));

/** The words of a text, as the "no invented words" property counts them. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
