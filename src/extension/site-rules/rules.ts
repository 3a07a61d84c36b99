/**
 * Site rules as data: what they are, which site a page belongs to, and the rules file people
 * export and import. An imported file is untrusted input, so it is checked field by field and
 * taken whole or not at all. No extension API here (see store.ts), so it is unit-tested in Node.
 */
import { removalText } from '../../core/removals';
import type { SiteRules } from '../../core/types';

export type RuleAction = 'keep' | 'remove';

export interface SiteRule {
  /** Host name, lower case, without a leading "www." (see siteOf). */
  site: string;
  /** `keep`: put back what a filter removes; `remove`: take out what the filters keep. */
  action: RuleAction;
  /** The block's text as `removalText` cuts it. */
  text: string;
  /** When the rule was made, ISO 8601. */
  created: string;
}

/** What names an exported file as ours, and its layout's version. */
export const RULES_FORMAT = 'news-reader-site-rules';
export const RULES_VERSION = 1;
/** Limits on an imported file: far above what anyone makes by hand, far below trouble. */
export const MAX_FILE_CHARS = 2_000_000;
export const MAX_RULES = 10_000;

const RULE_ACTIONS: readonly RuleAction[] = ['keep', 'remove'];
const FILE_FIELDS = ['format', 'version', 'rules'];
const RULE_FIELDS = ['site', 'action', 'text', 'created'];
/** A host name as URL parsing leaves it: lower-case ASCII labels (IDNs in punycode), or an IPv4 address. */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** Control characters have no place in a block's text. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
/** Sites share rules with and without "www.". */
const WWW = /^www\./;

/** The site a page belongs to, or null for pages that have none (file:, data:, extension pages). */
export function siteOf(url: string | undefined): string | null {
  try {
    const { protocol, hostname } = new URL(url ?? '');
    return protocol === 'https:' || protocol === 'http:' ? hostname.replace(WWW, '') || null : null;
  } catch {
    return null;
  }
}

/** What the core needs of a site's rules. */
export function forExtraction(rules: readonly SiteRule[]): SiteRules {
  return {
    keep: rules.filter((r) => r.action === 'keep').map((r) => r.text),
    remove: rules.filter((r) => r.action === 'remove').map((r) => r.text),
  };
}

/** Two rules are the same when they say the same thing of the same site, whenever made. */
export function ruleKey(rule: SiteRule): string {
  return JSON.stringify([rule.site, rule.action, rule.text]);
}

export function newRule(site: string, action: RuleAction, text: string, now = new Date()): SiteRule {
  return { site, action, text: removalText(text), created: now.toISOString() };
}

/** Rules sorted by site, then as made. */
export function sortRules(rules: readonly SiteRule[]): SiteRule[] {
  return [...rules].sort((a, b) => a.site.localeCompare(b.site) || a.created.localeCompare(b.created));
}

export function exportRules(rules: readonly SiteRule[]): string {
  return JSON.stringify({ format: RULES_FORMAT, version: RULES_VERSION, rules: sortRules(rules) }, null, 2) + '\n';
}

/** What is wrong with a file or one of its rules (`rule` counts from 1). */
export type RuleProblem =
  | { problem: 'too-large' | 'not-json' | 'not-rules-file' | 'too-many' }
  | { problem: 'not-a-rule'; rule: number }
  | { problem: 'unknown-field' | 'bad-field'; rule: number; field: string };

export type ParsedRules = { ok: true; rules: SiteRule[] } | { ok: false; problems: RuleProblem[] };

/** How many problems a failed import lists: enough to fix a file by, not a wall of text. */
const PROBLEMS_SHOWN = 5;

export function parseRulesFile(text: string): ParsedRules {
  if (text.length > MAX_FILE_CHARS) return fail({ problem: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ problem: 'not-json' });
  }
  if (!isPlainObject(data) || !hasOnly(data, FILE_FIELDS) || data.format !== RULES_FORMAT || data.version !== RULES_VERSION || !Array.isArray(data.rules)) {
    return fail({ problem: 'not-rules-file' });
  }
  if (data.rules.length > MAX_RULES) return fail({ problem: 'too-many' });
  const problems: RuleProblem[] = [];
  const rules = new Map<string, SiteRule>();
  data.rules.forEach((value: unknown, i: number) => {
    const rule = checkRule(value, i + 1, problems);
    if (rule && !rules.has(ruleKey(rule))) rules.set(ruleKey(rule), rule);
  });
  return problems.length ? { ok: false, problems: problems.slice(0, PROBLEMS_SHOWN) } : { ok: true, rules: [...rules.values()] };
}

/** A rule as stored or imported, checked; null (and the problems said) when it is not one. */
export function checkRule(value: unknown, rule: number, problems: RuleProblem[] = []): SiteRule | null {
  if (!isPlainObject(value)) {
    problems.push({ problem: 'not-a-rule', rule });
    return null;
  }
  const before = problems.length;
  for (const field of Object.keys(value)) if (!RULE_FIELDS.includes(field)) problems.push({ problem: 'unknown-field', rule, field });
  const { site, action, text, created } = value;
  const bad = (field: string) => problems.push({ problem: 'bad-field', rule, field });
  if (typeof site !== 'string' || !HOST.test(site) || WWW.test(site)) bad('site');
  if (!RULE_ACTIONS.includes(action as RuleAction)) bad('action');
  if (typeof text !== 'string' || text === '' || text !== removalText(text) || CONTROL.test(text)) bad('text');
  if (created !== undefined && (typeof created !== 'string' || !ISO_DATE.test(created) || Number.isNaN(Date.parse(created)))) bad('created');
  if (problems.length > before) return null;
  return { site: site as string, action: action as RuleAction, text: text as string, created: (created as string | undefined) ?? new Date().toISOString() };
}

function fail(problem: RuleProblem): ParsedRules {
  return { ok: false, problems: [problem] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function hasOnly(value: Record<string, unknown>, fields: readonly string[]): boolean {
  return Object.keys(value).every((k) => fields.includes(k));
}
