import { describe, expect, it } from 'vitest';
import { markupLeftovers } from '../../../src/core/filters/markup-leftovers';
import { extract, prose, removedBy, runFilter } from './helpers';

const ESCAPED_SPAN = '&amp;lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px;" class="mce_SELRES_start"&amp;gt;&amp;amp;#65279;&amp;lt;/span&amp;gt;';

describe('markup-leftovers', () => {
  it.each([
    ['HTML escaped once too often', `<p>${ESCAPED_SPAN}</p>`],
    ['a shortcode whose plugin did not run', '<p>[button link="https://example.com/review" type="big"] Send us YOUR kit review[/button]</p>'],
  ])('removes %s', (_, markup) => {
    const run = runFilter(markupLeftovers, `${prose(1)}${markup}${prose(1)}`);
    expect(run.removed).toHaveLength(1);
    expect(run.text.split('\n\n')).toHaveLength(2);
  });

  it.each([
    ['a sentence that mentions a tag', '<p>Use the &lt;details&gt; element to hide the answer until the reader clicks on the question.</p>'],
    ['code in an article about HTML', '<pre><code>&lt;span class="note"&gt;Hello&lt;/span&gt;</code></pre>'],
    ['a bracketed note', '<p>[Updated at 3pm with the council\'s response]</p>'],
    ['a comparison', '<p>The vote was close: a&lt;b for most of the night, and the margin at the end was 12.</p>'],
  ])('keeps %s', (_, markup) => {
    expect(runFilter(markupLeftovers, `${prose(1)}${markup}${prose(1)}`).removed).toEqual([]);
  });

  it('judges lines as text for the benchmark', () => {
    expect(markupLeftovers.junkLine!('<span class="x">&#65279;</span>')).toBe(true);
    expect(markupLeftovers.junkLine!('Use the <details> element to hide the answer.')).toBe(false);
  });

  it('takes page code out of a whole page', () => {
    const result = extract(`${prose(3)}<p>${ESCAPED_SPAN}</p>${prose(3)}`);
    expect(removedBy(result, 'markup-leftovers')).toHaveLength(1);
    expect(result.text).not.toMatch(/mce_SELRES/);
  });
});
