/** Runs the content script in a tab and returns its plain-data report. */
import type { ReadResult } from '../../core/types';
import { CONTENT_STAGES, REQUEST_KEY, type ContentTimings, type MissingParagraph, type PageReport, type PageRequest } from '../content/protocol';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';

/** A page that has not answered by then is stuck (a frozen tab, a script loop); the reader can retry. */
const READ_TIMEOUT_MS = 20_000;

export async function readTab(tabId: number, request: PageRequest): Promise<PageReport> {
  const target = { tabId };
  const run = async () => {
    // Without a request the content script reads with the defaults, so most clicks skip this round trip.
    if (!isDefault(request)) await browser.scripting.executeScript({
      target,
      func: (key: string, value: PageRequest) => {
        (globalThis as unknown as Record<string, PageRequest>)[key] = value;
      },
      args: [REQUEST_KEY, request],
    });
    const [injection] = await browser.scripting.executeScript({ target, files: ['content.js'] });
    return asReport(injection?.result);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(t('errorTimeout', READ_TIMEOUT_MS / 1000))), READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([run(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function isDefault({ relaxed, rules }: PageRequest): boolean {
  return !relaxed && rules.keep.length === 0 && rules.remove.length === 0;
}

/** The content script's answer, checked for shape: it crossed from a process the page controls. */
function asReport(value: unknown): PageReport {
  const report = value as Partial<Record<string, unknown>> | null;
  return {
    contentType: typeof report?.contentType === 'string' ? report.contentType : '',
    result: asResult(report?.result),
    missing: asMissing(report?.missing),
    timings: asTimings(report?.timings),
  };
}

function asTimings(value: unknown): ContentTimings {
  const given = (value ?? {}) as Partial<Record<string, unknown>>;
  const timings: ContentTimings = { total: NaN };
  for (const stage of CONTENT_STAGES) {
    const ms = given[stage];
    if (typeof ms === 'number') timings[stage] = ms;
  }
  return timings;
}

function asResult(value: unknown): ReadResult {
  const r = value as Partial<Record<string, unknown>> | null;
  if (!r || typeof r !== 'object') return { ok: false, reason: 'error', message: t('errorNoResult') };
  if (r.ok === true) {
    const textFields = ['url', 'title', 'html', 'text'] as const;
    const fine = textFields.every((f) => typeof r[f] === 'string') && Array.isArray(r.removed);
    if (!fine) return { ok: false, reason: 'error', message: t('errorMalformed') };
    const isRecord = (x: unknown) => typeof x === 'object' && x !== null;
    // Quotations are found on the extension page; none are taken from the page's process.
    const { quotes: _, ...fields } = r;
    return { ...fields, removed: (r.removed as unknown[]).filter(isRecord) } as unknown as ReadResult;
  }
  const reason = r.reason === 'not-an-article' || r.reason === 'too-large' ? r.reason : 'error';
  return { ok: false, reason, message: typeof r.message === 'string' ? r.message : undefined };
}

function asMissing(value: unknown): MissingParagraph[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((m): m is MissingParagraph => typeof m?.text === 'string' && Number.isInteger(m?.after))
    .map((m) => ({ text: m.text, after: m.after }));
}
