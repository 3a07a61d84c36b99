/**
 * What a comment system leaves in the article: calls to comment, counters, closed-comments notices,
 * and notices about the commenting system, its rules and its registration.
 */
import type { Filter } from './filter';
import { HEADING_TAGS, anyOf, isSpeech, lowerCase, removeBlock, textBlocks, wordCount } from './blocks';
import { letterPattern } from '../letters';

// The patterns are written in lower case and match the text in lower case (see `lowerCase`).

/** A whole short block that is a comment widget's label or button. */
const COMMENT_CALL = anyOf([
  // the section's label, alone or with its counter: "Comments", "Comments (12)", "12 comments"
  String.raw`^((conversation|discussion)\s+)?(\d+\s+)?(comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|komentar[zey]?|reacties|комментари[йи])(\s*\(?\d*\)?)?[:.]?$`,
  // buttons: "Show comments (123)", "View all comments", "Post Comment (+)", "Leave a reply"
  String.raw`^(show|view|load|read|see|hide|open|close|display|jump to)( all| the)?( \d+)? comments?\b`,
  String.raw`^(post|add|leave|write|submit) (a |your )?(comment|reply)\b`,
  // closed or off
  String.raw`^comments (are|have been) (now )?(closed|disabled|turned off|switched off)\b`,
  String.raw`^(commenting|comments) (is|are) (closed|disabled|not available)\b`,
  // without a verb only as a label, since prose opens so too ("Comments closed the hearing")
  String.raw`^(commenting|comments) (closed|disabled|not available)( (for|on) (this|the) (article|story|post|page))?[.!]?$`,
  // invitations to talk
  String.raw`^join (the|our) (conversation|discussion|debate)\b`,
  String.raw`^(tell us|let us know) what you think\b`,
  String.raw`^(have your say|what do you think\??)$`,
  // sign-in walls
  String.raw`^(log|sign) ?in( or (register|sign up|create an account))? to (comment|reply|post|join the (conversation|discussion))\b`,
  String.raw`^you must be (logged|signed) in to (post a )?(comment|reply)\b`,
  // the platforms' own footers
  String.raw`^(comments|conversation|discussion) (powered|hosted) by\b`,
  String.raw`^please enable javascript to view the comments\b`,
]);

/** Comment platforms whose name in a short block is a leftover of their widget. */
const COMMENT_PLATFORMS = /\b(disqus|coral talk|openweb|viafoura|spot\.im|livefyre|commento|hyvor talk)\b/;

/** Comment words, in the languages of the benchmark's pages and a few more. */
const COMMENT_WORD = /\b(comment\w*|coment[aá]ri\w*|kommentar\w*|commentair\w*|komentar\w*|коммент\w*)/;
/** What a notice about the comment system talks about: its rules, its registration, its moderators. */
const NOTICE_SUBJECT = /\b(polic(y|ies)|system|moderat\w*|regist\w*|log ?in|sign ?in|guidelines|community standards|terms|approved|aprovad\w*|respect\w*|civil|offensive|platform)\b/;
/** A notice addresses the reader. */
const READER_ADDRESS = /\b(you|your|please|dear|readers?|attention|aten[çc][ãa]o|atenci[óo]n|achtung|vous|votre|bitte)\b/;
/** Invitations to the site's forum or community, which replace the comments on some sites. */
const FORUM_CALL = letterPattern(String.raw`^join (our|the) [\p{L}\s]{0,40}\b(forums?|community|conversation|discussion)\b`);

/** Longest block read as a notice; a longer one is prose about comments. */
const NOTICE_MAX_WORDS = 80;
const CALL_MAX_WORDS = 12;

/** `lower`: the text in lower case. `heading`: a heading may name a platform in an article about it, so only calls count there. */
function isCommentCall(lower: string, words: number, heading = false): boolean {
  return words <= CALL_MAX_WORDS && (COMMENT_CALL.test(lower) || (!heading && COMMENT_PLATFORMS.test(lower)));
}

function isCommentNotice(text: string, lower: string, words: number): boolean {
  if (words > NOTICE_MAX_WORDS || isSpeech(text)) return false;
  return (COMMENT_WORD.test(lower) && NOTICE_SUBJECT.test(lower) && READER_ADDRESS.test(lower)) || FORUM_CALL(lower).test(lower);
}

export const commentBanners: Filter = {
  id: 'comment-banners',
  reason: 'Comment section notices and buttons',
  junkLine: (line) => {
    const lower = lowerCase(line);
    return isCommentCall(lower, wordCount(line)) || isCommentNotice(line, lower, wordCount(line));
  },
  run(article, ctx) {
    for (const block of textBlocks(article)) {
      const heading = HEADING_TAGS.has(block.el.tagName.toUpperCase());
      const lower = lowerCase(block.text);
      if (isCommentCall(lower, block.words, heading) || isCommentNotice(block.text, lower, block.words)) removeBlock(block, ctx);
    }
  },
};
