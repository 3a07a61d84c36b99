/**
 * The test-page corpus: one folder per page, `<category>--<slug>/`, holding `source.html` and the
 * expected results a person reviewed. Shared by the runner (tests/pages.test.ts) and the generator
 * (tests/tools/generate-expected.ts), so both run the pipeline and shape its output the same way.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/core/extract';
import type { ExtractResult } from '../../src/core/types';
import { nodeSanitizer, parseDocument } from '../../src/node/dom';

export const PAGES_DIR = dirname(fileURLToPath(import.meta.url));

/** The files of one page folder. `quotes` is optional; the other expected files are required. */
export const FILES = {
  source: 'source.html',
  text: 'expected.txt',
  metadata: 'expected-metadata.json',
  removed: 'expected-removed.json',
  quotes: 'expected-quotes.json',
} as const;

export const REQUIRED_EXPECTED = [FILES.text, FILES.metadata, FILES.removed] as const;

/** Pages in this category are plain articles: no filter may remove anything from them. */
export const KEEP_CATEGORY = 'keep';

export interface ExpectedMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  dir: string | null;
  wordCount: number;
}

export interface ExpectedRemoval {
  filter: string;
  text: string;
}

export interface ExpectedQuote {
  text: string;
  speaker: string | null;
}

/** Folder names of every page, sorted. Anything that is not a folder (this module) is skipped. */
export function listPages(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => statSync(join(PAGES_DIR, name)).isDirectory())
    .sort();
}

export function categoryOf(page: string): string {
  return page.split('--')[0]!;
}

/** `http://fakehost/<category>/<slug>`, as mozilla/readability's test pages use a fake host. */
export function pageUrl(page: string): string {
  const [category, ...slug] = page.split('--');
  return `http://fakehost/${category}/${slug.join('--')}`;
}

export function pagePath(page: string, file: string): string {
  return join(PAGES_DIR, page, file);
}

export function readSource(page: string): string {
  return readFileSync(pagePath(page, FILES.source), 'utf8');
}

/** The whole pipeline on one page, with the Node host's parser and sanitizer. */
export function extractPage(page: string): ExtractResult {
  const url = pageUrl(page);
  return extractArticle(parseDocument(readSource(page), url), { url, sanitize: nodeSanitizer() });
}

/** Paragraphs of an article text (separated by a blank line). */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
}

export function metadataOf(article: Extract<ExtractResult, { ok: true }>): ExpectedMetadata {
  const { title, byline, siteName, published, lang, dir, wordCount } = article;
  return { title, byline, siteName, published, lang, dir, wordCount };
}

export function removalsOf(article: Extract<ExtractResult, { ok: true }>): ExpectedRemoval[] {
  return article.removed.map(({ filter, text }) => ({ filter, text }));
}

export function quotesOf(article: Extract<ExtractResult, { ok: true }>): ExpectedQuote[] {
  return article.quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null }));
}

export interface Expected {
  text: string;
  metadata: ExpectedMetadata;
  removed: ExpectedRemoval[];
  quotes: ExpectedQuote[] | null;
}

/** The page's expected files, or the names of the required ones that are missing. */
export function readExpected(page: string): { expected: Expected } | { missing: string[] } {
  const missing = REQUIRED_EXPECTED.filter((f) => !existsSync(pagePath(page, f)));
  if (missing.length) return { missing };
  const json = <T>(file: string): T => JSON.parse(readFileSync(pagePath(page, file), 'utf8')) as T;
  return {
    expected: {
      text: readFileSync(pagePath(page, FILES.text), 'utf8'),
      metadata: json<ExpectedMetadata>(FILES.metadata),
      removed: json<ExpectedRemoval[]>(FILES.removed),
      quotes: existsSync(pagePath(page, FILES.quotes)) ? json<ExpectedQuote[]>(FILES.quotes) : null,
    },
  };
}
