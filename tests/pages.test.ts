/**
 * The test-page corpus (tests/pages/<category>--<slug>/), in the style of mozilla/readability's
 * test pages: each page's source runs through the whole pipeline and is compared, structurally,
 * with the expected files a person reviewed (text paragraphs, metadata, removals per filter).
 * Expected files come from tests/tools/generate-expected.ts plus review; this test never writes them.
 */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import type { ExtractResult } from '../src/core/types';
import { articleText, countWords } from '../src/core/text';
import { parseDocument } from '../src/node/dom';
import {
  KEEP_CATEGORY, REQUIRED_EXPECTED, categoryOf, extractPage, listPages, metadataOf, pageUrl, paragraphsOf,
  quotesOf, readExpected, readSource, type Expected, type ExpectedRemoval,
} from './pages/corpus';

/**
 * Junk no page's output may contain, as whole lines. Written here, independently of the filters'
 * own rules, so that a filter cannot pass by agreeing with itself. Each group names the filter
 * whose job it is, so a page can also prove that Readability alone leaves that junk in.
 */
const JUNK_LINES = {
  'icon-labels': [
    // Sprite symbol labels run together, three or more in a line: "icon bookmark-bicon cameraicon check".
    /(?:(?:^|[a-z])icon[-_ ][a-z][\s\S]*){3}/i,
    // Icon class names used as labels, three in a line even after a caption: "… icon-expand icon-download icon-share".
    /(?:\bicon[-_][a-z][\w-]*\W*){3}/i,
    // …or two or more making up the whole line: "icon-facebook icon-twitter".
    /^(?:(?:icon|ico|fa|svg)[-_][\w-]+\s*){2,}$/i,
    // Icon-font ligature names and visually hidden button labels alone on a line:
    // "share facebook twitter", "zoom_infullscreen", "BookmarkPrintShareEmail".
    /^(?:(?:share|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|email|mail|print|bookmark|bookmark_border|content_copy|link|close|menu|search|arrow_\w+|chevron_\w+|expand_more|expand_less|zoom_in|zoom_out|fullscreen|fullscreen_exit|play_arrow|pause|volume_up|volume_off|more_vert|more_horiz|text_increase|text_decrease)\s*){2,}$/i,
  ],
  'comment-banners': [
    // Notices of a comment system.
    /^comments (?:are|have been) (?:now )?(?:closed|disabled)(?: for this (?:article|story))?\.?$/i,
    /^dear readers!.*\bcomment/i,
    /\bplease (?:check|read|see) our comment(?:ing|s)? polic(?:y|ies)\b/i,
    /please enable javascript to view the comments/i,
    /\b(?:comments )?powered by (?:disqus|openweb|viafoura|coral)\b/i,
    // Calls to comment, comment headings and counters.
    /^join the conversation\b/i,
    /^(?:reader )?comments$/i,
    /^(?:show|view|load|read|see) (?:all )?(?:\d+ )?comments?(?: \(\d+\)| \d+)?$/i,
    /^(?:comments?|conversation) \(?\d+\)?(?: comments?)?$/i,
    /^\d+ comments?$/i,
    /^(?:log|sign) ?in(?: or (?:register|sign up))? to (?:comment|leave a comment|post a comment|join the conversation)\b/i,
  ],
  'player-leftovers': [
    // A player's clock, maybe after its button: "0:00", "Play 0:00 / 28:14", two or more bare times ("0:00 24:43").
    /^(?:(?:play|pause)\s+)?0:00(?:\s*\/?\s*\d{1,2}:\d{2}(?::\d{2})?)?$/i,
    /^(?:(?:play|pause)\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*\/?\s*){2,}$/i,
    // Player headings, buttons and fallbacks.
    /^podcasts?$/i,
    /^(?:play|pause|mute|unmute|replay|now playing)$/i,
    /^(?:play|listen)\s+\d+\s*min(?:ute)?s?$/i,
    /\blisten to this (?:article|story)\b/i,
    /your browser does not support the (?:audio|video)\b/i,
    // Playback-speed lists: "0.75x 1x 1.25x 1.5x 2x".
    /^(?:(?:playback )?speed:?\s*)?(?:\d(?:\.\d+)?[x×]\s*){3,}$/i,
  ],
} as const satisfies Record<string, readonly RegExp[]>;

type JunkKind = keyof typeof JUNK_LINES;
const JUNK_KINDS = Object.keys(JUNK_LINES) as JunkKind[];

/** Lines of `text` that some group of JUNK_LINES matches, as "group: line". */
function junkIn(text: string, kinds: readonly JunkKind[] = JUNK_KINDS): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return kinds.flatMap((kind) => lines.filter((l) => JUNK_LINES[kind].some((p) => p.test(l))).map((l) => `${kind}: ${l}`));
}

/** Readability with nothing of ours, on the same parse: what a reader would get without our filters. */
function readabilityAloneText(page: string): string {
  const doc = parseDocument(readSource(page), pageUrl(page));
  const parsed = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
  return parsed?.content ? articleText(parsed.content).text : '';
}

/**
 * Removal texts per filter, sorted. The order of removals says nothing about what was removed:
 * across filters it follows the registry, and a filter may find its junk in more than one pass.
 */
function byFilter(removals: readonly ExpectedRemoval[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of removals) (out[r.filter] ??= []).push(r.text);
  for (const texts of Object.values(out)) texts.sort();
  return out;
}

const pages = listPages();

describe('test-page corpus', () => {
  it('has the seed page, at least 20 pages for the filters and at least 4 where nothing may be removed', () => {
    expect(pages).toContain('news--seed-kremlin');
    expect(pages.filter((p) => categoryOf(p) !== KEEP_CATEGORY && p !== 'news--seed-kremlin').length).toBeGreaterThanOrEqual(20);
    expect(pages.filter((p) => categoryOf(p) === KEEP_CATEGORY).length).toBeGreaterThanOrEqual(4);
  });
});

describe.each(pages)('%s', (page) => {
  let result: ExtractResult | undefined;
  const extracted = () => (result ??= extractPage(page));
  const expected = (): Expected => {
    const read = readExpected(page);
    if ('missing' in read) throw new Error(`${page} has no ${read.missing.join(', ')}: run tests/tools/generate-expected.ts ${page}, then review`);
    return read.expected;
  };
  const article = () => {
    const r = extracted();
    if (!r.ok) throw new Error(`${page}: extraction failed: ${r.reason}${r.message ? ` (${r.message})` : ''}`);
    return r;
  };

  it('has its expected files', () => {
    expect(readExpected(page), `needs ${REQUIRED_EXPECTED.join(', ')}`).toHaveProperty('expected');
  });

  it('expected files agree with each other and are free of junk', () => {
    const { text, metadata, removed } = expected();
    expect(metadata.wordCount, 'wordCount of expected.txt (generate-expected.ts --recount)').toBe(countWords(paragraphsOf(text).join('\n\n')));
    expect(removed.every((r) => r.text.length <= 200 && r.filter.length > 0)).toBe(true);
    expect(junkIn(text)).toEqual([]);
  });

  it('gives the expected text, paragraph by paragraph', () => {
    expect(paragraphsOf(article().text)).toEqual(paragraphsOf(expected().text));
  });

  it('gives the expected metadata', () => {
    expect(metadataOf(article())).toEqual(expected().metadata);
  });

  it('removes what is expected, filter by filter', () => {
    expect(byFilter(article().removed)).toEqual(byFilter(expected().removed));
  });

  it('leaves no icon labels, comment banners or player leftovers', () => {
    expect(junkIn(article().text)).toEqual([]);
  });

  if (categoryOf(page) === KEEP_CATEGORY) {
    it('is a page where nothing may be removed', () => {
      expect(expected().removed).toEqual([]);
      expect(article().removed).toEqual([]);
    });
    it('has nothing the junk checks call junk, even in Readability alone', () => {
      expect(junkIn(readabilityAloneText(page))).toEqual([]);
    });
  } else {
    it('has junk that Readability alone keeps, of each kind the page expects removed', () => {
      const kinds = JUNK_KINDS.filter((kind) => expected().removed.some((r) => r.filter === kind));
      const found = junkIn(readabilityAloneText(page), kinds);
      for (const kind of kinds) expect(found.some((f) => f.startsWith(`${kind}:`)), `Readability alone keeps ${kind}`).toBe(true);
    });
  }

  const read = readExpected(page);
  it.runIf('expected' in read && read.expected.quotes !== null)('finds the expected quotes', () => {
    expect(quotesOf(article())).toEqual(expected().quotes);
  });
});
