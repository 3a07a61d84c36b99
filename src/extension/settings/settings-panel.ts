/**
 * The reading settings as controls: a form (also on the options page) and the "Aa" menu of the
 * popup and the reader tab. Settings apply at once, here and in every other open extension page.
 */
import { t, type MessageKey } from '../platform/i18n';
import { button, h } from '../ui/dom';
import { applySettings, DEFAULT_SETTINGS, FONTS, LINE_HEIGHTS, stepSize, THEMES, WIDTHS, type ReaderSettings } from './settings';
import { loadSettings, onSettingsChanged, saveSettings } from './store';

/** Sync storage allows about two writes a second; a burst of clicks is saved once. */
const SAVE_DELAY_MS = 400;

let current: ReaderSettings = DEFAULT_SETTINGS;
const forms = new Set<(s: ReaderSettings) => void>();
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Load the settings and apply them to this page, now and whenever they change. */
export async function initSettings(): Promise<void> {
  onSettingsChanged((s) => show(s));
  show(await loadSettings());
}

function show(settings: ReaderSettings): void {
  current = settings;
  applySettings(document.documentElement, settings);
  for (const render of forms) render(settings);
}

function change(next: Partial<ReaderSettings>): void {
  show({ ...current, ...next });
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void saveSettings(current).catch(() => {}), SAVE_DELAY_MS);
}

type Choice = 'font' | 'lineHeight' | 'width' | 'theme';

const CHOICES: { field: Choice; legend: MessageKey; values: readonly string[]; labels: Record<string, MessageKey> }[] = [
  { field: 'font', legend: 'font', values: FONTS, labels: { serif: 'fontSerif', sans: 'fontSans', dyslexic: 'fontDyslexic' } },
  { field: 'lineHeight', legend: 'lineHeight', values: LINE_HEIGHTS, labels: { tight: 'lineTight', normal: 'lineNormal', loose: 'lineLoose' } },
  { field: 'width', legend: 'width', values: WIDTHS, labels: { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' } },
  { field: 'theme', legend: 'theme', values: THEMES, labels: { system: 'themeSystem', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' } },
];

let formCount = 0;

/** Every setting as labelled controls: radio groups, and a stepper for the size. */
export function settingsForm(): HTMLFormElement {
  const id = `settings-${++formCount}`;
  const radios: HTMLInputElement[] = [];
  const group = ({ field, legend, values, labels }: (typeof CHOICES)[number]) =>
    h('fieldset', { class: `setting setting-${field}` },
      h('legend', {}, t(legend)),
      h('div', { class: 'segmented' }, ...values.map((value) => {
        const input = h('input', { type: 'radio', name: `${id}-${field}`, value });
        input.addEventListener('change', () => change({ [field]: value }));
        radios.push(input);
        return h('label', { class: `option option-${value}` }, input, h('span', {}, t(labels[value]!)));
      })));

  const sizeShown = h('output', { class: 'size-value', 'aria-live': 'polite' });
  const smaller = button('A−', () => change({ size: stepSize(current.size, -1) }), { class: 'step smaller', 'aria-label': t('smaller') });
  const larger = button('A+', () => change({ size: stepSize(current.size, 1) }), { class: 'step larger', 'aria-label': t('larger') });
  const [font, ...others] = CHOICES.map(group);
  const form = h('form', { class: 'settings-form' },
    font,
    h('fieldset', { class: 'setting setting-size' }, h('legend', {}, t('size')), h('div', { class: 'stepper' }, smaller, sizeShown, larger)),
    ...others);
  form.addEventListener('submit', (e) => e.preventDefault());

  const render = (s: ReaderSettings) => {
    for (const r of radios) r.checked = s[r.name.slice(id.length + 1) as Choice] === r.value;
    sizeShown.textContent = `${Math.round(s.size * 100)}%`;
    smaller.disabled = stepSize(s.size, -1) === s.size;
    larger.disabled = stepSize(s.size, 1) === s.size;
  };
  forms.add(render);
  render(current);
  return form;
}

/** The "Aa" button and the panel it opens over the article; Escape or a click elsewhere closes it. */
export function settingsMenu(): HTMLElement {
  const panel = h('div', { class: 'settings-panel', id: 'settings-panel', role: 'group', 'aria-label': t('settingsLabel'), hidden: true });
  const open = (shown: boolean) => {
    panel.hidden = !shown;
    toggle.setAttribute('aria-expanded', String(shown));
    if (shown) panel.querySelector<HTMLInputElement>('input:checked')?.focus();
  };
  const toggle = button(t('settings'), () => open(panel.hidden), {
    class: 'tool settings-toggle', 'aria-label': t('settingsLabel'), title: t('settingsLabel'), 'aria-expanded': 'false', 'aria-controls': 'settings-panel',
  });
  const done = button(t('settingsDone'), () => {
    open(false);
    toggle.focus();
  }, { class: 'chip settings-done' });
  panel.append(settingsForm(), done);
  panel.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    open(false);
    toggle.focus();
  });
  document.addEventListener('pointerdown', (e) => {
    if (!panel.hidden && !menu.contains(e.target as Node)) open(false);
  });
  const menu = h('div', { class: 'settings-menu' }, toggle, panel);
  return menu;
}
