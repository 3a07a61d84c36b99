/**
 * Page code that shows as text: HTML escaped once too often by the site's editor, and the
 * shortcodes of blogging systems whose plugin did not run ("[button link=…]Send us…[/button]").
 */
import type { Filter } from './filter';
import { enclosing, removeBlock, textBlocks } from './blocks';

/** Where code is the content: an article about HTML shows it in these. */
const CODE_PLACES = new Set(['PRE', 'CODE']);

/** An HTML tag as text, raw or escaped: `<span class="x">`, `&lt;/span&gt;`. */
const TAG_AS_TEXT = /(<|&lt;)\/?[a-z][\w-]*(\s+[\w-]+(=("[^"]*"|'[^']*'|[^\s>&]+))?)*\s*\/?(>|&gt;)/gi;
/** An escaped character reference left as text: `&#65279;`, `&amp;#8217;`. */
const ENTITY_AS_TEXT = /&(amp;)?#x?[0-9a-f]+;/gi;
/** A shortcode with attributes or its closing half: `[button link="…"]`, `[/button]`. */
const SHORTCODE = /\[\/?[a-z_][\w-]*(\s+[\w-]+=("[^"]*"|”[^”]*”|“[^”]*”|[^\]\s]+))+\s*\]|\[\/[a-z_][\w-]*\]/gi;

/** The block is mostly code: this share of its characters is tags, references or shortcodes. */
const CODE_SHARE = 0.4;

/**
 * A character each of the patterns above needs: "<" or the "&" of "&lt;", "&", "[". Most articles
 * have none of them, and then V8 never compiles the patterns, which costs about 0.6 ms on every page.
 */
const CODE_CHARACTER = /[<&[]/;

function isMarkup(text: string): boolean {
  if (!CODE_CHARACTER.test(text)) return false;
  let code = 0;
  for (const re of [TAG_AS_TEXT, ENTITY_AS_TEXT, SHORTCODE]) for (const m of text.matchAll(re)) code += m[0].length;
  return code >= CODE_SHARE * text.length && code > 0;
}

export const markupLeftovers: Filter = {
  id: 'markup-leftovers',
  reason: 'Page code shown as text',
  junkLine: isMarkup,
  run(article, ctx) {
    for (const block of textBlocks(article)) if (isMarkup(block.text) && !enclosing(block, CODE_PLACES)) removeBlock(block, ctx);
  },
};
