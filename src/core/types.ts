/** What the core returns: plain data, safe to pass between extension contexts. */

/** One thing a filter took out of the article, shown to the reader. */
export interface Removal {
  /** The filter's id (its file name under src/core/filters/), or `site-rule` for the reader's own rule. */
  filter: string;
  /** The filter's reason, in words a reader understands. */
  reason: string;
  /** The removed text, whitespace collapsed, cut to 200 characters. */
  text: string;
  /**
   * The removed element, sanitized, to put back at its marker (`<span data-removed="N">` in
   * `Article.html`, N = this removal's index); absent when it was too large to offer back.
   */
  html?: string;
}

/** A reader's rules for one site, each naming a block by its text as `Removal.text` cuts it. */
export interface SiteRules {
  /** Put these back when a filter removes them. */
  keep: readonly string[];
  /** Remove these though the filters keep them. */
  remove: readonly string[];
}

/** `full`: a whole statement; `partial`: a quoted part inside a paraphrase; `fragment`: scare quotes, titles, a few words. */
export type QuoteKind = 'full' | 'partial' | 'fragment';

export interface Speaker {
  /** The fullest name the article uses for the speaker. */
  name: string;
  /** Offsets in `Article.text` of the mention the attribution rests on ("he" for "he told reporters"). */
  start: number;
  end: number;
}

export interface Quote {
  /** The quotation without its marks. */
  text: string;
  /** Offsets in `Article.text` of the quotation without its marks. */
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** Ranking score; higher is more worth showing. */
  score: number;
  /** Index of the paragraph in `Article.text` (and `data-paragraph` in `Article.html`). */
  paragraph: number;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601. */
  published: string | null;
  modified: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  /**
   * The cleaned, sanitized body. Blocks carry `data-paragraph` = index of their paragraph in `text`;
   * an empty `<span data-removed="N">` marks where `removed[N]` was.
   */
  html: string;
  /** The body as plain text without the title, paragraphs separated by a blank line. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  removed: Removal[];
  quotes: Quote[];
}

export type FailureReason = 'not-an-article' | 'too-large' | 'error';

export interface Failure {
  ok: false;
  reason: FailureReason;
  message?: string;
}

export type ExtractResult = ({ ok: true } & Article) | Failure;

/**
 * The article as the page's share of the pipeline leaves it (extractPageArticle): no quotations yet, and
 * `html` and each removal's `html` are the page's markup, unsafe until sanitized.
 */
export type PageArticle = Omit<Article, 'quotes'>;

export type ReadResult = ({ ok: true } & PageArticle) | Failure;

/** Milliseconds spent in each stage of one extraction. */
export type StageTimings = Partial<Record<'clone' | 'prepare' | 'readability' | 'filters' | 'text' | 'quotes' | 'sanitize', number>>;
