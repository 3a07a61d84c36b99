/** How the article's facts read, in the reader's own locale. */

/** A date given without a time comes out of the core as midnight UTC; show it as that day everywhere. */
const DATE_ONLY = /T00:00:00(\.000)?Z$/;

/** Made once each, on first use: a fresh extension page pays milliseconds for its first formatter. */
const dateFormats = new Map<boolean, Intl.DateTimeFormat>();

export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const utc = DATE_ONLY.test(iso);
  let format = dateFormats.get(utc);
  if (!format) dateFormats.set(utc, (format = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', ...(utc ? { timeZone: 'UTC' } : {}) })));
  return format.format(date);
}

/** Reading time in whole minutes, at least one. */
export function wholeMinutes(minutes: number): number {
  return Number.isFinite(minutes) ? Math.max(1, Math.round(minutes)) : 1;
}

/** The site's own name, else its host without "www.". */
export function siteLabel(siteName: string | null | undefined, url: string): string {
  if (siteName?.trim()) return siteName.trim();
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Only web addresses become links out of an extension page. */
export function webUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
