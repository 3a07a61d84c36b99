/** The contract every clean-up filter follows. One filter, one file, `id` = file name. */

export interface FilterContext {
  /** The article title as extracted, for filters that compare against it. */
  readonly title: string;
  /** The document the article element belongs to (for creating nodes). */
  readonly doc: Document;
  /** Remove a node from the article and record it with the running filter's id and reason. */
  remove(node: Node): void;
}

export interface Filter {
  /** Equal to the file name, e.g. `icon-labels`. */
  readonly id: string;
  /** One line a reader understands, shown next to what was removed. */
  readonly reason: string;
  /**
   * The rule applied to one line of plain text, when the filter has a text rule: lets the
   * benchmark count the junk any extractor leaves.
   */
  readonly junkLine?: (line: string) => boolean;
  /** Inspect the article body and call `ctx.remove` on junk. Must never remove ordinary prose. */
  run(article: Element, ctx: FilterContext): void;
}
