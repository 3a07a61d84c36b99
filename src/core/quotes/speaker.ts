/**
 * The speaker a mention names: a name gives the fullest form the article uses; a pronoun, a
 * relative "who" or a description gives the person it points back to, at the offsets of the
 * pronoun or description.
 * "It" continues a speaker that is no person. A pronoun that points to no one gives no speaker; a
 * description that is no one's role is itself the speaker ("the statement", "a White House official").
 */
import { resolveDescription, resolvePronoun } from './antecedents';
import { antecedentOf, type Mention, type Reader } from './mentions';
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
  if (m.kind === 'pronoun' && r.tokens[m.first]!.lower === 'it') {
    return previous && !previous.person ? { ...previous, ...at } : null;
  }
  if (m.kind === 'name') return { name: m.name!.entity.name, ...at, person: m.name!.entity.person };
  if (m.kind === 'description') {
    const entity = resolveDescription(r, m);
    if (entity) return { name: entity.name, ...at, person: true };
    return { name: text.slice(m.start, m.end).replace(/^The\b/, 'the').replace(/['’][sS]$/, ''), ...at, person: false };
  }
  const entity = resolvePronoun(r, m);
  return entity && { name: entity.name, ...at, person: entity.person };
}
