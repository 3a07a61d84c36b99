import { describe, expect, it } from 'vitest';
import { iconLabels } from '../../../src/core/filters/icon-labels';
import { extract, prose, removedBy, removedTexts, runFilter } from './helpers';

const SEED_RUN =
  'icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon chevron righticon chevron upicon closeicon v-compressicon downloadicon editicon v-expandicon fbicon fileicon filtericon flag ruicon full chevron downicon full chevron lefticon full chevron righticon full chevron upicon gpicon insicon mailicon moveicon-musicicon mutedicon nomutedicon okicon v-pauseicon v-playicon searchicon shareicon sign inicon sign upicon stepbackicon stepforicon swipe downicon tagicon tagsicon tgicon trashicon twicon vkicon yticon wticon fm';

describe('icon-labels', () => {
  it('removes a toolbar of sprite names glued together', () => {
    const run = runFilter(iconLabels, `<div><span>${SEED_RUN}</span></div>${prose(2)}`);
    expect(removedTexts(run)).toEqual([SEED_RUN]);
    expect(run.text).not.toMatch(/icon/);
  });

  it.each([
    ['icon class names', '<div><span>icon-twitter</span><span>icon-facebook</span><span>icon-line</span></div>', 'icon-twittericon-facebookicon-line'],
    ['icon-font ligatures, each in its button', '<div><span role="button"><i>share</i></span> <span role="button"><i>facebook</i></span> <span role="button"><i>email</i></span></div>', 'share facebook email'],
    ['ligatures glued', '<div><i>zoom_in</i><i>fullscreen</i></div>', 'zoom_infullscreen'],
    ['visually hidden button labels glued', '<div><span><svg><use href="#bm"></use></svg><span>Bookmark</span></span><span><span>Print</span></span><span><span>Share</span></span></div>', 'BookmarkPrintShare'],
  ])('removes %s', (_, markup, removed) => {
    expect(removedTexts(runFilter(iconLabels, `${markup}${prose(2)}`))).toEqual([removed]);
  });

  it('removes the labels after a caption and keeps the caption', () => {
    const run = runFilter(iconLabels, `<figure><img src="a.jpg"><figcaption>Trams at the depot. Photograph: Tom Ridley<span>icon camera</span><span>icon expand</span><span>icon close</span></figcaption></figure>${prose(2)}`);
    expect(removedTexts(run)).toEqual(['icon cameraicon expandicon close']);
    expect(run.text.split('\n\n')[0]).toBe('Trams at the depot. Photograph: Tom Ridley');
  });

  it('strips a run glued to the start of a caption and records the cut text', () => {
    const run = runFilter(iconLabels, `<figure><img src="a.jpg"><figcaption>icon cameraicon closeicon expand Putin ready to talk to Trump</figcaption></figure>${prose(2)}`);
    expect(removedTexts(run)).toEqual(['icon cameraicon closeicon expand']);
    expect(run.text.split('\n\n')[0]).toBe('Putin ready to talk to Trump');
  });

  it.each([
    ['a paragraph that mentions icons', '<p>Tap the share icon, then the bookmark icon, and the story is saved for later reading on any device.</p>'],
    ['a fashion icon in emphasis', '<p>She became a fashion <em>icon</em> overnight, and the dress she wore is now in a museum.</p>'],
    ['"share icon" in bold', '<p>Press the <b>share icon</b> to send the recipe to a friend.</p>'],
    ['a heading about icons', '<h2>Icons</h2><p>The designers drew every one of the 300 symbols by hand.</p>'],
    ['a caption naming a camera', '<figure><img src="a.jpg"><figcaption>Camera crews outside the court on Monday.</figcaption></figure>'],
    ['emphasised words that are also glyph names', '<p>It was <i>more</i> than <i>enough</i>, he <i>said</i>.</p>'],
  ])('keeps %s', (_, markup) => {
    expect(runFilter(iconLabels, `${markup}${prose(2)}`).removed).toEqual([]);
  });

  it('judges lines as text for the benchmark', () => {
    expect(iconLabels.junkLine!(SEED_RUN)).toBe(true);
    expect(iconLabels.junkLine!('icon-expand icon-download icon-share')).toBe(true);
    expect(iconLabels.junkLine!('BookmarkPrintShare')).toBe(true);
    expect(iconLabels.junkLine!('Tap the share icon to send it.')).toBe(false);
    expect(iconLabels.junkLine!('Icons')).toBe(false);
  });

  it('takes the sprite names out of a whole page, with the article intact', () => {
    const result = extract(`<p><span>icon bookmark</span><span>icon camera</span><span>icon share</span></p>${prose(6)}`);
    expect(removedBy(result, 'icon-labels')).toEqual(['icon bookmarkicon cameraicon share']);
    expect(result.text).not.toMatch(/icon/);
    expect(result.text.split('\n\n')).toHaveLength(6);
  });
});
