/**
 * Names in the text: runs of capitalised words ("Russian President Vladimir Putin"), split into the
 * title part ("Russian President") and the name itself ("Vladimir Putin").
 */
import { cueAt } from './cues';
import { ORGANISATION_WORDS, ROLE_NOUNS, TITLES } from './roles';
import type { Token } from './tokens';

/** Capitalised words that are never names or parts of names: function words that start sentences, months, days. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when', 'while', 'as', 'after', 'before', 'since',
  'because', 'although', 'though', 'unless', 'until', 'in', 'on', 'at', 'by', 'with', 'without', 'from', 'to', 'of', 'about',
  'into', 'over', 'under', 'during', 'through', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'what', 'who', 'whom',
  'which', 'where', 'why', 'how', 'then', 'now', 'also', 'still', 'however', 'meanwhile', 'moreover', 'furthermore',
  'additionally', 'indeed', 'instead', 'even', 'just', 'only', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'more',
  'much', 'few', 'both', 'each', 'every', 'other', 'another', 'such', 'one', 'asked', 'according', 'earlier', 'later',
  'last', 'next', 'first', 'finally', 'today', 'yesterday', 'tonight', 'again', 'like', 'unlike', 'among', 'despite',
  'whether', 'perhaps', 'maybe', 'instead', 'rather', 'well', 'oh', 'please', 'thank', 'thanks', 'dear', 'hello',
  'is', 'was', 'are', 'were', 'does', 'do', 'did', 'can', 'would', 'could', 'should', 'has', 'have', 'had',
  'alongside', 'amid', 'beyond', 'within', 'toward', 'towards', 'upon', 'via', 'behind', 'beside', 'besides', 'below',
  'above', 'across', 'around', 'against', 'along', 'beneath', 'except', 'inside', 'outside', 'near', 'onto', 'regarding',
  'likewise', 'similarly', 'nevertheless', 'nonetheless', 'therefore', 'thus', 'hence', 'otherwise', 'anyway', 'apparently',
  'obviously', 'clearly', 'certainly', 'surely', 'fortunately', 'unfortunately', 'ironically', 'interestingly', 'notably',
  'importantly', 'specifically', 'ultimately', 'eventually', 'initially', 'originally', 'currently', 'recently', 'separately',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'april', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Lower-case words found inside names: Charles de Gaulle, Bashar al-Assad, Ludwig van Beethoven. */
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'dos']);

/** Suffixes that end a name: Jr., Sr., III. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** An initial with its full stop (J.). */
const INITIAL = /^\p{Lu}\.$/u;
/** A word in capitals (IOWA, U.S.-BASED) or digits. */
const IN_CAPITALS = /^[\p{Lu}\p{N}][\p{Lu}\p{N}'’-]+$/u;

/** Whether token `i` can be part of a name. */
export function isNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word || !t.capitalized) return false;
  // "US" is a name though it spells a small word; initials ("A.") are parts of names.
  return !NOT_NAMES.has(t.lower) || t.text === 'US' || INITIAL.test(t.text);
}

/** A run of name words, with `nameFirst` the index where the name proper starts after its titles. */
export interface NameRun {
  /** First token, including titles. */
  first: number;
  /** First token of the name proper. */
  nameFirst: number;
  /** Last token (inclusive). */
  last: number;
}

/** The run of name words that starts at token `first`, not reaching `ceiling`. */
export function nameRunStartingAt(tokens: readonly Token[], first: number, ceiling: number): NameRun | null {
  // A cue opening the sentence is no part of the name after it ("Said Dorothy Poynter", "Stated Stone").
  if (cueAt(tokens, first) && isNameWord(tokens, first + 1)) first++;
  if (!isNameWord(tokens, first)) return null;
  let last = first;
  while (last + 1 < ceiling && !tokens[last]!.possessive && continuesRun(tokens, last + 1)) last++;
  return withTitles(tokens, first, last);
}

/** Whether token `i` goes on with the run before it: in the same sentence, a name word, a suffix, or a particle before a name word. */
function continuesRun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!, before = tokens[i - 1]!;
  if (t.sentence !== before.sentence || t.quoted !== before.quoted) return false;
  if (isNameWord(tokens, i) || NAME_SUFFIXES.has(t.lower)) return true;
  return NAME_PARTICLES.has(t.lower) && isNameWord(tokens, i + 1) && tokens[i + 1]!.sentence === t.sentence;
}

/** Splits off the titles: the name proper starts after the last title word of the run. */
function withTitles(tokens: readonly Token[], first: number, last: number): NameRun | null {
  // A role noun capitalised only because it opens the sentence is a title too ("Actress Amandla Stenberg").
  const opensSentence = first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence;
  // Several words in capitals are a headline or a shout (IOWA POLLS NOT NECESSARILY WRONG), not a name.
  if (last > first && tokens.slice(first, last + 1).every((t) => IN_CAPITALS.test(t.text))) return null;
  let nameFirst = first;
  for (let i = first; i < last; i++) if (TITLES.has(tokens[i]!.lower) || i === first && opensSentence && ROLE_NOUNS.has(tokens[i]!.lower)) nameFirst = i + 1;
  // "Republican National Committee" keeps its party word: what follows is an organisation, not a person.
  if (nameFirst > first && tokens.slice(nameFirst, last + 1).some((t) => ORGANISATION_WORDS.has(t.lower))) nameFirst = first;
  // A run that is only a title ("President", "the Governor") names no one by itself.
  if (nameFirst === last && TITLES.has(tokens[last]!.lower)) return null;
  return { first, nameFirst, last };
}
