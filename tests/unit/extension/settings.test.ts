import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, SIZES, stepSize } from '../../../src/extension/settings/settings';

describe('reading settings', () => {
  it('read back what was saved', () => {
    const saved = { font: 'dyslexic', size: 1.35, lineHeight: 'loose', width: 'narrow', theme: 'sepia' };
    expect(parseSettings(saved)).toEqual(saved);
  });

  it('fall back to the default for anything unknown, field by field', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('serif')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ font: 'comic', size: 9, lineHeight: 'normal', width: 'wide', theme: 'neon' })).toEqual({ ...DEFAULT_SETTINGS, width: 'wide' });
  });

  it('step the size one notch at a time, and stop at either end', () => {
    expect(stepSize(1, 1)).toBe(1.1);
    expect(stepSize(1, -1)).toBe(0.9);
    expect(stepSize(SIZES[0], -1)).toBe(SIZES[0]);
    expect(stepSize(SIZES[SIZES.length - 1]!, 1)).toBe(SIZES[SIZES.length - 1]);
  });
});
