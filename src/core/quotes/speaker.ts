/**
 * The speaker a mention names: a name gives the fullest form the article uses; a pronoun, a
 * relative "who" or a description gives the person it points back to, at the offsets of the
 * pronoun or description.
 * "It" continues a speaker that is no person. A pronoun that points to no one named stands for a
 * description opening a sentence before ("The chancellor … He opens by saying"), or gives no speaker;
 * a description that is no one's role is itself the speaker ("the statement", "a White House
 * official"), in the fuller words it took up ("Nigeria’s culture minister" … "the minister said");
 * a lone "one" speaks as one of the group named before it ("one of the analysts").
 */
import { describedAntecedent, fullerDescription, groupOf, resolveDescription, resolvePronoun } from './antecedents';
import { antecedentOf, type Mention, type Reader } from './mentions';
import { POSSESSIVE_ENDING } from './tokens';
import type { Speaker } from '../types';

export interface ResolvedSpeaker extends Speaker {
  /** A person rather than an organisation, a place or an unresolved description. */
  person: boolean;
}

/**
 * `previous` is the speaker of the quotation before, which "it" continues when that was no person
 * (“…,” the editorial read. “…,” it added.).
 */
export function speakerOf(r: Reader, text: string, m: Mention, previous: ResolvedSpeaker | null = null): ResolvedSpeaker | null {
  const at = { start: m.start, end: m.end };
  if (m.kind === 'relative') {
    // "Trump, who said": Trump, at the offsets of "who".
    const antecedent = antecedentOf(r, m);
    const speaker = antecedent && speakerOf(r, text, antecedent);
    return speaker && { ...speaker, ...at };
  }
  if (m.kind === 'pronoun' && r.tokens[m.first]!.lower === 'it' && previous && !previous.person) return { ...previous, ...at };
  if (m.kind === 'name') return { name: m.name!.entity.name, ...at, person: m.name!.entity.person };
  if (m.kind === 'description') {
    const entity = resolveDescription(r, m);
    if (entity) return { name: entity.name, ...at, person: true };
    // "said one": one of the group the sentence before speaks of.
    const group = groupOf(r, m);
    if (group) return { name: `${r.tokens[m.first]!.lower} of the ${group}`, ...at, person: true };
    return { name: describedAs(text, fullerDescription(r, m) ?? m), ...at, person: false };
  }
  const entity = resolvePronoun(r, m);
  if (entity) return { name: entity.name, ...at, person: entity.person };
  // No one named fits: the pronoun stands for a description ("The chancellor … He opens by saying").
  const described = describedAntecedent(r, m);
  return described && { ...speakerOf(r, text, described)!, ...at };
}

/** A description as a speaker's name: "the US president", with its article in lower case and without a final ’s. */
function describedAs(text: string, m: Mention): string {
  return text.slice(m.start, m.end).replace(/^(The|An?)\b/, (article) => article.toLowerCase()).replace(POSSESSIVE_ENDING, '');
}
