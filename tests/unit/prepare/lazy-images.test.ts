import { describe, expect, it } from 'vitest';
import { resolveLazyImages } from '../../../src/core/prepare/lazy-images';
import { parseDocument } from '../../../src/node/dom';

const body = (markup: string) => {
  const doc = parseDocument(`<!doctype html><html><body>${markup}</body></html>`);
  resolveLazyImages(doc.body);
  return doc.body;
};

describe('resolveLazyImages', () => {
  it('puts the real address in place of a placeholder', () => {
    const img = body('<img src="data:image/gif;base64,R0lGOD" data-src="/photo.jpg" data-srcset="/photo-2x.jpg 2x">').querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/photo.jpg');
    expect(img.getAttribute('srcset')).toBe('/photo-2x.jpg 2x');
  });

  it('keeps a real src the page already has', () => {
    const img = body('<img src="/real.jpg" data-src="/other.jpg">').querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/real.jpg');
  });

  it('fills lazy <picture> sources', () => {
    const source = body('<picture><source data-srcset="/wide.webp 1200w"><img src="/small.jpg"></picture>').querySelector('source')!;
    expect(source.getAttribute('srcset')).toBe('/wide.webp 1200w');
  });

  it('swaps a <noscript> fallback in for the placeholder before it', () => {
    const root = body('<div><img src="data:image/gif;base64,R0lGOD"></div><noscript><img src="/fallback.jpg" alt="Fallback"></noscript>');
    expect(Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['/fallback.jpg']);
  });

  it('lets a <noscript> image stand in for a missing one, and leaves other <noscript> alone', () => {
    const root = body('<noscript><img src="/only.jpg"></noscript><noscript><p>Enable scripts to comment</p></noscript>');
    expect(root.querySelector('img')?.getAttribute('src')).toBe('/only.jpg');
    expect(root.querySelectorAll('noscript')).toHaveLength(1);
  });
});
