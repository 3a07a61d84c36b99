// Types of build/bundle-sizes.mjs, for the tests that import it.
export interface BundleSize {
  /** Path under the measured directory, with `/`. */
  file: string;
  bytes: number;
  gzipBytes: number;
  budget: { file: string; maxBytes: number } | null;
}
export function measureBundles(dir: string): BundleSize[];
export function unusedBudgets(dir: string): string[];
export function sizeTable(dir: string): string;
