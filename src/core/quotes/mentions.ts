/**
 * Mentions of a possible speaker at a given place: a name ("Sen. Marco Rubio"), a pronoun ("he"),
 * a description ("the US president", "a White House spokesman", "Trump’s campaign") or a relative
 * "who". Read backwards from a cue ("… Peskov, the Kremlin spokesman, said") or forwards after it
 * ("said Peskov").
 */
import { cueAt, isFiller } from './cues';
import { isNameWord } from './names';
import type { NameMention, People } from './people';
import { ROLE_NOUNS } from './roles';
import { ARTICLES, type Token } from './tokens';

export type MentionKind = 'name' | 'pronoun' | 'description' | 'relative';

export interface Mention {
  kind: MentionKind;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** Offsets of the mention the attribution rests on (the name proper for a name). */
  start: number;
  end: number;
  /** The name, for a name mention. */
  name?: NameMention;
}

/** Pronouns that can be the subject of a cue. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Relative pronouns that stand for the mention before them ("Trump, who said …", "bottles that said …"). */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Words that open a description. */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another',
  'some', 'several', 'many', 'most', 'both', 'each', 'every', 'other', 'two', 'three', 'four', 'five', 'few',
]);
/** Descriptions made of one of these words alone ("one", "another", "some") are mentions by themselves. */
const STANDALONE = new Set(['one', 'another', 'some', 'many', 'others', 'both', 'several']);
/** Words that cannot be inside a description: prepositions, conjunctions, pronouns and the like. */
const NOT_IN_DESCRIPTION = new Set([
  'and', 'or', 'but', 'nor', 'so', 'if', 'when', 'while', 'as', 'because', 'than', 'that', 'which', 'who', 'whom', 'whose',
  'in', 'on', 'at', 'by', 'with', 'from', 'to', 'for', 'of', 'about', 'into', 'over', 'after', 'before', 'during', 'against',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'there', 'here', 'not', 'no', 'what', 'where', 'how',
  'why', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'also', 'then', 'just', 'even', 'only', 'too', 'very',
]);
const MAX_DESCRIPTION_WORDS = 7;
/**
 * Articles, demonstratives and possessive determiners open a noun phrase of their own, so they end the
 * description before them ("The rationale these proven liars … use": the description is "The rationale").
 */
const OPENS_NOUN_PHRASE = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

export interface Reader {
  tokens: readonly Token[];
  people: People;
  /** Last tokens of names that quotations are attributed to: the people a story is about at that point. */
  speakerNames?: ReadonlySet<number>;
}

/** The mention whose last token is `j`, reaching no lower than `floor`. */
export function mentionEndingAt(r: Reader, j: number, floor: number): Mention | null {
  const t = r.tokens[j];
  if (!t || !t.word || t.quoted || j < floor) return null;
  const name = r.people.endingAt.get(j);
  if (name && !t.possessive && name.nameFirst >= floor) {
    // The mention reaches back over its titles and the description before it ("Kremlin spokesman Dmitry Peskov").
    const first = Math.max(name.described, floor);
    return withOfPhrase(r, { kind: 'name', first, last: j, start: name.start, end: name.end, name }, floor);
  }
  if (SUBJECT_PRONOUNS.has(t.lower) && !t.possessive) return single(r, 'pronoun', j);
  if (RELATIVE_PRONOUNS.has(t.lower)) return single(r, 'relative', j);
  const d = descriptionEndingAt(r, j, floor) ?? roleOfEndingAt(r, j, floor);
  return d && withOfPhrase(r, d, floor);
}

/** The mention whose first token is `i` (after a cue: "said Peskov", "said the spokesman"), before `ceiling`. */
export function mentionStartingAt(r: Reader, i: number, ceiling: number): Mention | null {
  const t = r.tokens[i];
  if (!t || !t.word || t.quoted || i >= ceiling) return null;
  const name = r.people.startingAt.get(i);
  if (name && name.last < ceiling) {
    // "said Sanders campaign manager Jeff Weaver": a name, a description ending with a role noun, then the speaker's name.
    let j = name.last + 1;
    let role = false;
    for (; j < ceiling && j - name.last <= 4; j++) {
      const w = r.tokens[j]!;
      if (!w.word || w.capitalized || NOT_IN_DESCRIPTION.has(w.lower)) break;
      role = namesRole(w.lower);
    }
    const described = role ? personAt(r, j) : undefined;
    const m = described && described.last < ceiling ? described : name;
    return { kind: 'name', first: i, last: m.last, start: m.start, end: m.end, name: m };
  }
  if (SUBJECT_PRONOUNS.has(t.lower)) return single(r, 'pronoun', i);
  // "said conservative activist Bob Klaus": a description without an article, then the name.
  for (let j = i + 1; j < ceiling && j - i <= MAX_DESCRIPTION_WORDS && inDescription(r, j - 1); j++) {
    const described = namesRole(r.tokens[j - 1]!.lower) ? personAt(r, j) : undefined;
    if (described && described.last < ceiling) return { kind: 'name', first: i, last: described.last, start: described.start, end: described.end, name: described };
  }
  if (!DETERMINERS.has(t.lower) && !t.possessive && !ROLE_NOUNS.has(t.lower)) return null;
  // A description runs to the last word before a stop: punctuation, a preposition, a verb.
  // Inside it, an adverb may qualify a word ("the recently released report", "a Wednesday editorial")
  // and a cue word may be its noun ("the report").
  let last = i;
  const continuesAt = (j: number) => inDescription(r, j) || isFiller(r.tokens[j]!) && inDescription(r, j + 1) || isNounCue(r, j);
  while (last + 1 < ceiling && last - i < MAX_DESCRIPTION_WORDS && continuesAt(last + 1)) last++;
  if (last === i && !STANDALONE.has(t.lower) && !ROLE_NOUNS.has(t.lower)) return null;
  last = ofPhraseAfter(r, last, ceiling);
  const description: Mention = { kind: 'description', first: i, last, start: t.start, end: r.tokens[last]!.end };
  // "said the Kremlin spokesman, Dmitry Peskov": the name that follows is the better mention.
  if (r.tokens[last + 1]?.text === ',') {
    const named = r.people.startingAt.get(last + 2);
    if (named && named.last < ceiling) return { kind: 'name', first: last + 2, last: named.last, start: named.start, end: named.end, name: named };
  }
  return description;
}

/**
 * Whether a word before a person's name says what they are: a role noun, or a noun of someone who
 * does something ("Met Office meteorologist Hannah Ireton", "wildlife photographer Ann Lee").
 */
function namesRole(word: string): boolean {
  return ROLE_NOUNS.has(word) || AGENT_NOUN.test(word) && !NOT_AGENT_NOUNS.has(word);
}
/** Nouns of a person by their trade: -ist, -ian, -er, -or. */
const AGENT_NOUN = /^[a-z-]{3,}(ist|ian|er|or)$/;
/** Words with those endings that name no one: conjunctions, adverbs, comparatives. */
const NOT_AGENT_NOUNS = new Set([
  'whether', 'either', 'neither', 'other', 'another', 'rather', 'together', 'however', 'whatever', 'whoever', 'never', 'ever',
  'over', 'under', 'after', 'later', 'earlier', 'further', 'sooner', 'longer', 'better', 'bigger', 'greater', 'higher', 'lower',
  'major', 'minor', 'senior', 'junior', 'prior', 'per', 'inferior', 'superior', 'interior', 'exterior',
]);

/** A role noun of the list stands before anyone's name; one known only by its ending, before a person's. */
function personAt(r: Reader, j: number): NameMention | undefined {
  const named = r.people.startingAt.get(j);
  return named && (named.entity.person || ROLE_NOUNS.has(r.tokens[j - 1]!.lower)) ? named : undefined;
}

function single(r: Reader, kind: MentionKind, i: number): Mention {
  const t = r.tokens[i]!;
  return { kind, first: i, last: i, start: t.start, end: t.end };
}

/** Whether token `i` can continue a description. */
function inDescription(r: Reader, i: number): boolean {
  const t = r.tokens[i]!;
  if (!t.word || t.quoted) return false;
  // Names and acronyms belong in descriptions ("the US president", "a White House spokesman"),
  // with the small words inside names ("One Club for Growth ad").
  if (isNameWord(r.tokens, i)) return true;
  if ((t.lower === 'of' || t.lower === 'for') && isNameWord(r.tokens, i - 1) && isNameWord(r.tokens, i + 1)) return true;
  if (NOT_IN_DESCRIPTION.has(t.lower) || OPENS_NOUN_PHRASE.has(t.lower) || isFiller(t)) return false;
  return !cueAt(r.tokens, i);
}

/** A cue word that is also a noun, standing as one: "the report", "a statement". */
function isNounCue(r: Reader, j: number): boolean {
  const cue = cueAt(r.tokens, j);
  return !!cue && cue.alsoNoun && !r.tokens[j]!.quoted;
}

/**
 * A description ending at `j`: back to its determiner ("the US president"), a possessive ("Trump’s
 * campaign") or, for a role noun, the start of the clause ("Democrats", "White House officials").
 */
function descriptionEndingAt(r: Reader, j: number, floor: number): Mention | null {
  const head = r.tokens[j]!;
  if (!inDescription(r, j) && !STANDALONE.has(head.lower) && !isNounCue(r, j)) return null;
  if (isNameWord(r.tokens, j) && !ROLE_NOUNS.has(head.lower)) return null;
  let first = j;
  while (first > floor && j - first < MAX_DESCRIPTION_WORDS) {
    const t = r.tokens[first]!;
    if (DETERMINERS.has(t.lower) || t.possessive && first < j) break;
    const before = r.tokens[first - 1]!;
    if (before.sentence !== head.sentence) break;
    if (!DETERMINERS.has(before.lower) && !before.possessive && !inDescription(r, first - 1)) break;
    first--;
  }
  const opener = r.tokens[first]!;
  const determined = DETERMINERS.has(opener.lower) || opener.possessive && first < j;
  // Without a determiner, only a role noun makes a description ("officials said", "Democrats say").
  const roleNoun = ROLE_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower.replace(/s$/, ''));
  if (!determined && !roleNoun && !STANDALONE.has(head.lower)) return null;
  if (determined && first === j && !STANDALONE.has(head.lower)) return null;
  // "the bank’s chair": the owner's article belongs to the description.
  const article = r.tokens[first - 1];
  if (opener.possessive && first > floor && article?.sentence === head.sentence && ARTICLES.has(article.lower)) first--;
  return { kind: 'description', first, last: j, start: r.tokens[first]!.start, end: head.end };
}

/** How many words the object of "of" after a role noun may have: "of a rivers charity", "of product design". */
const MAX_OF_OBJECT_WORDS = 4;

/**
 * The last token of a description read forwards, taking in the "of" phrase after its role noun:
 * "the director" of a rivers charity, "the head" of the FBI.
 */
function ofPhraseAfter(r: Reader, last: number, ceiling: number): number {
  if (r.tokens[last + 1]?.lower !== 'of' || !ROLE_NOUNS.has(r.tokens[last]!.lower)) return last;
  let k = last + 2;
  if (OPENS_NOUN_PHRASE.has(r.tokens[k]?.lower ?? '')) k++;
  const from = k;
  while (k < ceiling && k - from < MAX_OF_OBJECT_WORDS && inDescription(r, k)) k++;
  return k > from ? k - 1 : last;
}

/**
 * A description whose role noun takes an object without an article, read backwards from its last
 * word: "the company’s head of design", "a professor of economics".
 */
function roleOfEndingAt(r: Reader, j: number, floor: number): Mention | null {
  for (let of = j - 1; of > floor && j - of <= MAX_OF_OBJECT_WORDS; of--) {
    const t = r.tokens[of]!;
    if (t.lower === 'of') {
      const owner = descriptionEndingAt(r, of - 1, floor);
      if (!owner || !ROLE_NOUNS.has(r.tokens[owner.last]!.lower)) return null;
      return { kind: 'description', first: owner.first, last: j, start: owner.start, end: r.tokens[j]!.end };
    }
    if (!inDescription(r, of) || t.sentence !== r.tokens[j]!.sentence) return null;
  }
  return null;
}

/** "the head of the FBI": a mention after "of" belongs to the description before it. */
function withOfPhrase(r: Reader, m: Mention, floor: number): Mention {
  if (r.tokens[m.first - 1]?.lower !== 'of' || m.first - 2 < floor) return m;
  const owner = descriptionEndingAt(r, m.first - 2, floor);
  if (!owner || !ROLE_NOUNS.has(r.tokens[owner.last]!.lower)) return m;
  return { kind: 'description', first: owner.first, last: m.last, start: owner.start, end: m.end };
}

/**
 * The subject of the cue at token `k`: the mention just before it, over fillers ("has also said",
 * "on Friday said"), a parenthesis ("Cruz (R-Texas) said") or an apposition ("Peskov, the Kremlin
 * spokesman, said"; "Clinton, 35, the daughter of …, said").
 */
export function subjectBefore(r: Reader, k: number, floor: number): Mention | null {
  let j = skipFillersBack(r, k - 1, floor);
  if (j < floor) return null;
  if (r.tokens[j]!.text !== ',') return headOfPhrases(r, mentionEndingAt(r, j, floor), floor);
  // "Sen. Jack Reed (D-R.I.), said": a subject opening the clause, with a stray comma.
  const direct = mentionEndingAt(r, skipFillersBack(r, j - 1, floor), floor);
  if (direct?.kind === 'name' && (direct.first === floor || r.tokens[direct.first - 1]!.sentence !== r.tokens[j]!.sentence)) return direct;
  // Comma-separated chunks back from the cue: appositions, until one that is the subject itself.
  let comma = j;
  for (let chunk = 0; chunk < 4; chunk++) {
    let s = comma - 1;
    while (s >= floor && r.tokens[s]!.text !== ',' && !r.tokens[s]!.quoted && isWordOrInner(r.tokens[s]!)) s--;
    const chunkStart = s + 1;
    if (chunkStart === comma) return null;
    const opener = r.tokens[chunkStart]!.lower;
    // "Swanson, who is a pastor at the Church of Elizabeth, Colorado, slammed": a relative clause is an apposition.
    if (chunk > 0 && !RELATIVE_OPENERS.has(opener)) {
      const m = mentionEndingAt(r, skipFillersBack(r, comma - 1, chunkStart), chunkStart);
      // The chunk is the mention, or an opening phrase then the mention ("On Friday Peskov").
      const onlyPunctuation = r.tokens.slice(chunkStart, m?.first ?? chunkStart).every((t) => !t.word);
      const opensClause = s < floor || r.tokens[s]!.text !== ',';
      if (m && m.kind !== 'relative' && (onlyPunctuation || opensClause && INTRODUCING.has(opener))) return m;
    }
    if (s < floor || r.tokens[s]!.text !== ',') return null;
    comma = s;
  }
  return null;
}

/** The mention a relative pronoun stands for: "Trump, who", "water bottles that". */
export function antecedentOf(r: Reader, m: Mention): Mention | null {
  const j = r.tokens[m.first - 1]?.text === ',' ? m.first - 2 : m.first - 1;
  const antecedent = mentionEndingAt(r, j, 0);
  return antecedent?.kind === 'relative' ? null : antecedent;
}

/** Words that open a relative clause set off by commas. */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'where', 'when']);
/** Prepositions that open a phrase before the subject ("On Friday Peskov, the spokesman, said"). */
const INTRODUCING = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'later', 'earlier', 'then', 'but', 'and', 'yet', 'still']);

/** Prepositions that put a mention inside a phrase after the subject: "Shirvanian of the Patriarchate told", "a source speaking to Fox News said". */
const PHRASE_PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'with', 'in', 'to', 'on', 'about', 'by']);
const MAX_PHRASES = 3;

/**
 * The subject a mention before a cue belongs to when the mention is the object of a preposition:
 * back over "of the Armenian Patriarchate of Jerusalem" or "speaking to Fox News" to the noun
 * phrase that heads them. A mention that is only an object names no speaker.
 */
function headOfPhrases(r: Reader, m: Mention | null, floor: number): Mention | null {
  for (let n = 0; m && n < MAX_PHRASES; n++) {
    const preposition = r.tokens[m.first - 1];
    if (!preposition || m.first - 1 < floor || !PHRASE_PREPOSITIONS.has(preposition.lower) || m.kind === 'pronoun') return m;
    let j = m.first - 2;
    // "speaking to", "obtained by": a participle between the subject and its phrase.
    if (/(ing|ed)$/.test(r.tokens[j]?.lower ?? '') && !r.tokens[j]!.capitalized) j--;
    const head = j >= floor ? mentionEndingAt(r, j, floor) : null;
    if (!head || head.kind === 'relative') return null;
    m = head.kind === 'description' && preposition.lower === 'of' ? { ...head, last: m.last, end: m.end } : head;
  }
  return m;
}

/** Tokens allowed inside an apposition: words and inner punctuation (hyphens, parentheses, apostrophes). */
const isWordOrInner = (t: Token) => t.word || /^[-–()'’&/.]$/.test(t.text);

/** Index of the first token at or below `j` that is not a filler ("has also", "on Friday", "(R-Texas)"). */
export function skipFillersBack(r: Reader, j: number, floor: number): number {
  while (j >= floor) {
    const t = r.tokens[j]!;
    if (t.quoted) return j;
    if (t.text === ')') {
      let open = j - 1;
      while (open > floor && r.tokens[open]!.text !== '(' && j - open < 8) open--;
      if (r.tokens[open]?.text !== '(') return j;
      j = open - 1;
      continue;
    }
    if (!isFiller(t)) return j;
    j--;
  }
  return j;
}

/** Index of the first token at or after `i` that is not a filler. */
export function skipFillersForward(r: Reader, i: number, ceiling: number): number {
  while (i < ceiling) {
    const t = r.tokens[i]!;
    if (t.quoted || !isFiller(t)) return i;
    i++;
  }
  return i;
}
