/**
 * The score that ranks quotations for the reader, the sum of:
 *
 *   kind      whole statement 1, quoted part of a paraphrase 0.6, fragment 0.1
 *   speaker   a named person 0.5; an organisation, place or description 0.3; none 0
 *   length    8 to 60 words 0.3; over 60 words 0.2; 4 to 7 words 0.15; fewer 0
 *   position  up to 0.2, falling from the first paragraph to the last (news puts what matters first)
 *   variety   minus 0.1 for each quotation of the same speaker that scores higher, so that the top
 *             of the list gives several voices
 *
 * Scores are rounded to three decimals; the quotations keep their text order.
 */
import type { Quote } from '../types';

const KIND_WEIGHT = { full: 1, partial: 0.6, fragment: 0.1 } as const;
const PERSON_WEIGHT = 0.5;
const OTHER_SPEAKER_WEIGHT = 0.3;
const POSITION_WEIGHT = 0.2;
const VARIETY_PENALTY = 0.1;

export interface Rankable extends Quote {
  /** The speaker is a person. */
  speakerIsPerson: boolean;
}

export function rank(quotes: Rankable[], paragraphCount: number): void {
  for (const q of quotes) {
    const words = q.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    const length = words >= 8 && words <= 60 ? 0.3 : words > 60 ? 0.2 : words >= 4 ? 0.15 : 0;
    const speaker = !q.speaker ? 0 : q.speakerIsPerson ? PERSON_WEIGHT : OTHER_SPEAKER_WEIGHT;
    const position = POSITION_WEIGHT * (1 - q.paragraph / Math.max(1, paragraphCount));
    q.score = KIND_WEIGHT[q.kind] + speaker + length + position;
  }
  const bySpeaker = new Map<string, Rankable[]>();
  for (const q of quotes) if (q.speaker) bySpeaker.set(q.speaker.name, [...(bySpeaker.get(q.speaker.name) ?? []), q]);
  for (const same of bySpeaker.values()) {
    same.sort((a, b) => b.score - a.score).forEach((q, i) => (q.score -= VARIETY_PENALTY * i));
  }
  for (const q of quotes) q.score = Math.round(q.score * 1000) / 1000;
}
