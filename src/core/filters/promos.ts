/**
 * The site selling something other than this article: ad labels, newsletter and subscription
 * pitches, app pitches, lists of other articles, and consent notices that slipped through.
 */
import type { Filter } from './filter';
import { HEADING_TAGS, afterLastProse, anyOf, firstProse, isProse, isSpeech, linkDensity, lowerCase, mergeShortLists, removeBlock, removeTogether, removeWithBox, textBlocks, wordCount, type Block } from './blocks';

// The patterns below are written in lower case and match the text in lower case (see `lowerCase`).

/** Labels that mark an ad slot, whole: the slot's image or frame goes with them. */
const AD_LABEL = new RegExp('^[-–—\\s]*(' + [
  // English
  'advertisements?', 'advert', 'ads?', 'sponsored( content| links?)?', 'paid (content|post|partner content)', 'promoted( content)?',
  'continue reading( the main story)?( below)?', '(story|article|text) continues below( this)?( advertisement| ad)?',
  'scroll (down )?to continue( with content| reading)?', 'advertisement[-–—\\s]+scroll to continue',
  // other languages of news pages
  'anzeige', 'werbung', 'publicidad', 'publicidade', 'publicité', 'pubblicità', 'reklama', 'реклама', 'iklan', 'advertentie', 'mainos', 'reklam',
].join('|') + ')[-–—\\s]*$');

/** Account and paywall buttons, whole. */
const ACCOUNT_BUTTON = /^(subscribe( now| today)?|sign ?up( now)?|sign ?in|log ?in|log ?out|register|create (an )?account|my account|become a (member|subscriber)|support us|donate( now)?|(sign in|log in) ?[|/] ?(register|sign up|subscribe))[.!]?$/;

/** The call of a pitch: an imperative opening a sentence, or a pitch's stock phrase. */
const PITCH_CALL = anyOf([
  // imperatives prose seldom opens a sentence with
  String.raw`(^|[.!?:]\s+)(sign(ing)? up|subscribe|click here|tap here|join( now| today)?|register|become a (member|subscriber)|don'?t miss)\b`,
  // "get" and "download" open prose too ("Download speeds rose…"): only with the offer right after them
  String.raw`(^|[.!?:]\s+)(get|download|install)(\s+[\w'’-]+){0,4}\s+(alerts|newsletters?|apps?|e-?mails|briefings?)\b`,
  // stock phrases
  String.raw`\bby clicking here\b`,
  String.raw`\bwe('ll| will)? send (you )?(an? )?(e-?mails?|newsletters?)\b`,
  String.raw`\b(delivered|straight|right) (to|through|in|into) your (inbox|letterbox|mailbox|door)\b`,
  String.raw`\b(meet|in|to) your inbox\b`,
  String.raw`\bfor (as little as|just|only) (rs\.?|\$|£|€)\s?\d`,
]);
/** "Get" and "download" opening a pitch that speaks to the reader: "Start your day with…", "Get our app". */
const WEAK_CALL = /(^|[.!?:]\s+)(get|download|install|start your day)\b/;
const READER = /\b(you|your|our)\b/;
/** What a pitch offers: subscriptions, newsletters and alerts, apps, deals. */
const PITCH_OFFER = /\b(subscri\w*|newsletters?|e-?mails|send (you )?an? e-?mail|e-?mail (newsletters?|updates|alerts|briefings?)|inbox|alerts|briefings?|apps?|click(ing)? here|delivered|letterbox|(promo|discount) code|use the code|\d+ issues|free trial)\b/;

/** Small print around the article. */
const SMALL_PRINT = anyOf([
  // under a sign-up form
  String.raw`\bby (signing up|subscribing|registering|clicking [\w ]{1,20}),? you (agree|accept|consent)\b|\b(you can|you may) unsubscribe at any time\b`,
  // affiliate disclosures: the page earns from the links in it
  String.raw`\b(contains?|may contain|uses?|includes?) (affiliate|referral|sponsored)( and\/or (affiliate|referral))? links\b|\b(we|i) (may )?(earn|receive|get) (a )?(small )?(commission|compensation|share of (the )?sales)\b`,
  // consent notices: what the page stores, and the buttons to agree
  String.raw`\b(uses?|using) cookies\b.*\b(accept|agree|consent|opt[- ]out|privacy|ok)\b`,
]);

/** Labels of lists of other articles, alone above the list or before a link on the same line. */
const RELATED_LABELS = [
  'related( (articles?|stories|news|posts?|content|coverage|links|reading|topics|videos?))?', 'read (more|also|next)', 'also read',
  'see (also|more)', 'more (stories|news|coverage|videos?|great( [\\w]+){1,3} stories|from [\\w.]+( [\\w.]+){0,3}|on this( story| topic)?|like this)',
  'you (may|might) (also )?(like|enjoy|be interested in)', 'recommended( (for you|stories|reading|articles|videos?))?',
  "don'?t miss", 'must read', 'popular( now| this week)?', 'most (popular|read|viewed|shared)', 'trending( now| stories)?',
  '(latest|recent|top) (news|stories|articles|posts|headlines)', 'further reading', 'what to read next', "editor'?s picks",
  'also on [\\w.]+',
  // other languages
  'leia (também|mais)', 'veja também', 'lesen sie (auch|mehr)', 'mehr zum thema', '(à )?lire aussi', 'leggi anche', 'lee también',
  'baca juga', 'читайте также', '関連記事', '関連ニュース', 'あわせて読みたい', 'おすすめ記事', '相关阅读', '相关新闻', '相關新聞', '관련 ?기사',
  'اقرأ أيضا', 'مواضيع ذات صلة',
].join('|');
/** Words that label a link only with a colon after them: "More:", "Also:", "Photos: <gallery>", "Watch: <video>". */
const COLON_LABELS = 'more|also|previously|photos|pictures|gallery|video|watch|listen|podcast';
/** Label alone: the label and closing punctuation, nothing else. */
const LABEL_ALONE = new RegExp(`^[\\[(]?((${RELATED_LABELS})\\s*[:.…|»>-]*|(${COLON_LABELS})\\s*:)\\s*$`);
/** Label opening a line: "Read more: <link>", "Also on rt.com <link>", "[Related: <link>]". */
const LABEL_OPENING = new RegExp(`^[\\[(]?((${RELATED_LABELS})\\s*([:|»>–—-]|\\.\\.\\.)?|(${COLON_LABELS})\\s*:)\\s+`);

const PITCH_MAX_WORDS = 60;
/** Longest label, and longest line a label may open: bounds that also keep the label patterns fast on hostile text. */
const LABEL_MAX_CHARS = 80;
const LABELLED_MAX_CHARS = 400;
/** A linked headline of another article: mostly link, a line long. */
const HEADLINE_MAX_WORDS = 30;
/** Several headlines run together in one block (separated by line breaks): nearly all link. */
const HEADLINES_MAX_WORDS = 80;

/** `lower`: the text in lower case, for the patterns. */
function isPitch(text: string, lower: string, words: number): boolean {
  return words <= PITCH_MAX_WORDS && !isSpeech(text) && PITCH_OFFER.test(lower)
    && (PITCH_CALL.test(lower) || (WEAK_CALL.test(lower) && READER.test(lower)));
}

function isPromoText(text: string, lower: string, words: number): boolean {
  return AD_LABEL.test(lower) || ACCOUNT_BUTTON.test(lower) || isPitch(text, lower, words)
    || (words <= PITCH_MAX_WORDS && !isSpeech(text) && SMALL_PRINT.test(lower));
}

/** Links to other articles: a block that is mostly link, a headline or a few long. */
const isLinkItem = (b: Block) =>
  (b.words <= HEADLINE_MAX_WORDS && linkDensity(b) >= 0.6) || (b.words <= HEADLINES_MAX_WORDS && linkDensity(b) >= 0.75);
/** Below a label, a headline may link only some of its words ("YouTubers must unionize, <a>no matter what…</a>"). */
const isLabelledItem = (b: Block) => (b.words <= HEADLINE_MAX_WORDS && linkDensity(b) >= 0.3) || isLinkItem(b);

/** "Read more: <link>": a label, then mostly link. */
function isLabelledLink(b: Block, lower: string): boolean {
  // Without links, no label is followed by mostly link (and the costly pattern is not compiled).
  if (b.words > HEADLINE_MAX_WORDS || b.text.length > LABELLED_MAX_CHARS || b.linkChars === 0) return false;
  const label = LABEL_OPENING.exec(lower);
  if (!label) return false;
  const rest = b.text.length - label[0].length;
  return rest > 0 && b.linkChars >= 0.6 * rest;
}

/** A paragraph that is one link set in capitals: a teaser for another article inside the body. */
const isShoutedLink = (b: Block) =>
  b.words >= 3 && b.words <= HEADLINE_MAX_WORDS && linkDensity(b) >= 0.9 && b.text === b.text.toUpperCase() && b.text !== b.text.toLowerCase();

/** A label of a list of other articles, alone on its line. */
const isLabel = (lower: string) => lower.length <= LABEL_MAX_CHARS && LABEL_ALONE.test(lower);

/** A short line above a list of links, naming it ("Holiday Gift Guides"). */
const isListName = (b: Block) => b.words <= 6 && linkDensity(b) < 0.5 && !/[.!?]$/.test(b.text);

export const promos: Filter = {
  id: 'promos',
  reason: 'Ads, subscription and app pitches, and links to other articles',
  junkLine: (line) => {
    const lower = lowerCase(line);
    return isPromoText(line, lower, wordCount(line)) || isLabel(lower);
  },
  run(article, ctx) {
    const blocks = mergeShortLists(textBlocks(article));
    const bodyStart = firstProse(blocks);
    const bodyEnd = afterLastProse(blocks);
    const removeRun = (from: number, to: number) => removeTogether(blocks.slice(from, to), ctx);
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      const lower = lowerCase(b.text);
      if (AD_LABEL.test(lower)) removeWithBox(b, 0, ctx);
      else if (isPromoText(b.text, lower, b.words)) removeWithBox(b, 60, ctx);
      else if (isLabelledLink(b, lower) || (i > bodyStart && i < bodyEnd && isShoutedLink(b))) removeBlock(b, ctx);
      else if (!isProse(b) && isLabel(lower)) {
        // The label and the run of headlines below it.
        let j = i + 1;
        while (j < blocks.length && isLabelledItem(blocks[j]!)) j++;
        // Without headlines below, only a short label is surely one ("More from the interview." is not).
        if (j === i + 1 && !HEADING_TAGS.has(b.el.tagName.toUpperCase()) && b.words > 3) continue;
        removeRun(i, j);
        i = j - 1;
      } else if (i >= bodyEnd && isLinkItem(b) && i + 1 < blocks.length && isLinkItem(blocks[i + 1]!)) {
        // After the story, a list of two links or more, with the line naming it.
        let j = i + 2;
        while (j < blocks.length && isLinkItem(blocks[j]!)) j++;
        removeRun(i > bodyEnd && isListName(blocks[i - 1]!) ? i - 1 : i, j);
        i = j - 1;
      }
    }
  },
};
