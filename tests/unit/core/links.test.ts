import { describe, expect, it } from 'vitest';
import { absolutizeLinks } from '../../../src/core/links';
import { parseDocument } from '../../../src/node/dom';

const BASE = 'https://news.example/world/story.html';

function absolutized(markup: string): Element {
  const root = parseDocument(`<!doctype html><html><body><div id="a">${markup}</div></body></html>`, BASE).getElementById('a')!;
  absolutizeLinks(root, BASE);
  return root;
}

describe('absolutizeLinks', () => {
  it('resolves links, images and sources against the page address', () => {
    const root = absolutized('<p><a href="../politics/">Politics</a> <a href="//cdn.example/x">x</a></p>' +
      '<picture><source src="img/a.webp" srcset="img/a-1x.webp 1x, /img/a-2x.webp 2x"><img src="img/a.jpg" srcset="b.jpg 480w,  c.jpg 800w"></picture>');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://news.example/politics/', 'https://cdn.example/x']);
    const source = root.querySelector('source')!, img = root.querySelector('img')!;
    expect(source.getAttribute('src')).toBe('https://news.example/world/img/a.webp');
    expect(source.getAttribute('srcset')).toBe('https://news.example/world/img/a-1x.webp 1x, https://news.example/img/a-2x.webp 2x');
    expect(img.getAttribute('src')).toBe('https://news.example/world/img/a.jpg');
    expect(img.getAttribute('srcset')).toBe('https://news.example/world/b.jpg 480w, https://news.example/world/c.jpg 800w');
  });

  it('drops in-page anchors and addresses that do not resolve, and leaves elements without addresses alone', () => {
    const root = absolutized('<a href="#comments">Comments</a><a href="http://[bad">bad</a><a name="top">top</a><img srcset="http://[bad 1x"><img alt="no address">');
    const [anchor, bad, named] = [...root.querySelectorAll('a')];
    expect(anchor!.hasAttribute('href')).toBe(false);
    expect(bad!.hasAttribute('href')).toBe(false);
    expect(named!.outerHTML).toBe('<a name="top">top</a>');
    const [badSet, plain] = [...root.querySelectorAll('img')];
    expect(badSet!.hasAttribute('srcset')).toBe(false);
    expect(plain!.outerHTML).toBe('<img alt="no address">');
  });
});
