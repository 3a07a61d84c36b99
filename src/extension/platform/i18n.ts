/**
 * Interface text from `_locales/<lang>/messages.json`, in the browser's language (English when it
 * has no translation). `i18n.getMessage` is synchronous and the same in Chrome and Firefox, so it
 * is read without the promise wrapper; modules that only build text stay importable in Node tests.
 */
import type { I18n } from './browser';
import type messages from '../../../_locales/en/messages.json';

export type MessageKey = keyof typeof messages;
/** Keys with plural forms, `name_one` and `name_other`, known by their `name`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Name}_other` ? Name : never) : never;

const api = () => (globalThis as unknown as { chrome: { i18n: I18n.Static } }).chrome.i18n;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return api().getMessage(key, substitutions.map(String)) || key;
}

let pluralRules: Intl.PluralRules | undefined;

/** The form of `key` for `count` in the interface language (`_other` when a language lacks one). */
export function tn(key: PluralKey, count: number): string {
  pluralRules ??= new Intl.PluralRules(api().getUILanguage());
  const form = `${key}_${pluralRules.select(count)}` as MessageKey;
  return api().getMessage(form, [String(count)]) || t(`${key}_other` as MessageKey, count);
}
