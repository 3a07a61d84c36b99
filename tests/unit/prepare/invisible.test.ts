import { describe, expect, it } from 'vitest';
import { removeInvisible } from '../../../src/core/prepare/invisible';
import { parseDocument } from '../../../src/node/dom';

const page = (body: string) => parseDocument(`<!doctype html><html><body>${body}</body></html>`);
/** The words left in the body (the markup below puts a space between elements). */
const bodyText = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('removeInvisible', () => {
  it('removes what no reader sees, by attribute', () => {
    const doc = page('<p>Seen</p> <template><p>Template</p></template> <div hidden>Hidden</div> <span aria-hidden="true">icon camera</span> <dialog>Closed dialog</dialog> <dialog open>Open dialog</dialog>');
    removeInvisible(doc);
    expect(bodyText(doc)).toBe('Seen Open dialog');
  });

  it('keeps pictures marked aria-hidden, which sighted readers still see', () => {
    const doc = page('<figure aria-hidden="true"><img src="a.jpg" alt="A"></figure><p>Text</p>');
    removeInvisible(doc);
    expect(doc.querySelector('img')).not.toBeNull();
  });

  it('removes SVG sprite sheets and keeps drawn SVG', () => {
    const doc = page('<svg id="sprite"><symbol id="icon-share"><path d="M0 0"/></symbol></svg><svg id="defs"><defs><linearGradient id="g"/></defs></svg><svg id="chart"><path d="M0 0L1 1"/></svg>');
    removeInvisible(doc);
    expect(Array.from(doc.querySelectorAll('svg')).map((s) => s.id)).toEqual(['chart']);
  });

  it("removes what the live page hides by style, pairing the copy's elements with the page's", () => {
    const live = page('<div class="a"><p>Shown</p> <p class="off">Collapsed widget <b>inside</b></p></div> <p>After</p>');
    const clone = live.cloneNode(true) as Document;
    const asked: string[] = [];
    removeInvisible(clone, live, (el) => {
      asked.push(el.tagName);
      return el.getAttribute('class') === 'off';
    });
    expect(bodyText(clone)).toBe('Shown After');
    expect(bodyText(live)).toBe('Shown Collapsed widget inside After');
    // Only the body's elements are asked about, and none inside an element found hidden.
    expect(asked).toEqual(['DIV', 'P', 'P', 'P']);
  });

  it('trusts nothing of the style check when the copy differs from the live page', () => {
    const off = (el: Element) => el.getAttribute('class') === 'off';
    const differ = (live: string, copy: string) => {
      const clone = page(copy);
      removeInvisible(clone, page(live), off);
      return bodyText(clone);
    };
    expect(differ('<div><p class="off">One</p></div>', '<div><p class="off">One</p> <p>Two</p></div>')).toBe('One Two');
    expect(differ('<div class="off">One</div>', '<section class="off">One</section>')).toBe('One');
  });
});
