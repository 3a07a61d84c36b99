/**
 * What an audio or video player leaves when its script does not run: its labels, clock readings,
 * speed menus and fallback messages.
 */
import type { Filter } from './filter';
import { HEADING_TAGS, anyOf, enclosing, removeBlock, textBlocks, wordCount, type Block } from './blocks';

/** A clock reading as players show position and duration: "0:00", "24:43", "1:02:33", "-0:12". */
const CLOCK = /^-?\d{1,2}:\d{2}(:\d{2})?$/;
/** A playback speed: "0.5x", "1x", "1.25×". */
const SPEED = /^\d(\.\d+)?[x×]$/;

/** Words of player controls and their screen-reader labels, which appear between clock readings. */
const CONTROL_WORDS = new Set([
  'play', 'pause', 'stop', 'mute', 'unmute', 'replay', 'rewind', 'forward', 'back', 'skip', 'seek', 'fullscreen', 'full', 'screen',
  'volume', 'speed', 'playback', 'rate', 'normal', 'podcast', 'podcasts', 'episode', 'listen', 'audio', 'video', 'now', 'playing',
  'duration', 'loaded', 'progress', 'current', 'remaining', 'time', 'elapsed', 'live', 'captions', 'subtitles', 'settings',
  'chapters', 'descriptions', 'off', 'on', 'selected', 'auto', 'hd', 'quality', 'stream', 'type', 'of', 'to', '/', '|', '-', '·',
]);

/** Whole messages players show in place of themselves, or announce to screen readers. */
const PLAYER_MESSAGE = anyOf([
  // fallbacks inside <audio> and <video>, and their relatives
  String.raw`\byour browser does not support (the |html5 )?(audio|video)\b`,
  String.raw`\bmedia playback is (unsupported|not supported) on your device\b`,
  String.raw`\bplease enable javascript to (play|watch|listen)\b`,
  String.raw`^this (video|audio|media) (is|has been) (unavailable|removed|not available)`,
  // read-aloud widgets
  String.raw`^listen to (this|the) (article|story|post)\b`,
  // the dialogs and status of video.js and similar players
  String.raw`^video player is loading\b`,
  String.raw`^this is a modal window\b`,
  String.raw`^(beginning|end) of dialog window\b`,
  String.raw`^escape will cancel and close the window\b`,
  String.raw`^(playback speed|now playing|up next)\b:?`,
  String.raw`^(loaded|progress)\s*:?\s*\d{1,3}(\.\d+)?%$`,
  // a play button with the length: "Play 3 min", "Listen · 12 mins"
  String.raw`^(play|listen|watch)( now)?\s*[·:|-]?\s*\d+\s*(min|mins|minutes?|sec|secs|seconds?)\.?$`,
], 'i');

/** A control label alone: residue only next to other player residue (an article may have a "Podcasts" heading of its own). */
const LONE_LABELS = new Set(['podcast', 'podcasts', 'play', 'pause', 'listen', 'audio', 'video', 'watch', 'mute', 'replay', 'play video', 'listen now', 'watch now']);

const MESSAGE_MAX_WORDS = 25;

/** Longest control row: a player's bar with its labels. */
const ROW_MAX_WORDS = 30;

/** Clock readings, speeds and control words only, with at least one reading or speed. */
function isControlRow(text: string, wordsInText: number): boolean {
  if (wordsInText > ROW_MAX_WORDS) return false;
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  let readings = 0;
  for (const w of words) {
    if (CLOCK.test(w) || SPEED.test(w)) readings++;
    else if (!CONTROL_WORDS.has(w.replace(/[:,.]$/, ''))) return false;
  }
  return readings > 0;
}

function isPlayerResidue(text: string, words: number): boolean {
  return isControlRow(text, words) || (words <= MESSAGE_MAX_WORDS && PLAYER_MESSAGE.test(text));
}

const isLoneLabel = (b: Block) => LONE_LABELS.has(b.text.toLowerCase().replace(/[:.]$/, ''));
const isHeading = (b: Block) => HEADING_TAGS.has(b.el.tagName.toUpperCase());

/** Tables hold schedules and results, where a clock reading alone in a cell is data. */
const TABLE_TAGS = new Set(['TABLE']);

export const playerLeftovers: Filter = {
  id: 'player-leftovers',
  reason: 'Controls of an audio or video player that cannot play here',
  junkLine: (line) => isPlayerResidue(line, wordCount(line)) || LONE_LABELS.has(line.toLowerCase()),
  run(article, ctx) {
    const blocks = textBlocks(article);
    const residue = blocks.map((b) => isPlayerResidue(b.text, b.words) && !enclosing(b, TABLE_TAGS));
    blocks.forEach((b, i) => {
      // A heading labels what follows it; a label beside residue belongs to the same player.
      if (residue[i] || (isLoneLabel(b) && (residue[i + 1] || (!isHeading(b) && residue[i - 1])))) removeBlock(b, ctx);
    });
  },
};
