/**
 * Share buttons, "follow us" calls and social counters: the page's invitations to spread it, which
 * mean nothing in a reader.
 */
import type { Filter } from './filter';
import { firstProse, isSpeech, lowerCase, mergeShortLists, removeBlock, textBlocks, wordCount } from './blocks';
import { lazyPattern } from '../letters';

/** Words that make up a row of share buttons and their labels. */
const SHARE_ROW_WORDS = new Set([
  // the actions
  'share', 'shares', 'shared', 'sharing', 'tweet', 'tweets', 'email', 'e-mail', 'mail', 'print', 'pin', 'save', 'copy', 'link', 'copied',
  'url', 'sms', 'text', 'send', 'bookmark', 'more', 'comment', 'comments',
  // the networks
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'messenger', 'pinterest', 'reddit', 'telegram', 'flipboard', 'pocket',
  'tumblr', 'vk', 'ok', 'viber', 'line', 'skype', 'threads', 'bluesky', 'mastodon', 'google+', 'instagram', 'youtube',
  // the glue of their labels: "Share this article on Facebook (opens in new window)"
  'this', 'the', 'article', 'story', 'post', 'page', 'on', 'via', 'by', 'with', 'to', 'a', 'friend', 'friends', 'opens', 'in', 'new',
  'window', 'tab', '|', '/', '·', '•', '-',
]);
/** Words of a row that only share buttons have: a row needs one of them. */
const SHARE_ACTIONS = new Set(['share', 'shares', 'tweet', 'email', 'e-mail', 'print', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'flipboard', 'messenger', 'telegram']);

// NETWORK, FOLLOW_CALL, SHARE_CALL and COUNTER are written in lower case and match the text in lower case
// (see `lowerCase`); FOLLOW_NAMED tells a name by its capitals, so it matches the text.

/** Social networks a "follow" call sends the reader to. */
const NETWORK = /\b(twitter|facebook|instagram|youtube|tiktok|linkedin|telegram|threads|bluesky|mastodon|snapchat|pinterest|x\.com|social media)\b|@\w+/;
/** "Follow us on …", "Follow Newsbeat on …", "Like us on Facebook", "Find us on …", "Follow Kelvin Amundsen on X: …". */
const FOLLOW_CALL = /^(follow|like|find|join|connect with|subscribe to) (us|me|him|her|them|our \w+) (on|at|via|in)\b/;
const FOLLOW_NAMED = lazyPattern(String.raw`^([Ff]ollow|[Ll]ike|[Ff]ind|[Cc]onnect with) [\p{Lu}@][\p{L}\p{N}.'’@-]*( [\p{Lu}][\p{L}\p{N}.'’-]*){0,3} (on|at|via|in)\b`, 'u');
/** "Share this article", "Like this story? Share it with a friend!" */
const SHARE_CALL = /^((like|enjoy(ed)?|love) this (story|article|post)\?|share (this|the) (article|story|post|page)\b|share (it|this) with (a friend|your friends))/;

/** A counter: "1.2K shares", "3.409 letture", or its unit alone, apart from its number. */
const COUNTER_UNITS = '(shares?|views?|reads?|likes?|tweets?|reactions?|letture|lecturas?|leituras?|lectures|visualiza[çc](ões|iones)|aufrufe|просмотр\\w*)';
const COUNTER = new RegExp(`^(\\d[\\d.,]*\\s*[km]?\\s+)?${COUNTER_UNITS}$`);
/** A bare number in the article's header: a counter whose unit sits apart. */
const BARE_NUMBER = /^\d[\d.,]*\s*[km]?$/i;

const FOLLOW_MAX_WORDS = 40;
const ROW_MAX_WORDS = 20;

/** A lone network name may be a heading in an article about it; a row has two words or is a button ("Share", "Print"). */
function isShareRow(text: string, wordsInText: number): boolean {
  if (wordsInText > ROW_MAX_WORDS) return false;
  const words = text.toLowerCase().split(/\s+/).map((w) => w.replace(/[():,!]+/g, '')).filter(Boolean);
  return (words.length > 1 || /^(share|tweet|e-?mail|print)$/.test(words[0] ?? ''))
    && words.some((w) => SHARE_ACTIONS.has(w)) && words.every((w) => SHARE_ROW_WORDS.has(w) || /^\d[\d.,]*[km]?$/.test(w));
}

/** Every sentence of the block is a call to follow or share. */
function isFollowCall(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  return sentences.every((s) => {
    const lower = lowerCase(s);
    // The network first: most lines name none, and then the call patterns are never compiled.
    return (NETWORK.test(lower) && (FOLLOW_CALL.test(lower) || FOLLOW_NAMED().test(s))) || SHARE_CALL.test(lower);
  });
}

function isShareOrFollow(text: string, words: number): boolean {
  return isShareRow(text, words) || (words <= 3 && COUNTER.test(lowerCase(text))) || (words <= FOLLOW_MAX_WORDS && !isSpeech(text) && isFollowCall(text));
}

export const shareAndFollow: Filter = {
  id: 'share-and-follow',
  reason: 'Share buttons, follow-us calls and social counters',
  junkLine: (line) => isShareOrFollow(line, wordCount(line)),
  run(article, ctx) {
    const blocks = mergeShortLists(textBlocks(article));
    const bodyStart = firstProse(blocks);
    blocks.forEach((b, i) => {
      if (isShareOrFollow(b.text, b.words) || (i < bodyStart && BARE_NUMBER.test(b.text))) removeBlock(b, ctx);
    });
  },
};
