/**
 * Runs of quotations: a quotation interrupted by its attribution is one quotation (“We are ready,”
 * he said. “Everyone is ready.”); a quotation that opens its sentence right after another one's
 * attribution carries on with that speaker (“…,” Barkley said.¶“…”); two quotations joined by
 * "and" share the attribution after the second (“ripe for abuse” and “lacks seriousness,” the NRA said).
 */
import type { Attribution, PlacedQuotation } from './attribution';
import type { Block } from './blocks';
import { cueAt } from './cues';
import type { QuotationPart } from './quotations';
import type { ResolvedSpeaker } from './speaker';
import type { Token } from './tokens';

/** Quotations that read as one: parts joined over their attributions, with one speaker. */
export interface Run {
  parts: QuotationPart[];
  first: PlacedQuotation;
  last: PlacedQuotation;
  attribution: Attribution | null;
  /** End of the attribution clause after the last joined quotation, or -1. */
  clauseAfterLast: number;
  speaker: ResolvedSpeaker | null;
  /** Sentence of the mention the speaker rests on. */
  speakerSentence: number;
}

/** The parts' text: a space where an attribution was left out, a paragraph break where one was crossed. */
export function joinParts(text: string, blocks: readonly Block[], parts: readonly QuotationPart[]): string {
  let joined = '';
  parts.forEach((p, i) => {
    const before = parts[i - 1];
    if (before) joined += before.block === p.block ? ' ' : blocks[before.block]!.paragraph === blocks[p.block]!.paragraph ? '\n' : '\n\n';
    joined += text.slice(p.start, p.end);
  });
  return joined;
}

/** An interruption longer than this is narrative, not just an attribution: the quotations stay apart. */
const MAX_INTERRUPTION_WORDS = 6;

/**
 * Whether quotation `next` goes on with the run before it in the same block: right after the run's
 * own short attribution (“We are ready,” he said. “Everyone is ready.”), or with nothing between.
 */
export function continues(tokens: readonly Token[], run: Run, next: PlacedQuotation, attribution: Attribution | null): boolean {
  if (tokens[run.last.close]!.block !== tokens[next.open]!.block || run.last.unclosed) return false;
  // A quotation inside a sentence of the writer's (loves “Lilyhammer.” “The Walking Dead” is …) is a
  // part or a title: what follows it is another quotation.
  if (!opensSentence(tokens, run.first.open)) return false;
  const from = run.last.close + 1;
  const between = tokens.slice(from, next.open);
  if (!between.length) return !run.attribution || !attribution;
  if (run.clauseAfterLast < 0 || next.open > run.clauseAfterLast + 1 || between.at(-1)!.word) return false;
  const words = between.filter((t) => t.word).length;
  const cues = between.filter((_, k) => cueAt(tokens, from + k)).length;
  if (words > MAX_INTERRUPTION_WORDS || cues !== 1) return false;
  // The next part has no attribution of its own, or only the one it shares ("he said, “…").
  return !attribution || (attribution.place === 'before' && attribution.mention.first === run.attribution?.mention.first);
}

/** Whether the quotation whose opening mark is token `open` starts its sentence. */
function opensSentence(tokens: readonly Token[], open: number): boolean {
  return open === 0 || tokens[open - 1]!.sentence !== tokens[open]!.sentence;
}

/**
 * Gives a quotation that opens its sentence the speaker of the quotation before it, when nothing
 * but that speaker's attribution stands between them ("“…,” Barkley said.¶“…”"). Fragments quoted
 * inside the attribution ("she said, showing off the “Make America Great Again” hat") are passed over.
 */
export function carrySpeaker(tokens: readonly Token[], runs: Run[], i: number): void {
  const run = runs[i]!;
  if (!opensSentence(tokens, run.first.open)) return;
  const open = run.first.open;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const previous = runs[j]!;
    if (previous.last.unclosed) return;
    if (!previous.speaker) continue;
    for (let k = previous.last.close + 1; k < open; k++) {
      const t = tokens[k]!;
      if (t.word && !t.quoted && t.sentence !== previous.speakerSentence) return;
    }
    run.speaker = previous.speaker;
    run.speakerSentence = previous.speakerSentence;
    return;
  }
}

/** Words that join two quotations said together: “ripe for abuse” and “lack seriousness,” the NRA said. */
const JOINING = new Set(['and', 'or', 'but', 'nor', ',', '&']);

/** A quotation joined to the next by "and" takes the attribution that follows the next one. */
export function shareCoordinated(tokens: readonly Token[], placed: readonly PlacedQuotation[], attributions: (Attribution | null)[]): void {
  for (let i = placed.length - 2; i >= 0; i--) {
    const next = attributions[i + 1];
    if (attributions[i] || next?.place !== 'after' && next?.place !== 'shared' || placed[i]!.unclosed) continue;
    const between = tokens.slice(placed[i]!.close + 1, placed[i + 1]!.open);
    if (between.length && between.every((t) => JOINING.has(t.lower)) && between.some((t) => t.word)) {
      attributions[i] = { ...next, place: 'shared', clauseEnd: -1 };
    }
  }
}
