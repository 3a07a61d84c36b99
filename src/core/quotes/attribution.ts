/**
 * Finds the mention a quotation's attribution rests on, by the patterns of news copy, tried in
 * order of how reliable they are:
 *
 *   after it        “…,” he told reporters. / “…,” said Peskov. / “…,” Peskov, the Kremlin spokesman, said.
 *                   “…,” according to the Kremlin. / “…” ― Sonya Herridge
 *   before it       Peskov said, “…” / Trump said that “…” / Rubio called the plan “…” / Schumer: “…”
 *                   According to the newspaper, “…” / Trump said …, adding that “…” (the clause's subject)
 *   before its      Reporter Jomana Karadsheh says:¶“…” / Carter said that for decades …¶“That’s because …”
 *   sentence
 *   a signature     “…”¶— President Obama, tweeting after Clinton's speech.
 *   later in its    From Trump’s “…” to his call for a “…,” Will described Trump as …
 *   sentence
 *
 * Who the mention stands for is speaker.ts's business; runs of quotations are joined or given the
 * same speaker in index.ts.
 */
import { SOURCE_PREPOSITIONS, cueAt, verbFollows, type Cue } from './cues';
import { mentionEndingAt, mentionStartingAt, skipFillersBack, skipFillersForward, subjectBefore, type Mention, type Reader } from './mentions';
import type { Token } from './tokens';
import { ROLE_NOUNS } from './roles';

/** A quotation located among the tokens. */
export interface PlacedQuotation {
  /** Index of the opening mark's token, or of the first quoted token when the opening mark was lost. */
  open: number;
  /** Index of the closing mark's token, or of the last quoted token when never closed. */
  close: number;
  /** The quotation had no closing mark. */
  unclosed: boolean;
  /** The opening mark was lost. */
  openingLost: boolean;
}

export type AttributionPlace = 'after' | 'before' | 'lead' | 'signature' | 'later' | 'shared';

export interface Attribution {
  mention: Mention;
  place: AttributionPlace;
  /** Index just past the attribution clause after the quotation (for `after`). */
  clauseEnd: number;
  /** For `before`: the cue stands right before the quotation ("said, “", "told CNN: “"). */
  tight?: boolean;
}

/** How many tokens may stand between a cue and the quotation for the cue to be right before it. */
const TIGHT_TOKENS = 4;

/** Punctuation that may stand between a closing mark and the attribution after it. */
const LEADING_PUNCTUATION = new Set([',', '—', '–', '-', '(']);
/** How many tokens after a quotation the cue of "“…,” SUBJECT … CUE" may lie. */
const AFTER_REACH = 30;

export function attributeSpeaker(r: Reader, q: PlacedQuotation, openingMarks: ReadonlySet<number>): Attribution | null {
  const following = after(r, q, openingMarks);
  // “Why now?” Mills writes back, “You look cute.”: an attribution that leads into the next quotation
  // belongs to it, when this one has its own cue right before it ("Clinton responds to Mills with, “…").
  if (following && openingMarks.has(following.clauseEnd) && /^[,:]$/.test(r.tokens[following.clauseEnd - 1]!.text)) {
    const preceding = before(r, q);
    if (preceding?.tight) return preceding;
  }
  return following ?? before(r, q) ?? lead(r, q) ?? byline(r, q) ?? laterInSentence(r, q);
}

/** The tokens after the closing mark up to the end of its sentence or the next quotation. */
function afterSpan(r: Reader, q: PlacedQuotation, openingMarks: ReadonlySet<number>): [number, number] {
  const { tokens } = r;
  const close = tokens[q.close]!;
  // A question or exclamation ends its sentence before the attribution: “Why?” Obama asked.
  const next = tokens[q.close + 1];
  const asked = /^[?!]$/.test(tokens[q.close - 1]?.text ?? '') && next && next.sentence !== close.sentence && next.block === close.block;
  const sentence = asked ? next.sentence : close.sentence;
  let end = q.close + 1;
  for (; end < tokens.length && tokens[end]!.sentence === sentence; end++) {
    // The attribution stops at a quotation set off after it (“…,” he said, “…”), not at one worked into it
    // (Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said).
    if (openingMarks.has(end) && (end === q.close + 1 || !tokens[end - 1]!.word)) break;
  }
  return [q.close + 1, end];
}

function after(r: Reader, q: PlacedQuotation, openingMarks: ReadonlySet<number>): Attribution | null {
  if (q.unclosed) return null;
  let [a, end] = afterSpan(r, q, openingMarks);
  const { tokens } = r;
  const found = (mention: Mention | null): Attribution | null => mention && { mention, place: 'after', clauseEnd: end };

  // “…” ― Sonya Herridge: a signature after a dash, ending the block or followed by a description.
  if (DASHES.has(tokens[q.close + 1]?.text ?? '') && tokens[q.close + 1]!.block === tokens[q.close]!.block) {
    const m = mentionStartingAt(r, q.close + 2, tokens.length);
    const next = m && tokens[m.last + 1];
    if (m?.kind === 'name' && (!next || next.block !== tokens[q.close]!.block || /^[,.(]$/.test(next.text))) return found(m);
  }
  while (a < end && LEADING_PUNCTUATION.has(tokens[a]!.text)) a++;
  if (a >= end) return null;
  // "said Peskov", "says the report", "read one".
  const cue = cueAt(tokens, a);
  if (cue && !cue.phraseOnly && !cue.participle) {
    const m = mentionStartingAt(r, skipFillersForward(r, cue.end, end), end);
    if (m) return found(m);
  }
  const source = sourceAfterPreposition(r, a, end);
  if (source) return found(source);
  // "he told reporters", "Peskov, the Kremlin spokesman, said", "the US president remarked".
  // Any cue will do here, even one that elsewhere ties only phrases (“…,” he mocks).
  for (let k = a + 1; k < end && k - a <= AFTER_REACH; k++) {
    const c = cueAt(tokens, k);
    if (!c) continue;
    const m = subjectOfCue(r, c, a);
    if (m && describedFrom(r, a, m)) return found(m);
    // "“I held and hugged” grieving family members …, he said.": an attribution closing the sentence.
    if (m && tokens[m.first - 1]!.text === ',' && closesSentence(r, c.end, end)) return found(m);
  }
  return null;
}

/** Whether only a few words of a phrase follow the cue to the end of the sentence ("he said on Monday."). */
function closesSentence(r: Reader, from: number, end: number): boolean {
  const rest = r.tokens.slice(from, end);
  return rest.length <= 5 && rest.every((t) => t.word || /^[.!?]$/.test(t.text));
}

/**
 * Whether the mention starts at `a`, or a description of it does: "the Texan", "former George W.
 * Bush speechwriter Noam Neusner", "Fight for $15 organizing director Kendall Fells".
 */
function describedFrom(r: Reader, a: number, m: Mention): boolean {
  if (m.first === a) return true;
  if (m.kind !== 'name' || m.first - a > MAX_DESCRIPTION_TOKENS) return false;
  for (let i = a; i < m.first; i++) {
    const t = r.tokens[i]!;
    if (t.quoted || !t.word && !/^[$&'’-]$/.test(t.text) || cueAt(r.tokens, i)) return false;
  }
  return true;
}

const MAX_DESCRIPTION_TOKENS = 8;

/** The subject of a cue, refusing a noun-like cue ("a campaign promise") whose subject is not a name or pronoun. */
function subjectOfCue(r: Reader, cue: Cue, floor: number): Mention | null {
  const m = subjectBefore(r, cue.index, floor);
  if (!m || !cue.alsoNoun) return m;
  // "The Rove ad claims “…”": followed by a quotation or "that", the word is a verb after all.
  const next = r.tokens[cue.end];
  const verbal = !!next && (next.lower === 'that' || next.text === ':' || r.tokens[cue.end + 1]?.quoted === true && !next.word);
  if (m.kind !== 'name' && m.kind !== 'pronoun' && !verbal) return null;
  // "the AP report": a name after an article, before the noun's base form, is a modifier.
  const article = r.tokens[m.first - 1];
  const plural = r.tokens[m.last]!.lower.endsWith('s') || r.tokens[cue.index]!.lower.endsWith('s');
  if (m.kind === 'name' && !plural && article && NOUN_ARTICLES.has(article.lower)) return null;
  return m;
}

const NOUN_ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);

/** "according to X" starting at token `i`. */
function sourceAfterPreposition(r: Reader, i: number, end: number): Mention | null {
  for (const words of SOURCE_PREPOSITIONS) {
    if (words.every((w, k) => r.tokens[i + k]?.lower === w)) return mentionStartingAt(r, i + words.length, end);
  }
  return null;
}

/** First token of the sentence that token `i` is in. */
function sentenceStart(tokens: readonly Token[], i: number): number {
  const s = tokens[i]!.sentence;
  while (i > 0 && tokens[i - 1]!.sentence === s) i--;
  return i;
}

function before(r: Reader, q: PlacedQuotation): Attribution | null {
  if (q.openingLost) return null;
  const { tokens } = r;
  const start = sentenceStart(tokens, q.open);
  const end = q.open;
  if (end <= start) return null;
  const found = (mention: Mention | null, tight = true): Attribution | null => mention && { mention, place: 'before', clauseEnd: -1, tight };

  for (let i = start; i < end; i++) {
    const source = !tokens[i]!.quoted && sourceAfterPreposition(r, i, end);
    if (source) return found(source);
  }
  // The last cue before the quotation, and its subject; a second try for a cue whose subject is not found.
  let tries = 0;
  for (let k = end - 1; k >= start && tries < 3; k--) {
    const cue = cueAt(tokens, k);
    if (!cue) continue;
    tries++;
    const m = speakerOfCue(r, cue, start, end);
    // "… a candidate who promised mass deportation: “…”": a cue inside a relative clause that ended
    // before the quotation names no speaker of it ("Ervin, who thinks Emanuel “need…”" does).
    const clauseEnded = tokens.slice(cue.end, end).some((t) => !t.word && !t.quoted);
    if (m && !(m.kind === 'relative' && cue.phraseOnly && clauseEnded)) return found(m, end - cue.end <= TIGHT_TOKENS);
  }
  // "Schumer: “…”", "RED STATES … - Jeffrey M. Jones: “…”", "Trump on Twitter: “…”".
  if (tokens[end - 1]!.text === ':') {
    // A person named right before the colon, or any name set off there; else the clause's subject, or a name opening it.
    const last = mentionEndingAt(r, end - 2, start);
    const setOff = last?.kind === 'name' && (last.name!.entity.person || last.first === start || !tokens[last.first - 1]!.word);
    const opening = mentionStartingAt(r, start, end - 1);
    const m = setOff ? last : clauseSubject(r, clauseStart(tokens, start, end - 1), end - 1) ?? (opening?.kind === 'name' ? opening : null);
    if (m && m.kind !== 'relative') return found(m);
  }
  return null;
}

/**
 * The speaker a cue in the sentence [start, end) points to: its subject; for a participle, the
 * phrase it hangs on ("a sign saying") or the subject of the clause ("Trump said …, adding");
 * for a cue opening the sentence, the mention after it ("Said Dorothy Poynter, “…”").
 */
function speakerOfCue(r: Reader, cue: Cue, start: number, end: number): Mention | null {
  const { tokens } = r;
  const inverted = () => mentionStartingAt(r, skipFillersForward(r, cue.end, end), end);
  if (cue.index === start) return inverted();
  const b = skipFillersBack(r, cue.index - 1, start);
  const before = tokens[b];
  // "Sanders thanked its members … and (later) called …": a second verb shares the clause's subject.
  if (before?.lower === 'and' || before?.lower === 'but') return clauseSubject(r, start, b);
  if (cue.participle) return clauseSubject(r, start, cue.index);
  // “…,” said Stephanie Formas, “and …”: a cue right after a quotation has its subject after it.
  const afterQuotation = before && (before.quoted || !before.word && tokens[b - 1]?.quoted);
  return subjectOfCue(r, cue, start) ?? subjectOfRelativeClause(r, start, cue.index) ?? (afterQuotation ? inverted() : null);
}

/**
 * The subject that a relative clause without commas separates from its verb: "A retired teacher who
 * said he had commented … since 2015 called the decision “…”". Cues inside the clause are its own.
 */
function subjectOfRelativeClause(r: Reader, start: number, k: number): Mention | null {
  const { tokens } = r;
  const m = mentionStartingAt(r, start, k);
  if (!m || m.kind === 'pronoun' || m.kind === 'relative' || tokens[m.last + 1]?.lower !== 'who') return null;
  const clause = tokens.slice(m.last + 2, k);
  return clause.length > 1 && clause.every((t) => t.word && !t.quoted) ? m : null;
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'with', 'from', 'to', 'for', 'of', 'about', 'after', 'before', 'during', 'under', 'over', 'into', 'through']);

/** Words after a comma that open a new clause: "Reid said …, but he gave the Texan a compliment:". */
const CLAUSE_OPENERS = new Set(['but', 'and', 'while', 'yet', 'so', 'although', 'though']);

/** Start of the last clause before `end` in the sentence that starts at `start`. */
function clauseStart(tokens: readonly Token[], start: number, end: number): number {
  for (let i = end - 1; i > start; i--) {
    const t = tokens[i]!;
    if (t.quoted) continue;
    if (t.text === ';' || t.text === ',' && CLAUSE_OPENERS.has(tokens[i + 1]?.lower ?? '')) return i + 1;
  }
  return start;
}

/**
 * The subject of the clause a participle hangs on ("Trump said …, adding that “…”"): the subject of
 * an earlier cue in the sentence, or the first mention followed by a verb.
 */
function clauseSubject(r: Reader, start: number, k: number): Mention | null {
  const { tokens } = r;
  for (let c = start; c < k; c++) {
    const cue = cueAt(tokens, c);
    if (!cue || cue.participle || cue.phraseOnly) continue;
    const m = subjectOfCue(r, cue, start);
    if (m) return m;
  }
  for (let i = start; i < k; i++) {
    if (tokens[i]!.quoted || !tokens[i]!.word) continue;
    const m = mentionStartingAt(r, i, k);
    if (!m || m.kind === 'relative') continue;
    // "In a statement released Thursday, Rep. Jeffries reacted": the object of a preposition is no subject.
    if (i > start && PREPOSITIONS.has(tokens[i - 1]!.lower)) {
      i = m.last;
      continue;
    }
    // A description read forwards may run into its verb ("The 60 second ad ends with"): try it shorter.
    for (let last = m.kind === 'description' ? m.first + 1 : m.last; last <= m.last; last++) {
      if (verbFollows(tokens, last + 1)) return last === m.last ? m : { ...m, last, end: tokens[last]!.end };
    }
    i = m.last;
  }
  return null;
}

/**
 * A quotation that opens its sentence after one ending with a colon ("Reporter Jomana Karadsheh
 * says:¶“…”"), or that opens its paragraph after a paragraph ending with a reported statement
 * ("Carter said that for decades …¶“That’s because …”").
 */
function lead(r: Reader, q: PlacedQuotation): Attribution | null {
  const { tokens } = r;
  const first = q.openingLost ? q.open : sentenceStart(tokens, q.open);
  if (first !== q.open || first === 0) return null;
  const previous = first - 1;
  const start = sentenceStart(tokens, previous);
  const found = (mention: Mention | null): Attribution | null => mention && { mention, place: 'lead', clauseEnd: -1 };
  if (tokens[previous]!.text === ':' && !tokens[previous]!.quoted) {
    for (let i = start; i < previous; i++) {
      const source = sourceAfterPreposition(r, i, previous);
      if (source) return found(source);
    }
    const main = mainClauseStart(tokens, start, previous);
    for (let k = previous - 1; k >= start; k--) {
      const cue = cueAt(tokens, k);
      if (cue) return found(speakerOfCue(r, cue, start, previous)) ?? found(clauseSubject(r, main, previous));
    }
    // "President Clinton released the following statement:": the sentence's subject, if it can speak.
    const subject = clauseSubject(r, main, previous);
    return subject && speaksWithoutCue(tokens, subject) ? found(subject) : null;
  }
  // The sentence before, with no quotation of its own: its first cue and that cue's subject.
  if (tokens.slice(start, previous).some((t) => t.quoted)) return null;
  for (let k = start; k < previous; k++) {
    const cue = cueAt(tokens, k);
    if (cue && !cue.phraseOnly) return found(speakerOfCue(r, cue, start, previous));
  }
  return null;
}

/**
 * Without a speech verb, a description is a speaker only if it names a role ("The rationale these
 * liars use is …:" introduces no one's words); names and pronouns always may be.
 */
function speaksWithoutCue(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'description') return true;
  const head = tokens[m.last]!.lower;
  return ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, ''));
}

/** Words that open a subordinate clause before the main one: "When Wallace died in 1998, President Clinton released …". */
const SUBORDINATORS = new Set(['when', 'after', 'before', 'as', 'if', 'since', 'although', 'though', 'while', 'because', 'once', 'until', 'unless', 'whenever']);

/** Where the main clause of the sentence [start, end) starts: after the comma that closes an opening subordinate clause. */
function mainClauseStart(tokens: readonly Token[], start: number, end: number): number {
  if (!SUBORDINATORS.has(tokens[start]!.lower)) return start;
  for (let i = start + 1; i < end - 1; i++) if (tokens[i]!.text === ',' && !tokens[i]!.quoted) return i + 1;
  return start;
}

/** Dashes that open a byline: “…”¶— President Obama, tweeting after Clinton's speech. */
const DASHES = new Set(['-', '–', '—', '―']);

/** A quotation that ends its block, signed in the next block: “…”¶-Michelle Marks, Philadelphia. */
function byline(r: Reader, q: PlacedQuotation): Attribution | null {
  const { tokens } = r;
  const next = q.close + 1;
  const first = tokens[next];
  // The quotation must be its own paragraph, and the signature the next one.
  if (q.unclosed || !first || first.block === tokens[q.close]!.block || q.open > 0 && tokens[q.open - 1]!.block === tokens[q.open]!.block) return null;
  const dashed = DASHES.has(first.text);
  const m = mentionStartingAt(r, dashed ? next + 1 : next, tokens.length);
  if (!m || m.kind !== 'name') return null;
  // Without a dash, the block must be only a signature: a person's name and a short description.
  let blockEnd = next;
  while (tokens[blockEnd + 1]?.block === first.block) blockEnd++;
  const afterName = tokens[m.last + 1];
  const signature = blockEnd - next < BYLINE_TOKENS && m.name!.entity.person && (!afterName || afterName.block !== first.block || /^[,.]$/.test(afterName.text));
  return dashed || signature ? { mention: m, place: 'signature', clauseEnd: -1 } : null;
}

/** A signature under a quotation is short: "Dean Baker, Center for Economic and Policy Research." */
const BYLINE_TOKENS = 16;

/**
 * A cue later in the quotation's sentence, past other quoted phrases: "From Trump’s “coarse, vulgar”
 * effusion to his call for a “deportation force,” Will described Trump as …".
 */
function laterInSentence(r: Reader, q: PlacedQuotation): Attribution | null {
  const { tokens } = r;
  if (q.unclosed) return null;
  const sentence = tokens[q.close]!.sentence;
  let floor = q.close + 1;
  for (let k = floor; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.quoted) {
      floor = k + 1;
      continue;
    }
    const cue = cueAt(tokens, k);
    const m = cue && !cue.participle ? subjectOfCue(r, cue, floor) : null;
    if (m && m.kind !== 'relative') return { mention: m, place: 'later', clauseEnd: -1 };
  }
  return null;
}
