import { describe, expect, it } from 'vitest';
import { siteLabel, webUrl, wholeMinutes } from '../../../src/extension/ui/format';
import { keyQuotes, KEY_QUOTE_COUNT } from '../../../src/extension/ui/quotes-view';
import type { Quote } from '../../../src/core/types';

describe('article facts', () => {
  it('names the site by its own name, else by its host', () => {
    expect(siteLabel('  The Ledger ', 'https://www.ledger.example/a')).toBe('The Ledger');
    expect(siteLabel(null, 'https://www.ledger.example/a')).toBe('ledger.example');
    expect(siteLabel('', 'not a url')).toBe('');
  });

  it('links out only to web addresses', () => {
    expect(webUrl('https://news.example/a?b#c')).toBe('https://news.example/a?b#c');
    expect(webUrl('javascript:alert(1)')).toBeNull();
    expect(webUrl('data:text/html,hi')).toBeNull();
    expect(webUrl('file:///etc/passwd')).toBeNull();
  });

  it('says reading time in whole minutes, at least one', () => {
    expect(wholeMinutes(0)).toBe(1);
    expect(wholeMinutes(7.4)).toBe(7);
    expect(wholeMinutes(Number.NaN)).toBe(1);
  });
});

describe('keyQuotes', () => {
  const q = (text: string, score: number, kind: Quote['kind'] = 'full'): Quote => ({ text, score, kind, start: 0, end: 0, paragraph: 0, speaker: null });

  it('ranks statements by score, leaves scare quotes out, and keeps the best few', () => {
    const quotes = [q('a', 0.1), q('b', 0.9, 'fragment'), q('c', 0.5, 'partial'), q('d', 0.7), q('e', 0.2), q('f', 0.3), q('g', 0.6), q('h', 0.4)];
    expect(keyQuotes(quotes).map((x) => x.text)).toEqual(['d', 'g', 'c', 'h', 'f']);
    expect(keyQuotes(quotes)).toHaveLength(KEY_QUOTE_COUNT);
    expect(quotes.map((x) => x.text).join('')).toBe('abcdefgh'); // the article's own order is untouched
  });
});
