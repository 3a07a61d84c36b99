/**
 * The options page: reading settings, and the site rules made from the popup and the reader tab,
 * listed by site, each editable and deletable; all of them exported to and imported from a file.
 */
import { t, tn, type MessageKey } from '../platform/i18n';
import { initSettings, settingsForm } from '../settings/settings-panel';
import { checkRule, exportRules, MAX_FILE_CHARS, MAX_RULES, parseRulesFile, sortRules, type ParsedRules, type RuleProblem, type SiteRule } from '../site-rules/rules';
import { addRules, allRules, deleteRule, onRulesChanged, replaceRule } from '../site-rules/store';
import { announcer } from '../ui/announce';
import { button, h } from '../ui/dom';
import { formatDate } from '../ui/format';

const root = document.getElementById('app')!;
const { element: announcement, announce } = announcer();
const status = h('p', { class: 'rules-status', role: 'status' });
const rulesList = h('div', { class: 'rules-list' });

/** Each field's problem, in words. */
const BAD_FIELD: Record<string, MessageKey> = { site: 'problemBadSite', action: 'problemBadAction', text: 'problemBadText', created: 'problemBadCreated' };

/** What is wrong with one rule, whichever rule it is. */
function ruleProblemText(p: Extract<RuleProblem, { rule: number }>): string {
  if (p.problem === 'not-a-rule') return t('problemNotARule');
  if (p.problem === 'unknown-field') return t('problemUnknownField', p.field);
  return t(BAD_FIELD[p.field] ?? 'problemNotARule');
}

function problemText(p: RuleProblem): string {
  switch (p.problem) {
    case 'too-large': return t('problemTooLarge');
    case 'not-json': return t('problemNotJson');
    case 'not-rules-file': return t('problemNotRulesFile');
    case 'too-many': return t('problemTooMany', MAX_RULES);
    default: return t('problemInRule', p.rule, ruleProblemText(p));
  }
}

function render(): void {
  document.title = t('optionsTitle');
  const importInput = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', id: 'import-file' });
  importInput.addEventListener('change', () => void importFile(importInput));
  root.replaceChildren(
    h('header', { class: 'options-head' },
      h('h1', {}, t('optionsTitle')),
      h('p', { class: 'lead' }, t('optionsIntro'))),
    h('section', { class: 'options-section', 'aria-labelledby': 'settings-heading' },
      h('h2', { id: 'settings-heading' }, t('settingsHeading')),
      h('div', { class: 'settings-layout' },
        settingsForm(),
        h('div', { class: 'article-body settings-preview' }, h('p', {}, t('settingsPreview'))))),
    h('section', { class: 'options-section', 'aria-labelledby': 'rules-heading' },
      h('h2', { id: 'rules-heading' }, t('rulesHeading')),
      h('p', { class: 'section-intro' }, t('rulesIntro')),
      h('div', { class: 'rules-tools' },
        button(t('exportRules'), () => void exportFile(), { class: 'chip export-rules' }),
        h('label', { class: 'chip import-rules', for: 'import-file' }, t('importRules')),
        importInput),
      status,
      rulesList),
    announcement,
  );
}

async function showRules(): Promise<void> {
  const rules = sortRules(await allRules());
  if (rules.length === 0) {
    rulesList.replaceChildren(h('p', { class: 'rules-none' }, t('rulesNone')));
    return;
  }
  const bySite = new Map<string, SiteRule[]>();
  for (const r of rules) bySite.set(r.site, [...(bySite.get(r.site) ?? []), r]);
  rulesList.replaceChildren(...Array.from(bySite, ([site, siteRules]) =>
    h('section', { class: 'rule-site' },
      h('h3', {}, site, h('span', { class: 'count' }, ` · ${tn('ruleCount', siteRules.length)}`)),
      h('ul', { class: 'rules' }, ...siteRules.map(ruleItem)))));
}

function ruleItem(rule: SiteRule): HTMLLIElement {
  const action = h('select', { name: 'action' },
    h('option', { value: 'keep' }, t('ruleKeep')),
    h('option', { value: 'remove' }, t('ruleRemove')));
  action.value = rule.action;
  const site = h('input', { name: 'site', value: rule.site, spellcheck: 'false', autocomplete: 'off' });
  const text = h('textarea', { name: 'text', rows: '3', maxlength: '200' }, rule.text);
  const error = h('p', { class: 'rule-error', hidden: true });
  const save = h('button', { type: 'submit', class: 'chip primary', disabled: true }, t('ruleSave'));
  const made = formatDate(rule.created);
  const form = h('form', { class: 'rule-form' },
    h('label', { class: 'field field-action' }, h('span', {}, t('ruleAction')), action),
    h('label', { class: 'field field-site' }, h('span', {}, t('ruleSite')), site),
    h('label', { class: 'field field-text' }, h('span', {}, t('ruleText')), text),
    h('div', { class: 'rule-foot' },
      made && h('span', { class: 'rule-made' }, t('ruleCreated', made)),
      error,
      save,
      button(t('ruleDelete'), () => void deleteRule(rule).then(() => announce(t('ruleDeleted'))), { class: 'chip delete-rule', 'aria-label': t('ruleDeleteLabel', rule.site, rule.text.slice(0, 60)) })));
  const edited = (): SiteRule => ({ site: site.value.trim().toLowerCase(), action: action.value as SiteRule['action'], text: text.value.replace(/\s+/g, ' ').trim(), created: rule.created });
  form.addEventListener('input', () => {
    const next = edited();
    save.disabled = next.site === rule.site && next.action === rule.action && next.text === rule.text;
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const problems: RuleProblem[] = [];
    const next = checkRule(edited(), 1, problems);
    error.hidden = next !== null;
    for (const field of [site, text]) field.removeAttribute('aria-invalid');
    if (!next) {
      error.textContent = t('ruleInvalid', problems.map((p) => ('rule' in p ? ruleProblemText(p) : problemText(p))).join(' '));
      for (const p of problems) if (p.problem === 'bad-field') form.querySelector(`[name="${p.field}"]`)?.setAttribute('aria-invalid', 'true');
      return;
    }
    void replaceRule(rule, next).then(() => announce(t('ruleSaved')));
  });
  return h('li', { class: 'rule' }, form);
}

async function exportFile(): Promise<void> {
  const rules = await allRules();
  const url = URL.createObjectURL(new Blob([exportRules(rules)], { type: 'application/json' }));
  const link = h('a', { href: url, download: t('rulesFileName') });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  status.textContent = t('exportDone', tn('ruleCount', rules.length));
}

async function importFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // Read nothing of a file far over the limit: a character is at most four bytes.
  const parsed: ParsedRules = file.size > 4 * MAX_FILE_CHARS ? { ok: false, problems: [{ problem: 'too-large' }] } : parseRulesFile(await file.text());
  if (!parsed.ok) {
    status.replaceChildren(t('importFailed'), h('ul', {}, ...parsed.problems.map((p) => h('li', {}, problemText(p)))));
    return;
  }
  const added = await addRules(parsed.rules);
  status.textContent = t('importDone', added, parsed.rules.length - added);
}

render();
void initSettings();
void showRules();
onRulesChanged(() => void showRules());
