/**
 * The article-extraction benchmark's metric (as in shared/tools/score-extraction.mjs): 4-token
 * shingles, per-page tp/fp/fn normalised to sum 1, precision averaged over pages with a prediction,
 * recall over pages with a truth, F1 from the two means.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const t = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const sh = t.slice(i, i + n);
    if (!sh.length) continue;
    const k = sh.join('\u0001');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export type PageScore = [tp: number, fp: number, fn: number];

export function scorePage(truth: string, predicted: string): PageScore {
  const a = shingles(truth), b = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0, y = b.get(k) ?? 0;
    tp += Math.min(x, y); fp += Math.max(0, y - x); fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const precision = ([tp, fp, fn]: PageScore) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recall = ([tp, fp, fn]: PageScore) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

export function aggregate(rows: PageScore[]): { precision: number; recall: number; f1: number } {
  const P = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const R = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { precision: P, recall: R, f1: P + R ? (2 * P * R) / (P + R) : 0 };
}
