/**
 * Who a pronoun or a description stands for. "he told reporters" points back to the last fitting
 * person, preferring the subject of the nearest sentence that names one ("Peskov would neither
 * confirm nor deny … “…,” he told reporters"). "the US president remarked" points to the person the
 * article tied that role to, or else to the last person named whose roles do not contradict it.
 */
import { verbFollows } from './cues';
import type { Mention, Reader } from './mentions';
import type { Entity, Gender, NameMention } from './people';
import { EXCLUSIVE_OFFICES, FEMININE, MASCULINE, OFFICES, ROLE_NOUNS } from './roles';

/** How far back a pronoun or a description may point, in sentences. */
const SENTENCES_BACK = 4;

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', him: 'm', she: 'f', her: 'f' };

/** The person a third-person singular pronoun ("he", "she") stands for, or null. */
export function resolvePronoun(r: Reader, m: Mention): Entity | null {
  const word = r.tokens[m.first]!.lower;
  if (!(word in PRONOUN_GENDER)) return null;
  const gender = PRONOUN_GENDER[word]!;
  // One who speaks in the article may be "he" or "she" too, unless the name says organisation.
  return lastFitting(r, m.first, (e) => (e.person || e.speaks && !e.organisation) && (e.gender === null || e.gender === gender));
}

/**
 * The person a description of a role stands for ("the US president", "the Kremlin spokesman"), or
 * null when it describes no person or none fits.
 */
export function resolveDescription(r: Reader, m: Mention): Entity | null {
  const words = r.tokens.slice(m.first, m.last + 1).filter((t) => t.word).map((t) => t.text.replace(/\.$/, ''));
  const ofAt = words.findIndex((w) => w.toLowerCase() === 'of');
  const head = (ofAt > 0 ? words[ofAt - 1]! : words.at(-1)!).toLowerCase();
  if (!ROLE_NOUNS.has(head)) return null;
  const modifiers = words.slice(0, ofAt > 0 ? ofAt - 1 : -1).filter((w) => /^\p{Lu}/u.test(w));
  const gender: Gender = FEMININE.has(head) ? 'f' : MASCULINE.has(head) ? 'm' : null;
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
    !e.roles.some((role) => holdsOther(role, head) || role.at(-1)!.toLowerCase() === head && conflicts(role, modifiers)));
}

/** The role is an office that excludes the described one: a "President" is not "the spokesman". */
function holdsOther(role: readonly string[], head: string): boolean {
  const own = role.at(-1)!.toLowerCase();
  return own !== head && EXCLUSIVE_OFFICES.has(own) && EXCLUSIVE_OFFICES.has(head);
}

/** Whether a role the article gave someone fits a description's head noun and capitalised modifiers. */
function roleFits(role: readonly string[], head: string, modifiers: readonly string[], exact: boolean): boolean {
  if (!role.some((w) => w.toLowerCase() === head)) return false;
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
