/** Runs the scripts of content/ in a tab and returns their plain-data reports (see content/protocol.ts). */
import { REMOVAL_TEXT_LIMIT } from '../../core/removals';
import type { PageArticle, ReadResult } from '../../core/types';
import {
  CONTENT_SCRIPT, CONTENT_STAGES, MISSING_SCRIPT,
  type ContentTimings, type InjectedScript, type MissingParagraph, type MissingReport, type MissingRequest, type PageReport, type PageRequest,
} from '../content/protocol';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';

/** A page that has not answered by then is stuck (a frozen tab, a script loop); the reader can retry. */
const READ_TIMEOUT_MS = 20_000;

/**
 * Loads the content script into the tab without running it, so the tab compiles it while the caller
 * gets the request ready; pass the promise to readTab. A failure (no access to the page) comes out there.
 */
export function loadContentScript(tabId: number): Promise<void> {
  const loaded = load(tabId, CONTENT_SCRIPT);
  loaded.catch(() => {}); // handled by readTab, which may never be called (a kept article shows instead)
  return loaded;
}

export async function readTab(tabId: number, request: PageRequest, loaded = loadContentScript(tabId)): Promise<PageReport> {
  return asReport(await withTimeout(call(tabId, CONTENT_SCRIPT, request, loaded)));
}

/** The paragraphs of the tab's page that the article read from it may have lost. */
export async function checkMissing(tabId: number, article: PageArticle): Promise<MissingReport> {
  return asMissingReport(await withTimeout(call(tabId, MISSING_SCRIPT, missingRequest(article), load(tabId, MISSING_SCRIPT))));
}

async function load(tabId: number, script: InjectedScript): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [script.file] });
}

/** Runs a loaded script with the request; its answer. */
async function call(tabId: number, script: InjectedScript, request: unknown, loaded: Promise<void>): Promise<unknown> {
  await loaded;
  const run = async () => {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: (global: string, value: unknown) => {
        const loadedScript = (globalThis as unknown as Record<string, { run(request: unknown): unknown } | undefined>)[global];
        return loadedScript ? { answer: loadedScript.run(value) } : null;
      },
      args: [script.global, request],
    });
    return injection?.result as { answer: unknown } | null | undefined;
  };
  const ran = await run();
  if (ran !== null) return ran?.answer;
  // The tab lost the script: its page changed since it was loaded. Load it into the new page, once.
  await load(tabId, script);
  return (await run())?.answer;
}

async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(t('errorTimeout', READ_TIMEOUT_MS / 1000))), READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
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
