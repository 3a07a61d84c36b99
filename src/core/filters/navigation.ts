/**
 * The site's navigation caught in the article: menus and breadcrumbs, skip links, tag lists, and
 * the buttons and counters of photo galleries. Its <nav> elements never reach the article: the
 * preparing took them out (prepare/always-dropped.ts).
 */
import type { Filter } from './filter';
import { anyOf, firstProse, linkDensity, mergeShortLists, removeBlock, textBlocks, wordCount, type Block } from './blocks';

/** Whole blocks for moving around the page: its links, and a gallery's buttons, counters and fallback. */
const NAVIGATION_TEXT = anyOf([
  // links and buttons for moving around the page
  String.raw`^(skip|jump) to (the )?(main )?(content|navigation|article|story|search|menu)|^skip (navigation|ad|advertisement)$|^(back|go|return) to top$`,
  // a gallery's counters: "Image 1 of 23", "Image 1 of / 23", "Photo 3/12", "2 of 9" (a bare "9/11" is a date)
  String.raw`^(image|photo|picture|slide|foto|bild)\s+\d+\s*(of|\/|de|von|di)\s*\/?\s*\d+$`,
  String.raw`^\d+ (of|de|von|di) \d+$`,
  // its buttons
  String.raw`^(caption|close|expand|enlarge|collapse|previous|next|prev|back to (the )?gallery|(open|view|launch|see) (the )?(gallery|slideshow)|(show|hide|toggle) caption|enlarge this image|view (image )?(in )?full ?screen)$`,
  String.raw`^(view|see) (all )?\d+ (photos|images|pictures)$`,
  String.raw`^\d+ (photos|images|pictures)$`,
  // the fallback of slideshow scripts
  String.raw`^this (slideshow|gallery|carousel) requires javascript\.?$`,
], 'i');

/** A line of tags or categories: "Tags: …", "Filed under: … |". */
const TAG_LIST = /^(tags?|topics?|filed under|categories|category|posted in|labels?|keywords|themen|temas|tópicos|etiquetas|tags relacionadas)\s*:/i;
const TAG_LIST_MAX_WORDS = 12;

const LISTS = new Set(['UL', 'OL']);

/** A line that is a web address only. */
const BARE_URL = /^https?:\/\/\S+$/i;

/** Links of a menu or breadcrumb item: a few words, all link. */
const isMenuLink = (b: Block) => b.words <= 4 && linkDensity(b) >= 0.9;

export const navigation: Filter = {
  id: 'navigation',
  reason: 'Site menus, skip links, tag lists and gallery buttons',
  junkLine: (line) => NAVIGATION_TEXT.test(line) || (wordCount(line) <= TAG_LIST_MAX_WORDS && TAG_LIST.test(line)),
  run(article, ctx) {
    const blocks = mergeShortLists(textBlocks(article));
    const bodyStart = firstProse(blocks);
    blocks.forEach((b, i) => {
      if (NAVIGATION_TEXT.test(b.text)) removeBlock(b, ctx);
      else if (TAG_LIST.test(b.text) && (b.words <= TAG_LIST_MAX_WORDS || linkDensity(b) >= 0.5)) removeBlock(b, ctx);
      // Above the body: menus, breadcrumbs, section links, the page's address.
      else if (i < bodyStart && (isMenuLink(b) || (LISTS.has(b.el.tagName.toUpperCase()) && linkDensity(b) >= 0.8) || BARE_URL.test(b.text))) removeBlock(b, ctx);
    });
  },
};
