/**
 * Reading settings: font, size, line spacing, width and theme. Applied as attributes and custom
 * properties on the root element, which reader.css reads; kept in `storage.sync` (store.ts).
 * No extension API here, so it is unit-tested in Node.
 */

export const FONTS = ['serif', 'sans', 'dyslexic'] as const;
export const LINE_HEIGHTS = ['tight', 'normal', 'loose'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
/** Text size as a factor of each page's own base size (17 px in the popup, 20 px in the reader tab). */
export const SIZES = [0.8, 0.9, 1, 1.1, 1.2, 1.35, 1.5, 1.7] as const;

export interface ReaderSettings {
  font: (typeof FONTS)[number];
  size: (typeof SIZES)[number];
  lineHeight: (typeof LINE_HEIGHTS)[number];
  width: (typeof WIDTHS)[number];
  theme: (typeof THEMES)[number];
}

export const DEFAULT_SETTINGS: ReaderSettings = { font: 'serif', size: 1, lineHeight: 'normal', width: 'medium', theme: 'system' };

/** Settings as stored, each field checked: an unknown value (from an older or newer version) falls back to the default. */
export function parseSettings(value: unknown): ReaderSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const pick = <T>(allowed: readonly T[], x: unknown, fallback: T): T => (allowed.includes(x as T) ? (x as T) : fallback);
  return {
    font: pick(FONTS, v.font, DEFAULT_SETTINGS.font),
    size: pick(SIZES, v.size, DEFAULT_SETTINGS.size),
    lineHeight: pick(LINE_HEIGHTS, v.lineHeight, DEFAULT_SETTINGS.lineHeight),
    width: pick(WIDTHS, v.width, DEFAULT_SETTINGS.width),
    theme: pick(THEMES, v.theme, DEFAULT_SETTINGS.theme),
  };
}

/** The next size up (+1) or down (-1), or the same at either end. */
export function stepSize(size: ReaderSettings['size'], step: 1 | -1): ReaderSettings['size'] {
  const i = SIZES.indexOf(size) + step;
  return SIZES[Math.min(SIZES.length - 1, Math.max(0, i))]!;
}

export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  root.dataset.font = settings.font;
  root.dataset.lineHeight = settings.lineHeight;
  root.dataset.width = settings.width;
  root.dataset.theme = settings.theme;
  root.style.setProperty('--text-scale', String(settings.size));
}
