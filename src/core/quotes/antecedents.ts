/**
 * Who a pronoun or a description stands for. "he told reporters" points back to the last fitting
 * person, preferring the subject of the nearest sentence that names one ("Peskov would neither
 * confirm nor deny … “…,” he told reporters"). "the US president remarked" points to the person the
 * article tied that role to, or else to the last person named whose roles do not contradict it.
 * With no one named to point to, a pronoun may stand for a description ("The chancellor … He opens
 * by saying"), and "the minister" for the fuller description it takes up ("Nigeria’s culture minister").
 */
import { verbFollows } from './cues';
import { mentionEndingAt, mentionStartingAt, type Mention, type Reader } from './mentions';
import type { Entity, Gender, NameMention } from './people';
import { EXCLUSIVE_OFFICES, FEMININE, MASCULINE, OFFICES, ORGANISATION_WORDS, ROLE_NOUNS, officeOf } from './roles';

/** How far back a pronoun or a description may point, in sentences. */
const SENTENCES_BACK = 4;

/** A noun of age: "the 17-year-old", "a 45-year-old". */
const AGE_NOUN = /^\d+-year-old$/;

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', him: 'm', she: 'f', her: 'f' };
const POSSESSIVE_GENDER: Readonly<Record<string, Gender>> = { his: 'm', himself: 'm', hers: 'f', herself: 'f' };

/** The person a third-person singular pronoun ("he", "she") stands for, or null. */
export function resolvePronoun(r: Reader, m: Mention): Entity | null {
  const word = r.tokens[m.first]!.lower;
  if (!(word in PRONOUN_GENDER)) return null;
  const gender = PRONOUN_GENDER[word]!;
  // One who speaks in the article may be "he" or "she" too, unless the name says organisation.
  const fits = (e: Entity) => (e.person || e.speaks && !e.organisation) && (e.gender === null || e.gender === gender);
  // Further back only when no one fits nearby.
  return lastFitting(r, m.first, fits) ?? lastFitting(r, m.first, fits, pronounReach(r, m.first, gender));
}

/**
 * How many sentences back a pronoun may point when no one fits nearer: SENTENCES_BACK, not counting
 * sentences that go on about the same "he" or "she" ("His teachers are less sure. He has promised
 * …"), which keep the person in view.
 */
function pronounReach(r: Reader, at: number, gender: Gender): number {
  const sentence = r.tokens[at]!.sentence;
  let without = 0, s = sentence, mentioned = false;
  for (let i = at - 1; i >= 0; i--) {
    const t = r.tokens[i]!;
    if (t.sentence !== s) {
      if (!mentioned && ++without > SENTENCES_BACK) break;
      s = t.sentence;
      mentioned = false;
    }
    if (!t.quoted && (PRONOUN_GENDER[t.lower] ?? POSSESSIVE_GENDER[t.lower]) === gender) mentioned = true;
  }
  return sentence - s;
}

/**
 * The description a pronoun stands for when no named person fits: the subject opening one of the
 * sentences before ("The chancellor has begun his statement. He opens by saying …", "The committee
 * voted … In a statement, it said …"). "he" and "she" take a role, "they" a role in the plural, "it"
 * a body.
 */
export function describedAntecedent(r: Reader, m: Mention): Mention | null {
  const word = r.tokens[m.first]!.lower;
  const fits = DESCRIBED_BY[word];
  if (!fits) return null;
  const sentence = r.tokens[m.first]!.sentence;
  for (let i = m.first - 1; i >= 0 && sentence - r.tokens[i]!.sentence <= SENTENCES_BACK; i--) {
    const t = r.tokens[i]!;
    if (i > 0 && r.tokens[i - 1]!.sentence === t.sentence || t.quoted) continue;
    const subject = sentenceSubject(r, i, m.first);
    if (subject) return fits(r.tokens[subject.last]!.lower) ? subject : null;
  }
  return null;
}

/** Words that open a description introducing someone ("a Republican committee aide", "Nigeria’s culture minister" opens with its owner). */
const INTRODUCING_DETERMINERS = new Set(['a', 'an', 'the', 'another']);

/**
 * The fuller description a definite one takes up when it stands for no one named: "the minister"
 * after "a ceremony attended by Nigeria’s culture minister".
 */
export function fullerDescription(r: Reader, m: Mention): Mention | null {
  const { tokens } = r;
  if (tokens[m.first]!.lower !== 'the' || !ROLE_NOUNS.has(tokens[m.last]!.lower)) return null;
  const sentence = tokens[m.first]!.sentence;
  for (let k = m.first - 1; k >= 0 && sentence - tokens[k]!.sentence <= SENTENCES_BACK; k--) {
    if (tokens[k]!.quoted || tokens[k]!.lower !== tokens[m.last]!.lower) continue;
    const earlier = mentionEndingAt(r, k, 0);
    const opener = earlier && tokens[earlier.first]!;
    const introduces = !!opener && (opener.possessive || INTRODUCING_DETERMINERS.has(opener.lower));
    if (earlier?.kind === 'description' && introduces && earlier.last - earlier.first > m.last - m.first) return earlier;
  }
  return null;
}

/** Words that, standing alone, speak as members of a group: "said one", "another added". */
const GROUP_MEMBERS = new Set(['one', 'another', 'some', 'many', 'several', 'both']);

/** A role noun in the plural ("analysts", "residents"). */
const isPluralRole = (word: string) => word.endsWith('s') && ROLE_NOUNS.has(word.slice(0, -1));

/** Possessives before a plural that make it a thing someone has ("their heads"), not a group of people. */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * The group a lone "one" or "another" speaks for: the last role in the plural outside quotations, in
 * its sentence or the one before ("Analysts said the price reflected … “…,” said one": analysts).
 * Only for the word at the end of its clause, after its verb: "one of those advisers" names its own
 * group, and in "one reason" or "one told" the word may be no speaker or read as a number.
 */
export function groupOf(r: Reader, m: Mention): string | null {
  const { tokens } = r;
  if (m.first !== m.last || !GROUP_MEMBERS.has(tokens[m.first]!.lower)) return null;
  if (tokens[m.last + 1]?.word) return null;
  const sentence = tokens[m.first]!.sentence;
  for (let i = m.first - 1; i >= 0 && sentence - tokens[i]!.sentence <= 1; i--) {
    const t = tokens[i]!;
    if (!t.quoted && isPluralRole(t.lower) && !POSSESSIVES.has(tokens[i - 1]?.lower ?? '')) return t.lower;
  }
  return null;
}

/** What a description's head noun must be for each pronoun to stand for it. */
const DESCRIBED_BY: Readonly<Record<string, (head: string) => boolean>> = {
  he: (head) => ROLE_NOUNS.has(head) && !FEMININE.has(head),
  she: (head) => ROLE_NOUNS.has(head) && !MASCULINE.has(head),
  they: isPluralRole,
  it: (head) => ORGANISATION_WORDS.has(head),
};

/** A description with a determiner opening the sentence at token `i` and followed by its verb, before `ceiling`. */
function sentenceSubject(r: Reader, i: number, ceiling: number): Mention | null {
  const m = mentionStartingAt(r, i, ceiling);
  if (m?.kind !== 'description' || m.first === m.last) return null;
  // Read forwards, a description may run into its verb ("The committee voted"): end it before the verb.
  for (let last = m.first + 1; last <= m.last; last++) {
    if (verbFollows(r.tokens, last + 1)) return { ...m, last, end: r.tokens[last]!.end };
  }
  return null;
}

/**
 * The person a description of a role stands for ("the US president", "the Kremlin spokesman"), or
 * null when it describes no person or none fits.
 */
export function resolveDescription(r: Reader, m: Mention): Entity | null {
  const words = r.tokens.slice(m.first, m.last + 1).filter((t) => t.word).map((t) => t.text.replace(/\.$/, ''));
  const ofAt = words.findIndex((w) => w.toLowerCase() === 'of');
  const head = (ofAt > 0 ? words[ofAt - 1]! : words.at(-1)!).toLowerCase();
  // "The 17-year-old", "the 34-year-old mother of three": an age stands for the person the story is
  // about at that point.
  const gender: Gender = FEMININE.has(head) ? 'f' : MASCULINE.has(head) ? 'm' : null;
  if (words.some((w) => AGE_NOUN.test(w))) return lastFitting(r, m.first, (e) => e.person && (gender === null || e.gender === null || e.gender === gender));
  if (!ROLE_NOUNS.has(head)) return null;
  const modifiers = words.slice(0, ofAt > 0 ? ofAt - 1 : -1).filter((w) => /^\p{Lu}/u.test(w));
  const fits = (e: Entity, exact: boolean) => e.roles.some((role) => roleFits(role, head, modifiers, exact));
  // A person the article gave this very role, then one given the role without contradicting modifiers.
  for (const exact of [true, false]) {
    const tied = r.people.entities.filter((e) => fits(e, exact));
    const found = tied.length === 1 ? tied[0]! : tied.length > 1 ? lastFitting(r, m.first, (e) => tied.includes(e), Infinity) : null;
    if (found) return found;
  }
  // Else, for an office, the last person named, unless the article gave them the same office with
  // other modifiers (Russian, not US). "the witness" or "a friend" may be anyone.
  if (!OFFICES.has(head)) return null;
  return lastFitting(r, m.first, (e) =>
    e.person && (gender === null || e.gender === null || e.gender === gender) &&
    !e.roles.some((role) => holdsOther(role, head) || officeOf(role.at(-1)!.toLowerCase()) === officeOf(head) && conflicts(role, modifiers)));
}

/** The role is an office that excludes the described one: a "President" is not "the spokesman". */
function holdsOther(role: readonly string[], head: string): boolean {
  const own = officeOf(role.at(-1)!.toLowerCase()), described = officeOf(head);
  return own !== described && EXCLUSIVE_OFFICES.has(own) && EXCLUSIVE_OFFICES.has(described);
}

/** Whether a role the article gave someone fits a description's head noun and capitalised modifiers. */
function roleFits(role: readonly string[], head: string, modifiers: readonly string[], exact: boolean): boolean {
  if (!role.some((w) => officeOf(w.toLowerCase()) === officeOf(head))) return false;
  if (exact) return modifiers.every((mod) => role.some((w) => w.toLowerCase() === mod.toLowerCase()));
  return !conflicts(role, modifiers);
}

/** Both name a different place, party or body: "Russian President" against "the US president". */
function conflicts(role: readonly string[], modifiers: readonly string[]): boolean {
  const own = role.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w) && !ROLE_NOUNS.has(w.toLowerCase()));
  const lower = new Set(own.map((w) => w.toLowerCase()));
  return own.length > 0 && modifiers.length > 0 && !modifiers.some((mod) => lower.has(mod.toLowerCase()));
}

/**
 * The last person before token `at` that `fits`: in the nearest sentence that names one, its
 * subject; if that sentence names fitting people only as objects, the subject of an earlier
 * sentence; failing that, the nearest fitting name.
 */
function lastFitting(r: Reader, at: number, fits: (e: Entity) => boolean, sentencesBack = SENTENCES_BACK): Entity | null {
  const sentence = r.tokens[at]!.sentence;
  let nearest: NameMention | null = null;
  let currentSentence = -1;
  let subject: NameMention | null = null;
  const mentions = r.people.mentions;
  for (let i = lastBefore(mentions, at); i >= 0; i--) {
    const m = mentions[i]!;
    const s = r.tokens[m.first]!.sentence;
    if (sentence - s > sentencesBack) break;
    if (!fits(m.entity)) continue;
    if (s !== currentSentence) {
      if (subject) return subject.entity;
      currentSentence = s;
    }
    nearest ??= m;
    // Going backwards, the earliest subject in the sentence wins.
    if (isSubject(r, m)) subject = m;
  }
  return (subject ?? nearest)?.entity ?? null;
}

/** Index of the last mention that ends before token `at`. */
function lastBefore(mentions: readonly NameMention[], at: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.last < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether a name is the subject of its clause: the speaker of a quotation, followed by a verb, or opening its sentence. */
function isSubject(r: Reader, m: NameMention): boolean {
  if (r.speakerNames?.has(m.last)) return true;
  if (verbFollows(r.tokens, m.last + 1)) return true;
  const opensSentence = m.first === 0 || r.tokens[m.first - 1]!.sentence !== r.tokens[m.first]!.sentence;
  const next = r.tokens[m.last + 1];
  return opensSentence && (!next || next.quoted || next.text === ',');
}
