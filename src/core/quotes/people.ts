/**
 * The people (and organisations) the article names: every name mention, grouped under the fullest
 * name the article uses ("Peskov" → "Dmitry Peskov"), with what the article says they are ("Kremlin
 * spokesman Dmitry Peskov", "Peskov, the Kremlin spokesman,") and whether they are a person at all.
 */
import { verbFollows } from './cues';
import { isNameWord, nameRunStartingAt } from './names';
import { FEMININE, MASCULINE, ORGANISATION_WORDS, ROLE_NOUNS } from './roles';
import { ARTICLES, POSSESSIVE_ENDING, type Token } from './tokens';

export type Gender = 'f' | 'm' | null;

export interface Entity {
  /** The fullest name the article uses, as written. */
  name: string;
  /** A person (not an organisation or a place), so that "he" or "she" can stand for it. */
  person: boolean;
  /** Its name has a word of organisations or places ("House", "News", "City"), or is an acronym. */
  organisation: boolean;
  /** A quotation is attributed to the name itself: a person, or a place or body that speaks ("Moscow has stated"). */
  speaks: boolean;
  gender: Gender;
  /** Descriptions the article ties to the name, as words (case kept) ending with the role noun. */
  roles: string[][];
}

export interface NameMention {
  /** First token of the description written before the name ("Kremlin spokesman" Dmitry Peskov), or `first`. */
  described: number;
  /** First token including titles, first token of the name proper, last token (inclusive). */
  first: number;
  nameFirst: number;
  last: number;
  /** Offsets of the name proper. */
  start: number;
  end: number;
  entity: Entity;
}

export interface People {
  /** Name mentions by the index of their last token. */
  endingAt: ReadonlyMap<number, NameMention>;
  /** Name mentions by the index of their first token, titles included. */
  startingAt: ReadonlyMap<number, NameMention>;
  /** Name mentions outside quotations, in text order. */
  mentions: readonly NameMention[];
  /** Every person the article ties a role to. */
  entities: readonly Entity[];
}

/** Prepositions of place: a name after them is more likely a place than a person. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'throughout', 'outside', 'inside', 'into', 'around']);
/** Words that end a description before a name ("his US counterpart Donald Trump"). */
const DESCRIPTION_STOPS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'and', 'or', 'of', 'by', 'with', 'to', 'for', 'as', 'said', 'says']);

const FINAL_FULL_STOP = /\.$/;

interface Run {
  described: number;
  first: number;
  nameFirst: number;
  last: number;
  /** The name's lower-case words, and the same joined by spaces. */
  key: string[];
  joinedKey: string;
  roles: string[][];
  afterPlacePreposition: boolean;
}

export function findPeople(text: string, tokens: readonly Token[]): People {
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens, i)) continue;
    const run = nameRunStartingAt(tokens, i, tokens.length);
    if (!run) continue;
    const key: string[] = [];
    for (let k = run.nameFirst; k <= run.last; k++) key.push(tokens[k]!.lower);
    const description = descriptionBefore(tokens, run.first);
    const roles: string[][] = [];
    for (const role of [description?.words, titlePart(tokens, run.first, run.nameFirst), appositionAfter(tokens, run.last)]) {
      if (role?.length) roles.push(role);
    }
    const described = description && tokens[run.first - 1]!.text !== ',' ? description.first : run.first;
    const before = run.first > 0 ? tokens[run.first - 1]!.lower : '';
    runs.push({
      first: run.first, nameFirst: run.nameFirst, last: run.last, described, key, joinedKey: key.join(' '), roles,
      afterPlacePreposition: PLACE_PREPOSITIONS.has(before),
    });
    i = run.last;
  }

  const fullest = fullestNames(runs);
  const entities = new Map<string, Entity>();
  const endingAt = new Map<number, NameMention>();
  const startingAt = new Map<number, NameMention>();
  const mentions: NameMention[] = [];
  const shortened = new Set<string>();
  const runsOf = new Map<string, Run[]>();
  for (const run of runs) {
    const full = fullest.get(run.joinedKey)!;
    if (full !== run.joinedKey) shortened.add(full);
    const group = runsOf.get(full);
    if (group) group.push(run);
    else runsOf.set(full, [run]);
  }
  for (const [full, group] of runsOf) {
    const longest = group.find((r) => r.joinedKey === full) ?? group[0]!;
    const entity: Entity = {
      name: text.slice(tokens[longest.nameFirst]!.start, tokens[longest.last]!.end).replace(POSSESSIVE_ENDING, ''),
      person: false,
      organisation: false,
      speaks: false,
      gender: null,
      roles: group.flatMap((r) => r.roles),
    };
    const words = full.split(' ');
    const organisation = words.some((w) => ORGANISATION_WORDS.has(w)) || group.some((r) => isAcronym(tokens[r.last]!.text));
    entity.organisation = organisation;
    const roleWords = entity.roles.flat().map((w) => w.toLowerCase());
    entity.gender = roleWords.some((w) => FEMININE.has(w)) ? 'f' : roleWords.some((w) => MASCULINE.has(w)) ? 'm' : null;
    // A two-word name with nothing else to go on counts as a person when it stands mid-sentence or
    // before a verb ("Tom Reyes attacked"), and never after "in", "at", …
    const readsAsPerson = group.some((r) => r.first > 0 && tokens[r.first - 1]!.sentence === tokens[r.first]!.sentence || verbFollows(tokens, r.last + 1));
    entity.person = !organisation && (
      entity.gender !== null ||
      entity.roles.some((r) => ROLE_NOUNS.has(r.at(-1)!.toLowerCase())) ||
      (words.length >= 2 && (shortened.has(full) || readsAsPerson && !group.some((r) => r.afterPlacePreposition)))
    );
    entities.set(full, entity);
    for (const run of group) {
      const mention: NameMention = {
        described: run.described, first: run.first, nameFirst: run.nameFirst, last: run.last,
        start: tokens[run.nameFirst]!.start, end: tokens[run.last]!.end - (tokens[run.last]!.possessive ? 2 : 0), entity,
      };
      endingAt.set(run.last, mention);
      startingAt.set(run.first, mention);
      if (!tokens[run.first]!.quoted) mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.first - b.first);
  // A name short of two fuller ones ("Clinton": Bill or Hillary) is a person if they are.
  const persons = [...entities].filter(([, e]) => e.person).map(([key]) => key.split(' '));
  for (const [key, e] of entities) {
    const words = key.split(' ');
    if (!e.person && words.length === 1 && persons.some((p) => p.length > 1 && containsName(p, words))) e.person = true;
  }
  return { endingAt, startingAt, mentions, entities: [...entities.values()].filter((e) => e.person && e.roles.length) };
}

/**
 * For each name the runs spell (its lower-case words, joined), the fullest name the article uses
 * for the same one: the longest name that contains it, ending the same way ("Peskov" in "Dmitry
 * Peskov") or, for a single word, starting the same way ("Hillary" in "Hillary Clinton"). A name
 * that fits two different fuller names ("Clinton": Bill or Hillary) stays as written.
 */
function fullestNames(runs: readonly Run[]): Map<string, string> {
  const distinct = new Map<string, string[]>();
  for (const run of runs) if (!distinct.has(run.joinedKey)) distinct.set(run.joinedKey, run.key);
  // Candidates share the last word, or (for a one-word name) the first: index both.
  const byWord = new Map<string, string[][]>();
  for (const k of distinct.values()) {
    addTo(byWord, k[0]!, k);
    if (k.at(-1) !== k[0]) addTo(byWord, k.at(-1)!, k);
  }
  const result = new Map<string, string>();
  for (const [joined, key] of distinct) {
    // Looked up by the last word, which for a one-word name is the first too.
    const fuller = byWord.get(key.at(-1)!)!.filter((f) => f.length > key.length && containsName(f, key));
    const maximal = fuller.filter((f) => !fuller.some((g) => g.length > f.length && containsName(g, f)));
    result.set(joined, maximal.length === 1 ? maximal[0]!.join(' ') : joined);
  }
  return result;
}

/** Files a name under one of its words. */
function addTo(byWord: Map<string, string[][]>, word: string, key: string[]): void {
  const list = byWord.get(word);
  if (list) list.push(key);
  else byWord.set(word, [key]);
}

/** Whether `full` contains `part` in order, sharing its last word, or its first word for a one-word person name. */
function containsName(full: readonly string[], part: readonly string[]): boolean {
  if (part.length === 1 && full[0] === part[0] && full.length <= 3 && !full.some((w) => ORGANISATION_WORDS.has(w))) return true;
  if (full.at(-1) !== part.at(-1)) return false;
  let i = 0;
  for (const w of full) if (w === part[i]) i++;
  return i === part.length;
}

const ACRONYM = /^\p{Lu}{2,}$/u;
/** What may follow an acronym: full stops, a possessive ’s, a plural s (U.S.’s, NGOs). */
const ACRONYM_ENDING = /[.’'s]+$/;
const isAcronym = (word: string) => ACRONYM.test(word.replace(ACRONYM_ENDING, ''));

/** The titles inside the run, as role words: "Russian President" in "Russian President Vladimir Putin". */
function titlePart(tokens: readonly Token[], first: number, nameFirst: number): string[] | null {
  return nameFirst > first ? tokens.slice(first, nameFirst).map(roleWord) : null;
}

/**
 * A description right before the name, ending with a role noun: "Kremlin spokesman" Dmitry Peskov,
 * "the Post’s senior politics editor" Steven Ginsberg. Returns its words and its first token.
 */
function descriptionBefore(tokens: readonly Token[], first: number): { words: string[]; first: number } | null {
  let i = first - 1;
  // "the Kremlin spokesman, Dmitry Peskov,": a description set off by a comma.
  if (tokens[i]?.text === ',') i--;
  const head = tokens[i];
  if (!head || !head.word || head.quoted || !ROLE_NOUNS.has(head.lower) || head.sentence !== tokens[first]!.sentence) return null;
  const words = [roleWord(head)];
  let start = i;
  for (let j = i - 1; j >= 0 && words.length < 5; j--) {
    const t = tokens[j]!;
    if (!t.word || t.quoted || t.sentence !== head.sentence || DESCRIPTION_STOPS.has(t.lower)) break;
    start = j;
    if (t.possessive) {
      // The owner of the role ("the Post’s editor") ends the description, with its article.
      if (tokens[j - 1]?.lower === 'the') start = j - 1;
      break;
    }
    words.unshift(roleWord(t));
  }
  return { words, first: start };
}

/** A description set off after the name: Peskov, "the Kremlin spokesman,"; Rubio, "a Florida Republican". */
function appositionAfter(tokens: readonly Token[], last: number): string[] | null {
  if (tokens[last + 1]?.text !== ',') return null;
  const words: string[] = [];
  for (let j = last + 2; j < tokens.length && words.length < 6; j++) {
    const t = tokens[j]!;
    if (!t.word || t.quoted) break;
    if (words.length === 0 && ARTICLES.has(t.lower)) continue;
    if (ROLE_NOUNS.has(t.lower)) {
      // "Trump, Kremlin spokesman Dmitry Peskov": a description right before a name is that name's.
      if (isNameWord(tokens, j + 1)) return null;
      words.push(roleWord(t));
      // The description ends at its role noun unless another role noun follows ("press secretary").
      if (!ROLE_NOUNS.has(tokens[j + 1]?.lower ?? '')) return words;
      continue;
    }
    if (DESCRIPTION_STOPS.has(t.lower)) break;
    words.push(roleWord(t));
  }
  return null;
}

/** A word of a description as written, without a final full stop ("Gov." → "Gov"). */
const roleWord = (t: Token) => t.text.replace(FINAL_FULL_STOP, '').replace(POSSESSIVE_ENDING, '');
