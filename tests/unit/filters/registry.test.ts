import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filters } from '../../../src/core/filters/registry';

const FILTERS_DIR = join(__dirname, '../../../src/core/filters');

describe('filter registry', () => {
  it('runs the six filters of the issue first, in their order', () => {
    expect(filters.slice(0, 6).map((f) => f.id)).toEqual(['icon-labels', 'comment-banners', 'player-leftovers', 'share-and-follow', 'promos', 'duplicate-title']);
  });

  it('names each filter after its file, once, with a reason a reader understands', () => {
    const ids = filters.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of filters) {
      expect(existsSync(join(FILTERS_DIR, `${f.id}.ts`)), f.id).toBe(true);
      expect(f.reason, f.id).toMatch(/^[A-Z][^.]{10,80}$/);
    }
  });
});
