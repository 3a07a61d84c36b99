/**
 * Credits and notes around the story rather than in it: photo credits, reporting and editing
 * credits, copyright lines, and the note about the author at the end.
 */
import type { Filter } from './filter';
import { HEADING_TAGS, afterLastProse, enclosing, isSpeech, linkDensity, lowerCase, removeBlock, textBlocks, wordCount, type Block } from './blocks';
import { lazyPattern, letterPattern } from '../letters';

// Patterns in lower case match the text in lower case (see `lowerCase`); those that tell capitals apart match the text.

/** "Photo: …", "(Image: © …)", "Credit...", "Image copyright …", "© Aaron Schwartz", "Source: News agencies". */
const CREDIT_OPENING = /^[([]?\s*((photo|image|picture|foto|фото|bild|illustration|photograph|crédit|credit|source|sources|fonte|fuente|quelle|источник)s?( credits?| copyright| by| courtesy( of)?| source)?\s*(:|©|\.{3}|…|\bby\b)|(image |photo )?copyright\b|©|ⓒ|\(c\)\s)/;
/** Photo agencies and image libraries, and the archives pictures come from. */
const PICTURE_SOURCES = 'getty( images)?|reuters|ap photo|afp|associated press|epa(-efe)?|shutterstock|istock(photo)?|alamy|bloomberg|pa (wire|images|media)|xinhua|tass|sputnik|anadolu|dpa|ansa|efe|nasa|esa|wikimedia( commons)?|unsplash|pexels|flickr|handout|личный архив|personal archive';
/** A short line ending with a picture source is a credit: "Alex Wong | Getty Images", "Sakib Ali/Hindustan Times/Getty Images". */
const ENDS_WITH_SOURCE = new RegExp(`\\b(${PICTURE_SOURCES})\\s*\\)?$`);
/** In a caption, naming a source anywhere is enough: "NASA Worldview", "личный архив Ольги Панковой". */
const NAMES_SOURCE = letterPattern(String.raw`(^|[^\p{L}])(` + PICTURE_SOURCES + String.raw`)($|[^\p{L}])`);
const CREDIT_MAX_WORDS = 12;
/** The credit's label alone ("Photo:", "Фото:"), its value in the next element. */
const CREDIT_LABEL = /^[([]?\s*(photo|image|picture|foto|фото|bild|credit|crédit|source|fonte|fuente|quelle|источник)s?( credits?)?\s*:$/;
/** A credit names a source in a few words; a caption describes, with a sentence. */
const NAME_ONLY_MAX_WORDS = 7;

/** "(Reporting by …; Editing by …)", "Additional reporting by …". */
const REPORTING_CREDIT = /^[([]?\s*(additional |further )?(reporting|writing|editing|research|compiled|produced|edited|written|graphics?) by\b/;
/**
 * "Keith Bradsher contributed reporting from Hong Kong." Case-blind, capital included (it stands for
 * any cased letter then), so it matches the text; it is tried only on lines with the word, being costly to compile.
 */
const CONTRIBUTED = 'contributed';
const CONTRIBUTOR_CREDIT = lazyPattern(String.raw`^[([]?\s*\p{Lu}.{0,80}\bcontributed (reporting|to this (report|article|story))\b`, 'iu');
const REPORTING_MAX_WORDS = 50;

/** Copyright and reuse notices at the foot of the article. */
const COPYRIGHT = /^(copyright\b|©|ⓒ|\(c\)\s|the contents of this site are\b)|\b(all rights reserved|may not be (re)?published|without (prior )?written permission)\b|무단전재|재배포 금지/;
const COPYRIGHT_MAX_WORDS = 40;

/** What the author's note says the author is. */
const AUTHOR_ROLES = ['reporter', 'writer', 'journalist', 'editor', 'correspondent', 'columnist', 'contributor', 'blogger', 'curator', 'critic', 'photographer', 'producer', 'author', 'intern', 'fellow'];
/**
 * The note about the author: "Phil Helsel is a reporter for NBC News.", "Eric Song is IGN's deal curator …".
 * Costly to compile: tried only on lines naming a role.
 */
const AUTHOR_NOTE = lazyPattern(`^\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){0,3} (is|was|has been) (a|an|the|\\p{Lu}[\\p{L}.]*['’]s)( [\\p{L}-]+){0,6}? (${AUTHOR_ROLES.join('|')})\\b`, 'u');
/** How to reach the author: "Have a tip? … may be reached at …". */
const AUTHOR_CONTACT = /\b(may|can) be reached at\b|\b(email|e-mail|contact|write to) (him|her|them|the author|the reporter) at\b/;
const NOTE_MAX_WORDS = 60;

/** `lower`: the text in lower case. `inCaption`: the line sits in a figure's caption, where a source's name alone makes a credit. */
function isPhotoCredit(text: string, lower: string, words: number, inCaption = false): boolean {
  if (words > CREDIT_MAX_WORDS) return false;
  if (CREDIT_OPENING.test(lower)) return true;
  return words <= NAME_ONLY_MAX_WORDS && !/[.!?]$/.test(text) && (ENDS_WITH_SOURCE.test(lower) || (inCaption && NAMES_SOURCE(lower).test(lower)));
}

const isReportingCredit = (text: string, lower: string, words: number) =>
  words <= REPORTING_MAX_WORDS && (REPORTING_CREDIT.test(lower) || (lower.includes(CONTRIBUTED) && CONTRIBUTOR_CREDIT().test(text)));
const isCopyright = (lower: string, words: number) => words <= COPYRIGHT_MAX_WORDS && COPYRIGHT.test(lower);
const isAuthorNote = (text: string, lower: string, words: number) =>
  words <= NOTE_MAX_WORDS && !isSpeech(text) && ((AUTHOR_ROLES.some((role) => text.includes(role)) && AUTHOR_NOTE().test(text)) || AUTHOR_CONTACT.test(lower));

/** A name alone, the heading of the author's note below it. */
const isNameLine = (b: Block, note: Block) => b.words <= 4 && note.text.startsWith(b.text);

const CAPTIONS = new Set(['FIGCAPTION', 'FIGURE']);

export const credits: Filter = {
  id: 'credits',
  reason: 'Photo and reporting credits, copyright lines and notes about the author',
  junkLine: (line) => {
    const words = wordCount(line);
    const lower = lowerCase(line);
    return isPhotoCredit(line, lower, words) || isReportingCredit(line, lower, words) || (words <= CREDIT_MAX_WORDS && isCopyright(lower, words));
  },
  run(article, ctx) {
    const blocks = textBlocks(article);
    const footer = afterLastProse(blocks) - 1; // the last body block may itself be a note
    blocks.forEach((b, i) => {
      const lower = lowerCase(b.text);
      // A credit is neither a heading nor a link ("Photos: <gallery>" is a link to more).
      const credit = !HEADING_TAGS.has(b.el.tagName.toUpperCase()) && linkDensity(b) < 0.5 && isPhotoCredit(b.text, lower, b.words, enclosing(b, CAPTIONS) !== null);
      if (credit || isReportingCredit(b.text, lower, b.words)) {
        removeBlock(b, ctx);
        const value = blocks[i + 1];
        if (value && CREDIT_LABEL.test(lower) && value.words <= NAME_ONLY_MAX_WORDS && !/[.!?]$/.test(value.text)) removeBlock(value, ctx);
      }
      else if (i >= footer - 2 && (isCopyright(lower, b.words) || isAuthorNote(b.text, lower, b.words))) {
        if (i > 0 && isNameLine(blocks[i - 1]!, b)) removeBlock(blocks[i - 1]!, ctx);
        removeBlock(b, ctx);
      } else if (isCaptionTail(b, blocks[i - 1])) removeBlock(b, ctx);
    });
  },
};

/**
 * A caption's credit sits apart after the caption text: a short line without a sentence's end,
 * in the same caption as the longer line before it.
 */
function isCaptionTail(b: Block, before: Block | undefined): boolean {
  if (!before || b.words > 4 || /[.!?:]$/.test(b.text) || !/[.!?]$/.test(before.text)) return false;
  const caption = enclosing(b, CAPTIONS);
  return caption !== null && caption === enclosing(before, CAPTIONS);
}
