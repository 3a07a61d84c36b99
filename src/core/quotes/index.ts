/**
 * Key quotes: every quotation in the article with its kind, its speaker and a score for ranking.
 *
 * findQuotes reads the plain text (paragraphs between blank lines) in steps, each in its module:
 * lines and paragraphs (blocks.ts) → quotations by their marks (marks.ts, quotations.ts), less those
 * in headings (headings.ts) → tokens and sentences (tokens.ts, sentences.ts) → the people the
 * article names (names.ts, roles.ts, people.ts) → the mention each attribution rests on
 * (cues.ts, mentions.ts, attribution.ts) and who it stands for (antecedents.ts, speaker.ts) → runs
 * of quotations joined or given their speaker (runs.ts) → kind (kind.ts) → score (rank.ts).
 *
 * A quotation interrupted by its attribution (“We are ready,” he said. “Everyone is ready.”) is one
 * quote: `text` joins its parts with a space (with a blank line for a quotation continued over
 * paragraphs), and `start`/`end` run from its first part to its last.
 */
import type { Quote } from '../types';
import { attributeSpeaker, type PlacedQuotation } from './attribution';
import { splitBlocks } from './blocks';
import { headingFilter } from './headings';
import { readsAsEnglish } from './cues';
import { classifyKind } from './kind';
import type { Reader } from './mentions';
import { findPeople } from './people';
import { findQuotations, type Quotation } from './quotations';
import { rank, type Rankable } from './rank';
import { carrySpeaker, continues, joinParts, shareCoordinated, type Run } from './runs';
import { assignSentences } from './sentences';
import { speakerOf } from './speaker';
import { tokenAt, tokenize, type Token } from './tokens';

/** Quotations in `text` (paragraphs separated by blank lines), in text order. Never throws. */
export function findQuotes(text: string): Quote[] {
  try {
    return quotesOf(text);
  } catch {
    return [];
  }
}

function quotesOf(text: string): Quote[] {
  const blocks = splitBlocks(text);
  const quotations = findQuotations(text, blocks);
  if (!quotations.length) return [];
  const quoted = quotations.flatMap((q) => q.parts);
  const tokens = tokenize(text, blocks, quoted);
  assignSentences(text, blocks, tokens, quoted);
  const reader: Reader = { tokens, people: findPeople(text, tokens) };

  const placed = quotations.map((q) => place(tokens, q));
  const openingMarks = new Set(placed.filter((p) => !p.openingLost).map((p) => p.open));
  // The cue lists are English: in other languages the quotations stand without speakers.
  const english = readsAsEnglish(tokens);
  const attributions = placed.map((p) => (english ? attributeSpeaker(reader, p, openingMarks) : null));
  shareCoordinated(tokens, placed, attributions);
  reader.speakerNames = new Set(attributions.flatMap((a) => (a?.mention.kind === 'name' ? [a.mention.last] : [])));
  for (const a of attributions) {
    const entity = a?.mention.name?.entity;
    if (entity) entity.speaks = true;
  }
  const runs: Run[] = [];
  const inHeading = headingFilter(text, blocks, quotations);
  quotations.forEach((q, i) => {
    const p = placed[i]!;
    const attribution = attributions[i]!;
    // A closing mark without an opening one counts only when an attribution follows it.
    if (q.openingLost && attribution?.place !== 'after') return;
    if (inHeading(q)) return;
    const previous = runs.at(-1);
    if (previous && continues(tokens, previous, p, attribution)) {
      previous.parts.push(...q.parts);
      previous.last = p;
      previous.attribution ??= attribution;
      previous.clauseAfterLast = attribution?.place === 'after' ? attribution.clauseEnd : -1;
      return;
    }
    runs.push({
      parts: [...q.parts], first: p, last: p, attribution, clauseAfterLast: attribution?.place === 'after' ? attribution.clauseEnd : -1,
      speaker: null, speakerSentence: -1,
    });
  });

  const paragraphCount = blocks.at(-1)!.paragraph + 1;
  const quotes: Rankable[] = runs.map((run, i) => {
    if (run.attribution) {
      run.speaker = speakerOf(reader, text, run.attribution.mention, runs[i - 1]?.speaker ?? null);
      run.speakerSentence = tokens[run.attribution.mention.first]!.sentence;
    } else {
      carrySpeaker(tokens, runs, i);
    }
    const start = run.parts[0]!.start, end = run.parts.at(-1)!.end;
    const quoteText = joinParts(text, blocks, run.parts);
    const { speaker } = run;
    return {
      text: quoteText,
      start,
      end,
      kind: classifyKind({ tokens, open: run.first.open, openingLost: run.first.openingLost, text: quoteText, attributed: !!speaker }),
      speaker: speaker && { name: speaker.name, start: speaker.start, end: speaker.end },
      score: 0,
      paragraph: blocks[run.parts[0]!.block]!.paragraph,
      speakerIsPerson: !!speaker?.person,
    };
  });
  rank(quotes, paragraphCount);
  return quotes.map(({ speakerIsPerson: _, ...quote }) => quote);
}

/** The quotation's marks as token indices. */
function place(tokens: readonly Token[], q: Quotation): PlacedQuotation {
  const open = tokenAt(tokens, q.open);
  const close = q.unclosed ? tokenAt(tokens, q.close) - 1 : tokenAt(tokens, q.close - 1);
  return { open, close, unclosed: q.unclosed, openingLost: q.openingLost };
}

