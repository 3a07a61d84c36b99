/**
 * Cues: the words that tie a quotation to its speaker ("said", "told reporters", "according to"),
 * as word lists grouped by what they report, and the small words allowed between a speaker and the
 * cue ("Peskov has also said", "Trump on Friday said").
 */
import type { Token } from './tokens';

/** A verb's forms from its base: adds, added, adding; `past` for irregular or doubled forms. */
function forms(base: string, past?: string, ing?: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = past ?? (base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`);
  return [base, s, ed, ing ?? `${stem}ing`];
}

/** Verbs that introduce a direct quotation. */
const SPEECH_VERBS = [
  // Saying, telling and answering.
  ...forms('say', 'said'), ...forms('tell', 'told'), ...forms('add'), ...forms('state'), ...forms('remark'), ...forms('comment'),
  ...forms('note'), ...forms('observe'), ...forms('mention'), ...forms('explain'), ...forms('continue'), ...forms('reply'),
  ...forms('respond'), ...forms('answer'), ...forms('retort'), ...forms('counter'), ...forms('ask'), ...forms('wonder'),
  ...forms('announce'), ...forms('declare'), ...forms('proclaim'), ...forms('recall'), ...forms('recount'), ...forms('reiterate'),
  ...forms('repeat'), ...forms('speak', 'spoke'), 'spoken',
  // Claiming, arguing, conceding.
  ...forms('insist'), ...forms('argue'), ...forms('claim'), ...forms('contend'), ...forms('maintain'), ...forms('assert'),
  ...forms('allege'), ...forms('charge'), ...forms('suggest'), ...forms('predict'), ...forms('conclude'), ...forms('reason'),
  ...forms('testify'), ...forms('acknowledge'), ...forms('admit', 'admitted', 'admitting'), ...forms('concede'), ...forms('confirm'),
  ...forms('deny'), ...forms('agree', 'agreed', 'agreeing'), ...forms('object'), ...forms('protest'), ...forms('emphasize'), ...forms('emphasise'),
  ...forms('stress'), ...forms('warn'), ...forms('caution'), ...forms('promise'), ...forms('pledge'), ...forms('vow'),
  ...forms('assure'), ...forms('urge'), ...forms('demand'), ...forms('plead'), ...forms('advise'), ...forms('boast'),
  ...forms('complain'), ...forms('lament'), ...forms('confess'), ...forms('estimate'), ...forms('quote'),
  // Manner of speaking.
  ...forms('shout'), ...forms('yell'), ...forms('scream'), ...forms('cry'), ...forms('exclaim'), ...forms('whisper'),
  ...forms('mutter'), ...forms('murmur'), ...forms('sigh'), ...forms('laugh'), ...forms('joke'), ...forms('quip', 'quipped', 'quipping'),
  ...forms('snap', 'snapped', 'snapping'), ...forms('bark'), ...forms('fume'), ...forms('thunder'), ...forms('chant'),
  ...forms('interject'), ...forms('interrupt'), ...forms('muse'), ...forms('marvel'), ...forms('tease'), ...forms('scoff'),
  ...forms('gush'), ...forms('rave'), ...forms('echo'), 'echoes', ...forms('sing', 'sang'), 'sung', ...forms('retaliate'),
  ...forms('rebut', 'rebutted', 'rebutting'), ...forms('inform'), ...forms('chide'), ...forms('scold'), ...forms('lecture'),
  ...forms('react'), ...forms('indicate'), ...forms('hint'), ...forms('bemoan'), ...forms('ponder'),
  // Writing and posting.
  ...forms('write', 'wrote'), 'written', ...forms('tweet'), ...forms('post'), ...forms('report'), ...forms('read', 'read'),
];

/**
 * Verbs whose object carries a quoted phrase rather than a statement ("called the plan “a
 * disaster”"): they tie a partial quotation to the subject, never a whole one.
 */
const PHRASE_VERBS = [
  ...forms('call'), ...forms('describe'), ...forms('dub', 'dubbed', 'dubbing'), ...forms('label'), 'labelled', ...forms('brand'),
  ...forms('term'), ...forms('deem'), ...forms('characterize'), ...forms('characterise'), ...forms('praise'), ...forms('criticize'),
  ...forms('criticise'), ...forms('slam', 'slammed', 'slamming'), ...forms('blast'), ...forms('accuse'), ...forms('thank'),
  ...forms('blame'), ...forms('mock'), ...forms('dismiss'), ...forms('hail'), ...forms('tout'), ...forms('decry'), ...forms('condemn'),
  ...forms('denounce'), ...forms('pronounce'), ...forms('refer', 'referred', 'referring'), ...forms('vow'), ...forms('pledge'), ...forms('promise'),
  ...forms('urge'), ...forms('believe'), ...forms('think', 'thought'), ...forms('feel', 'felt'), ...forms('hope'), ...forms('want'),
  ...forms('find', 'found'), ...forms('propose'), ...forms('recommend'), ...forms('cite'), ...forms('list'), 'titled', 'entitled',
];

/** Verbs that report speech only with a particle after them ("went on", "pointed out", "put it"). */
const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['go', 'on'], ['goes', 'on'], ['went', 'on'], ['going', 'on'],
  ['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['pointing', 'out'],
  ['put', 'it'], ['puts', 'it'],
  ['chime', 'in'], ['chimes', 'in'], ['chimed', 'in'], ['chiming', 'in'],
  ['fire', 'back'], ['fires', 'back'], ['fired', 'back'], ['firing', 'back'],
  ['shoot', 'back'], ['shoots', 'back'], ['shot', 'back'], ['shooting', 'back'],
]);

const SPEECH = new Set(SPEECH_VERBS);
const PHRASE = new Set(PHRASE_VERBS);

/**
 * Cue forms that are just as often nouns ("a campaign promise", "the AP report", "his tweets"):
 * they count as cues only after a name or a pronoun, and the base form not after "the X".
 */
const ALSO_NOUNS = new Set([
  'state', 'states', 'remark', 'remarks', 'mention', 'comment', 'comments', 'report', 'reports', 'answer', 'answers', 'reply',
  'replies', 'claim', 'claims', 'charge', 'charges', 'quote', 'quotes', 'post', 'posts', 'tweet', 'tweets', 'note', 'notes',
  'estimate', 'estimates', 'demand', 'demands', 'protest', 'protests', 'object', 'objects', 'joke', 'jokes', 'laugh', 'laughs',
  'sigh', 'cry', 'cries', 'echo', 'echoes', 'call', 'calls', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'hope',
  'hopes', 'thought', 'want', 'wants', 'counter', 'repeat', 'quip', 'boast', 'shout', 'shouts', 'chant', 'chants', 'yell', 'find', 'finds',
  'scream', 'whisper', 'murmur', 'bark', 'rave', 'tease', 'muse', 'marvel', 'thunder', 'blast', 'slam', 'label', 'labels',
  'brand', 'term', 'terms', 'praise', 'attack', 'hail', 'blame', 'mock', 'thanks', 'warning', 'interview', 'lecture', 'list', 'lists', 'hint', 'hints',
]);

/** Words after "to" that show an object rather than an infinitive: "explained to reporters", not "continue to be". */
const OBJECTS_AFTER_TO = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'supporters', 'voters', 'viewers', 'journalists', 'listeners']);
const DETERMINERS_AFTER_TO = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'some', 'all']);

/** Prepositions that name the source after them: "according to the Kremlin". */
export const SOURCE_PREPOSITIONS: readonly (readonly string[])[] = [['according', 'to'], ['in', 'the', 'words', 'of']];

export interface Cue {
  /** Index of the cue's first token. */
  index: number;
  /** Index just past the cue (after a particle). */
  end: number;
  /** "saying", "adding": its subject is the subject of the clause it hangs on. */
  participle: boolean;
  /** The cue only ties quoted phrases ("called it “...”"), not whole statements. */
  phraseOnly: boolean;
  /** The word is also a common noun: a cue only after a name or a pronoun. */
  alsoNoun: boolean;
}

/** The cue starting at token `i`, if the token is one. */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i];
  if (!t || !t.word || t.quoted || t.capitalized && i > 0 && !isSentenceStart(tokens, i)) return null;
  const particle = PHRASAL_CUES.get(t.lower);
  // "went on, “…”", "went on to say", not "goes on recess".
  const afterParticle = tokens[i + 2];
  const spoken = particle !== 'on' || !afterParticle?.word || afterParticle.lower === 'to';
  if (particle && tokens[i + 1]?.lower === particle && spoken) return { index: i, end: i + 2, participle: t.lower.endsWith('ing'), phraseOnly: false, alsoNoun: false };
  const speech = SPEECH.has(t.lower);
  if (!speech && !PHRASE.has(t.lower) || beforeInfinitive(tokens, i)) return null;
  return { index: i, end: i + 1, participle: t.lower.endsWith('ing'), phraseOnly: !speech, alsoNoun: ALSO_NOUNS.has(t.lower) };
}

/** "continue to be", "is said to be", "was told to leave": the verb reports no speech here. */
function beforeInfinitive(tokens: readonly Token[], i: number): boolean {
  const to = tokens[i + 1], next = tokens[i + 2];
  if (to?.lower !== 'to' || !next?.word || next.capitalized || next.quoted) return false;
  if (OBJECTS_AFTER_TO.has(next.lower) || DETERMINERS_AFTER_TO.has(next.lower)) return false;
  const passive = PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '');
  return CONTINUE.has(tokens[i]!.lower) || passive && COMMON_INFINITIVES.has(next.lower);
}

const CONTINUE = new Set(forms('continue'));
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);
/** Verbs that most often follow "to" as an infinitive. */
const COMMON_INFINITIVES = new Set([
  'be', 'have', 'make', 'take', 'get', 'do', 'go', 'come', 'give', 'keep', 'win', 'run', 'leave', 'see', 'help', 'stop', 'build',
  'bring', 'become', 'support', 'vote', 'consider', 'pay', 'put', 'work', 'end', 'meet', 'find', 'start', 'know', 'let', 'use',
]);

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]!.sentence !== tokens[i]!.sentence;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Words that may stand between a speaker and the cue: auxiliaries, adverbs and times
 * ("Peskov has also said", "Trump on Friday said", "she later told reporters").
 */
const FILLERS = new Set([
  // Auxiliaries and negation.
  'has', 'had', 'have', 'would', 'will', 'did', 'does', 'do', 'could', 'can', 'may', 'might', 'must', 'should', 'is', 'was',
  'were', 'are', 'been', 'not', "n't", 'never',
  // Adverbs of time, manner and degree common in attributions.
  'also', 'then', 'later', 'again', 'once', 'recently', 'previously', 'earlier', 'further', 'simply', 'quickly', 'flatly',
  'bluntly', 'repeatedly', 'reportedly', 'publicly', 'privately', 'frequently', 'often', 'famously', 'only', 'even', 'just',
  'already', 'still', 'first', 'finally', 'subsequently', 'immediately', 'now', 'since', 'himself', 'herself',
  'themselves', 'itself', 'yesterday', 'today', 'tonight', 'last', 'this', 'week', 'month', 'year', 'night', 'morning',
  'afternoon', 'evening', 'on', 'soon', 'afterward', 'afterwards', 'shortly', 'too',
  // Days, which stand bare in US news style ("Clinton said Tuesday").
  ...WEEKDAYS,
]);

/** A filler word or an adverb in -ly; capitalised, only a day ("Will" is a name, not "will"). */
export function isFiller(t: Token): boolean {
  return t.word && (FILLERS.has(t.lower) && (!t.capitalized || WEEKDAYS.has(t.lower)) || isLyAdverb(t));
}

/** An adverb in -ly (angrily, calmly) rather than a noun that happens to end so. */
function isLyAdverb(t: Token): boolean {
  return t.word && !t.capitalized && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

/** Nouns and adjectives in -ly that may be (part of) a speaker. */
const LY_NOUNS = new Set([
  'family', 'rally', 'ally', 'assembly', 'supply', 'reply', 'anomaly', 'monopoly', 'bully', 'homily', 'italy', 'daily',
  'weekly', 'monthly', 'early', 'elderly', 'friendly', 'lovely', 'lonely', 'holy', 'ugly', 'costly', 'likely', 'only',
]);

/** Words that show the word before them is a subject: auxiliaries and common verbs of news copy. */
const COMMON_VERBS = new Set([
  'is', 'was', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do',
  'are', 'were', 'wants', 'wanted', 'won', 'lost', 'made', 'took', 'went', 'came', 'got', 'gave', 'met', 'led', 'ran',
  'became', 'left', 'began', 'sought', 'knew', 'thought', 'felt', 'held', 'kept', 'saw', 'sent', 'spent', 'built', 'paid',
  // Irregular past forms, which the -ed test misses.
  'threw', 'put', 'set', 'cut', 'let', 'sat', 'stood', 'fell', 'rose', 'drew', 'drove', 'broke', 'chose', 'bought', 'brought',
  'caught', 'taught', 'fought', 'heard', 'found', 'grew', 'flew', 'wore', 'swore', 'struck', 'stuck', 'shot', 'fled', 'quit',
  'shut', 'spread', 'beat', 'hid', 'laid', 'meant', 'dealt', 'slept', 'lent', 'bent', 'gave', 'forgot', 'understood', 'won',
]);
/** Words in -s or -ed that are not verbs. */
const NOT_VERBS = new Set(['his', 'this', 'its', 'as', 'us', 'was', 'is', 'has', 'plus', 'versus', 'less', 'unless', 'towards', 'across', 'needed', 'thus', 'whereas', 'perhaps', 'news']);

/** Whether a verb stands at token `j`, after any adverbs: "Peskov would", "Trump later attacked". */
export function verbFollows(tokens: readonly Token[], j: number): boolean {
  while (tokens[j] && !COMMON_VERBS.has(tokens[j]!.lower) && isFiller(tokens[j]!)) j++;
  const next = tokens[j];
  if (!next?.word || next.capitalized || next.quoted) return false;
  if (COMMON_VERBS.has(next.lower) || cueAt(tokens, j)) return true;
  return /[a-z](ed|es|[^su]s)$/.test(next.lower) && !NOT_VERBS.has(next.lower);
}

/** Common English words that other languages written in Latin letters seldom use. */
const ENGLISH_WORDS = new Set([
  'the', 'of', 'and', 'to', 'is', 'that', 'for', 'with', 'was', 'he', 'she', 'they', 'said', 'this', 'from', 'by', 'have',
  'has', 'but', 'not', 'which', 'who', 'were', 'been', 'would', 'will', 'it', 'his', 'her', 'their', 'are', 'at', 'on',
]);
/** Below this share of such words, the text is not English. */
const ENGLISH_SHARE = 0.1;
/** Fewer words than this are too few to tell; they are taken as English. */
const WORDS_TO_TELL = 20;

/** Whether the text reads as English, the language of the cue lists: speakers are looked for only then. */
export function readsAsEnglish(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) if (t.word) words++;
  if (words < WORDS_TO_TELL) return true;
  // The share only grows as English words are found: once it is reached, the rest need no look-up.
  let english = 0;
  for (const t of tokens) if (t.word && ENGLISH_WORDS.has(t.lower) && ++english / words >= ENGLISH_SHARE) return true;
  return false;
}
