/** Runs the scripts of content/ in a tab and returns their plain-data reports (see content/protocol.ts). */
import { REMOVAL_TEXT_LIMIT } from '../../core/removals';
import type { PageArticle, ReadResult } from '../../core/types';
import {
  CONTENT_STAGES, MISSING_REQUEST_KEY, REQUEST_KEY,
  type ContentTimings, type MissingParagraph, type MissingReport, type MissingRequest, type PageReport, type PageRequest,
} from '../content/protocol';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';

/** A page that has not answered by then is stuck (a frozen tab, a script loop); the reader can retry. */
const READ_TIMEOUT_MS = 20_000;

/** When a read was sent to the tab and answered, in milliseconds since the epoch, so that any of the extension's pages can compare them with its own times. */
export interface ReadTrip {
  sentAt: number;
  answeredAt: number;
}

const epochNow = () => performance.timeOrigin + performance.now();

export async function readTab(tabId: number, request: PageRequest): Promise<PageReport & { trip: ReadTrip }> {
  const sentAt = epochNow();
  // Without a request the content script reads with the defaults, so most clicks skip a round trip.
  const answer = await inject(tabId, 'content.js', isDefault(request) ? undefined : [REQUEST_KEY, request]);
  return { ...asReport(answer), trip: { sentAt, answeredAt: epochNow() } };
}

/** The paragraphs of the tab's page that the article read from it may have lost. */
export async function checkMissing(tabId: number, article: PageArticle): Promise<MissingReport> {
  return asMissingReport(await inject(tabId, 'missing-check.js', [MISSING_REQUEST_KEY, missingRequest(article)]));
}

/** Injects a file into the tab, its request set first on the isolated world; its completion value. */
async function inject(tabId: number, file: string, request?: [key: string, value: unknown]): Promise<unknown> {
  const target = { tabId };
  const run = async () => {
    if (request) await browser.scripting.executeScript({
      target,
      func: (key: string, value: unknown) => {
        (globalThis as unknown as Record<string, unknown>)[key] = value;
      },
      args: request,
    });
    const [injection] = await browser.scripting.executeScript({ target, files: [file] });
    return injection?.result;
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

/** The article as the check needs it: a removal's HTML only where its text was cut (see missing.ts). */
function missingRequest({ text, title, byline, excerpt, removed }: PageArticle): MissingRequest {
  return {
    text, title, byline, excerpt,
    removed: removed.map((r) => ({ text: r.text, html: r.text.length >= REMOVAL_TEXT_LIMIT ? r.html : undefined })),
  };
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

/** The check's answer, checked for shape like the content script's. */
function asMissingReport(value: unknown): MissingReport {
  const report = value as Partial<Record<string, unknown>> | null;
  const missing = Array.isArray(report?.missing) ? report.missing : [];
  return {
    missing: missing
      .filter((m): m is MissingParagraph => typeof m?.text === 'string' && Number.isInteger(m?.after))
      .map((m) => ({ text: m.text, after: m.after })),
    ms: typeof report?.ms === 'number' ? report.ms : NaN,
  };
}
