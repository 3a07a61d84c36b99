import { describe, expect, it } from 'vitest';
import { rank, type Rankable } from '../../../src/core/quotes/rank';

const quote = (over: Partial<Rankable>): Rankable => ({
  text: 'We will rebuild the bridge by the spring of next year at the latest',
  start: 0, end: 10, kind: 'full', speaker: { name: 'Ann Berg', start: 0, end: 3 }, speakerIsPerson: true, score: 0, paragraph: 0, ...over,
});

describe('rank', () => {
  it('puts a whole statement over a quoted part, and a quoted part over a fragment', () => {
    const qs = [quote({ kind: 'fragment' }), quote({ kind: 'partial' }), quote({ kind: 'full' })];
    qs.forEach((q, i) => (q.speaker = { name: `Speaker ${i}`, start: 0, end: 1 }));
    rank(qs, 1);
    expect(qs[2]!.score).toBeGreaterThan(qs[1]!.score);
    expect(qs[1]!.score).toBeGreaterThan(qs[0]!.score);
  });

  it('puts a named person over an organisation, and an organisation over no speaker', () => {
    const qs = [quote({ speaker: null }), quote({ speaker: { name: 'the Kremlin', start: 0, end: 1 }, speakerIsPerson: false }), quote({})];
    rank(qs, 1);
    expect(qs[2]!.score).toBeGreaterThan(qs[1]!.score);
    expect(qs[1]!.score).toBeGreaterThan(qs[0]!.score);
  });

  it('prefers length within reason and an earlier paragraph', () => {
    const qs = [quote({ text: 'Yes, we can' }), quote({}), quote({ paragraph: 9 })];
    qs.forEach((q, i) => (q.speaker = { name: `Speaker ${i}`, start: 0, end: 1 }));
    rank(qs, 10);
    expect(qs[1]!.score).toBeGreaterThan(qs[0]!.score);
    expect(qs[1]!.score).toBeGreaterThan(qs[2]!.score);
  });

  it('lowers each further quotation of the same speaker, for variety', () => {
    const qs = [quote({}), quote({}), quote({ speaker: { name: 'Tom Reyes', start: 0, end: 1 } })];
    rank(qs, 1);
    expect(qs[0]!.score).toBeGreaterThan(qs[1]!.score);
    expect(qs[2]!.score).toBe(qs[0]!.score);
  });
});
