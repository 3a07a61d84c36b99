/**
 * The size budgets of build/size-budgets.json, on the scripts `npm run build` wrote to dist/chrome:
 * a change that bloats a script (the content script taking DOMPurify or the quotations code back,
 * say) fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundles, unusedBudgets } from '../build/bundle-sizes.mjs';

const DIST = 'dist/chrome';

describe('bundle size budgets (dist/chrome)', () => {
  it('the extension is built', () => {
    expect(existsSync(`${DIST}/manifest.json`), 'run npm run build first').toBe(true);
  });

  const bundles = existsSync(DIST) ? measureBundles(DIST) : [];

  it('every script has a budget, and every budget a script', () => {
    expect(bundles.filter((b) => !b.budget).map((b) => b.file)).toEqual([]);
    expect(unusedBudgets(DIST)).toEqual([]);
    for (const entry of ['content.js', 'missing-check.js', 'popup.js', 'reader.js', 'options.js', 'background.js']) expect(bundles.map((b) => b.file)).toContain(entry);
  });

  it.each(bundles.map((b) => [b.file, b] as const))('%s is within its budget', (_, bundle) => {
    expect(bundle.bytes, `${bundle.file}: ${bundle.bytes} bytes, budget ${bundle.budget?.maxBytes}`).toBeLessThanOrEqual(bundle.budget?.maxBytes ?? 0);
  });

  it('the popup and the reader tab load the quotations code as a module of their own, only when asked', () => {
    expect(bundles.map((b) => b.file)).toContain('chunks/quotes.js');
    for (const page of ['popup.js', 'reader.js']) {
      const code = readFileSync(join(DIST, page), 'utf8');
      expect(code, page).toContain('import("./chunks/quotes.js")');
      // Nothing for the page to fetch before it can run.
      const staticImports = Array.from(code.matchAll(/(?:^|;)\s*import\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g), (m) => m[1]);
      expect(staticImports, page).toEqual([]);
    }
  });
});
