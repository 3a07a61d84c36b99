/**
 * Site rules in `storage.local`, one entry per site (`rules:<site>`), so a click reads only its
 * own site's rules. Entries are checked as they are read: storage outlives any one version.
 */
import { browser } from '../platform/browser';
import { checkRule, ruleKey, type SiteRule } from './rules';

const PREFIX = 'rules:';
const keyFor = (site: string) => PREFIX + site;

function checked(value: unknown): SiteRule[] {
  return Array.isArray(value) ? value.map((v) => checkRule(v, 0)).filter((r): r is SiteRule => r !== null) : [];
}

export async function rulesFor(site: string): Promise<SiteRule[]> {
  const key = keyFor(site);
  return checked((await browser.storage.local.get(key))[key]);
}

export async function allRules(): Promise<SiteRule[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all).flatMap(([key, value]) => (key.startsWith(PREFIX) ? checked(value) : []));
}

async function writeSite(site: string, rules: SiteRule[]): Promise<void> {
  if (rules.length) await browser.storage.local.set({ [keyFor(site)]: rules });
  else await browser.storage.local.remove(keyFor(site));
}

/** Add rules not there yet; returns how many were new. */
export async function addRules(rules: readonly SiteRule[]): Promise<number> {
  let added = 0;
  for (const site of new Set(rules.map((r) => r.site))) {
    const stored = await rulesFor(site);
    const known = new Set(stored.map(ruleKey));
    const fresh = rules.filter((r) => r.site === site && !known.has(ruleKey(r)) && known.add(ruleKey(r)));
    added += fresh.length;
    if (fresh.length) await writeSite(site, [...stored, ...fresh]);
  }
  return added;
}

export async function deleteRule(rule: SiteRule): Promise<void> {
  const stored = await rulesFor(rule.site);
  await writeSite(rule.site, stored.filter((r) => ruleKey(r) !== ruleKey(rule)));
}

/** Replace `old` with `next` (which may name another site). */
export async function replaceRule(old: SiteRule, next: SiteRule): Promise<void> {
  await deleteRule(old);
  await addRules([next]);
}

/** Calls `listener` whenever any site's rules change, here or in another extension page. */
export function onRulesChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(PREFIX))) listener();
  });
}
