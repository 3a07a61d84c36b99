/**
 * `bench`: our pipeline, Readability alone and Defuddle on the same parsed pages of a dataset laid
 * out like the article-extraction benchmark; quality, junk left, and time, side by side.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { extractArticle } from '../core/extract';
import { extractPageArticle } from '../core/page-article';
import { findQuotes } from '../core/quotes/index';
import { filters } from '../core/filters/registry';
import { articleText } from '../core/text';
import type { ExtractResult, ReadResult, StageTimings } from '../core/types';
import { nodeSanitizer, parseDocument } from '../node/dom';
import { parseArgs } from './args';
import { aggregate, scorePage, type PageScore } from './metric';
import { readPage } from './read-page';

/**
 * Each extractor turns the page into its article as HTML, the way it is used (timed), and then into
 * plain text for scoring (not timed: a caller of Readability alone would not need it).
 */
interface Extractor<T = unknown> {
  name: string;
  extract(doc: Document, url: string, stages: StageTimings): Promise<T> | T;
  text(result: T): string;
}

const htmlText = (html: string | null | undefined) => (html ? articleText(parseDocument(`<body>${html}</body>`).body).text : '');

const ours: Extractor<ExtractResult> = {
  name: 'ours',
  extract: (doc, url, stages) => extractArticle(doc, { url, sanitize: nodeSanitizer(), timings: stages }),
  text: (r) => (r.ok ? r.text : ''),
};
// What the extension does before its page sanitizes for display: the content script's share, then quotations.
const oursUnsanitized: Extractor<ReadResult> = {
  name: 'ours-unsanitized',
  extract: (doc, url) => {
    const r = extractPageArticle(doc, { url });
    if (r.ok) findQuotes(r.text);
    return r;
  },
  text: (r) => (r.ok ? r.text : ''),
};
// As its README shows it used: on a copy of the document, its article returned as HTML.
const readabilityHtml = (doc: Document) => new Readability(doc.cloneNode(true) as Document).parse()?.content;
const readability: Extractor<string | null | undefined> = {
  name: 'readability',
  extract: readabilityHtml,
  text: htmlText,
};
// With untrusted pages, Readability's README asks for its output to be sanitized, as ours is (DOMPurify).
const readabilitySanitized: Extractor<string | null | undefined> = {
  name: 'readability+purify',
  extract: (doc) => {
    const html = readabilityHtml(doc);
    return html && nodeSanitizer()(html);
  },
  text: htmlText,
};
const defuddle: Extractor<string | undefined> = {
  name: 'defuddle',
  extract: async (doc, url) => (await Defuddle(doc.cloneNode(true) as Document, url)).content,
  text: htmlText,
};
const extractors = [ours, oursUnsanitized, readability, readabilitySanitized, defuddle] as Extractor[];

/** Paragraphs of an output that some filter's text rule calls junk. */
export function junkLines(text: string): number {
  const rules = filters.flatMap((f) => (f.junkLine ? [f.junkLine] : []));
  return text.split(/\n+/).filter((line) => rules.some((rule) => rule(line.trim()))).length;
}

/** The list started at `by` (modulo its length). */
const rotated = <T>(xs: readonly T[], by: number): T[] => xs.map((_, k) => xs[(k + by) % xs.length]!);

/** A scavenge of the young generation, when Node runs with --expose-gc (`npm run bench` does). */
const collectYoungGarbage = typeof globalThis.gc === 'function' ? () => globalThis.gc!({ type: 'minor' }) : undefined;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (x: number, d = 3) => x.toFixed(d);

export async function runBench(argv: string[]): Promise<number> {
  const { str, flags } = parseArgs(argv, ['per-page']);
  const dataset = str('dataset') ?? '../shared/data/aeb-dev';
  // Each page's time is its best of this many runs: other processes on the machine only ever add time.
  const rounds = Math.max(1, Number(str('rounds') ?? 3));
  const only = str('only')?.split(',');
  const truth: Record<string, { articleBody: string; url?: string }> = JSON.parse(readFileSync(join(dataset, 'ground-truth.json'), 'utf8'));
  const files = readdirSync(join(dataset, 'html')).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
  const active = extractors.filter((e) => !only || only.includes(e.name));
  const scores = new Map(active.map((e) => [e.name, [] as PageScore[]]));
  const times = new Map(active.map((e) => [e.name, [] as number[]]));
  const junk = new Map(active.map((e) => [e.name, 0]));
  const stageTotals: Record<string, number[]> = {};
  let peakRss = 0;

  for (const [i, file] of files.entries()) {
    const id = file.replace(/\.html?(\.gz)?$/, '');
    const gold = truth[id];
    if (!gold) continue;
    const url = gold.url || 'http://fakehost/';
    const doc = parseDocument(readPage(join(dataset, 'html', file)), url);
    const row: string[] = [id.slice(0, 12)];
    // Rounds interleave the extractors, so a busy moment of the machine falls on all of them alike,
    // each round starting one further along, so no extractor always runs after the same one.
    const best = new Map<string, { ms: number; result: unknown; stages: StageTimings }>();
    for (let round = 0; round < rounds; round++) {
      for (const e of rotated(active, round + i)) {
        const stages: StageTimings = {};
        // Short-lived garbage left by the one before is collected now, not charged to this one.
        collectYoungGarbage?.();
        const t0 = performance.now();
        let result: unknown;
        try {
          result = await e.extract(doc, url, stages);
        } catch (err) {
          process.stderr.write(`\n${e.name} failed on ${id}: ${err instanceof Error ? err.message : err}\n`);
        }
        const ms = performance.now() - t0;
        const previous = best.get(e.name);
        if (!previous || ms < previous.ms) best.set(e.name, { ms, result, stages });
      }
    }
    for (const e of active) {
      const { ms, result, stages } = best.get(e.name)!;
      const text = result === undefined ? '' : e.text(result);
      const score = scorePage(gold.articleBody, text);
      scores.get(e.name)!.push(score);
      times.get(e.name)!.push(ms);
      const j = junkLines(text);
      junk.set(e.name, junk.get(e.name)! + j);
      if (e.name === 'ours') for (const [k, v] of Object.entries(stages)) (stageTotals[k] ??= []).push(v);
      row.push(`${e.name} f1=${fmt(aggregate([score]).f1)} junk=${j} ${fmt(ms, 1)}ms`);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (flags.has('per-page')) console.log(row.join('  '));
    process.stderr.write(`\r${i + 1}/${files.length}`);
  }
  process.stderr.write('\n');

  const base = median(times.get('readability') ?? []);
  console.log(`dataset ${dataset}: ${scores.get(active[0]!.name)!.length} pages, each page's time the best of ${rounds} runs`);
  console.log('extractor           precision  recall     f1  junk-lines  median-ms  p95-ms  median/readability');
  for (const e of active) {
    const q = aggregate(scores.get(e.name)!);
    const t = times.get(e.name)!;
    const ratio = base ? fmt(median(t) / base, 2) : '-';
    console.log(`${e.name.padEnd(18)} ${fmt(q.precision).padStart(10)} ${fmt(q.recall).padStart(7)} ${fmt(q.f1).padStart(6)} ${String(junk.get(e.name)).padStart(11)} ${fmt(median(t), 1).padStart(10)} ${fmt(quantile(t, 0.95), 1).padStart(7)} ${ratio.padStart(19)}`);
  }
  if (Object.keys(stageTotals).length) {
    console.log('ours by stage (median ms): ' + Object.entries(stageTotals).map(([k, v]) => `${k} ${fmt(median(v), 2)}`).join(', '));
  }
  // In the extension the popup sanitizes, on the browser's own DOM; here DOMPurify runs on jsdom,
  // whose parser alone costs about as much as Readability.
  console.log('ours-unsanitized: the content script\'s share plus quotations, all but sanitizing for display');
  const purified = times.get('readability+purify');
  if (purified && times.has('ours')) console.log(`ours / readability+purify (both sanitized with DOMPurify): ${fmt(median(times.get('ours')!) / median(purified), 2)}`);
  console.log(`peak memory (rss): ${(peakRss / 2 ** 20).toFixed(0)} MB`);
  return 0;
}
