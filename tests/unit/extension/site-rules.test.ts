import { describe, expect, it } from 'vitest';
import { checkRule, exportRules, forExtraction, MAX_FILE_CHARS, MAX_RULES, newRule, parseRulesFile, ruleKey, siteOf, type SiteRule } from '../../../src/extension/site-rules/rules';

const rule = (over: Partial<SiteRule> = {}): SiteRule => ({ site: 'news.example', action: 'keep', text: 'Sign up for our newsletter', created: '2025-01-24T09:58:00.000Z', ...over });
const file = (rules: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'news-reader-site-rules', version: 1, rules, ...extra });

describe('siteOf', () => {
  it('names a page’s site by its host, with or without www., for web pages only', () => {
    expect(siteOf('https://www.News.Example/2025/story?x=1')).toBe('news.example');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('https://bücher.example/')).toBe('xn--bcher-kva.example');
    for (const url of ['file:///home/a.html', 'chrome://version', 'data:text/html,hi', 'not a url', undefined]) expect(siteOf(url)).toBeNull();
  });
});

describe('rules', () => {
  it('cut a block’s text as the core names it, and split into keep and remove for the core', () => {
    const made = newRule('news.example', 'remove', `  Read   more\n${'x'.repeat(300)}`, new Date('2025-01-24T09:58:00Z'));
    expect(made).toEqual({ site: 'news.example', action: 'remove', text: `Read more ${'x'.repeat(190)}`, created: '2025-01-24T09:58:00.000Z' });
    expect(forExtraction([rule(), made, rule({ text: 'Share this' })])).toEqual({ keep: ['Sign up for our newsletter', 'Share this'], remove: [made.text] });
  });

  it('are the same when they say the same of the same site, whenever made', () => {
    expect(ruleKey(rule())).toBe(ruleKey(rule({ created: '2026-01-01T00:00:00.000Z' })));
    expect(ruleKey(rule())).not.toBe(ruleKey(rule({ action: 'remove' })));
  });
});

describe('exported rules', () => {
  it('import back to the same rules', () => {
    const rules = [rule({ site: 'b.example' }), rule({ action: 'remove', text: 'Related stories' })];
    const parsed = parseRulesFile(exportRules(rules));
    expect(parsed).toEqual({ ok: true, rules }); // sorted by site: b.example first
  });
});

describe('importing a rules file, untrusted', () => {
  it('takes a good file, dropping repeated rules, and dates undated ones', () => {
    const parsed = parseRulesFile(file([rule(), rule(), { site: 'news.example', action: 'remove', text: 'Promoted' }]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rules).toHaveLength(2);
    expect(parsed.rules[1]!.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('refuses what is not a rules file of this version', () => {
    for (const text of ['', 'not json', '[]', 'null', '"rules"', '{}', file([], { version: 2 }), file([], { format: 'other' }), file([], { extra: true }), JSON.stringify({ format: 'news-reader-site-rules', version: 1, rules: {} })]) {
      const parsed = parseRulesFile(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(['not-json', 'not-rules-file']).toContain(parsed.problems[0]!.problem);
    }
  });

  it('refuses a file too large or with too many rules before looking at any rule', () => {
    expect(parseRulesFile(' '.repeat(MAX_FILE_CHARS + 1))).toEqual({ ok: false, problems: [{ problem: 'too-large' }] });
    expect(parseRulesFile(file(Array.from({ length: MAX_RULES + 1 }, () => 0)))).toEqual({ ok: false, problems: [{ problem: 'too-many' }] });
  });

  it('imports nothing when any rule is wrong, and says which and why', () => {
    const parsed = parseRulesFile(file([
      rule(),
      'keep',
      null,
      [rule()],
      rule({ site: 'WWW.News.Example' }),
      rule({ site: 'news.example/path' }),
    ]));
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { problem: 'not-a-rule', rule: 2 },
        { problem: 'not-a-rule', rule: 3 },
        { problem: 'not-a-rule', rule: 4 },
        { problem: 'bad-field', rule: 5, field: 'site' },
        { problem: 'bad-field', rule: 6, field: 'site' },
      ],
    });
  });

  it('checks every field: hosts, actions, texts as the core cuts them, dates, and no others', () => {
    const problemsOf = (value: unknown) => {
      const problems: unknown[] = [];
      checkRule(value, 1, problems as never);
      return problems;
    };
    const bad = (field: string) => [{ problem: 'bad-field', rule: 1, field }];
    for (const site of ['', 'www.news.example', 'news..example', '-news.example', 'news.example:80', 'news example', 'ßnews.example', 'a'.repeat(64) + '.example', 42]) expect(problemsOf(rule({ site: site as string })), String(site)).toEqual(bad('site'));
    for (const action of ['Keep', 'delete', '', null]) expect(problemsOf(rule({ action: action as never })), String(action)).toEqual(bad('action'));
    for (const text of ['', ' padded', 'two  spaces', 'line\nbreak', 'x'.repeat(201), 'bell\u0007', 7]) expect(problemsOf(rule({ text: text as string })), JSON.stringify(text)).toEqual(bad('text'));
    for (const created of ['yesterday', '2025-13-40T99:99:99Z', '2025-01-24', 0]) expect(problemsOf(rule({ created: created as string })), String(created)).toEqual(bad('created'));
    expect(problemsOf({ ...rule(), onclick: 'alert(1)' })).toEqual([{ problem: 'unknown-field', rule: 1, field: 'onclick' }]);
  });

  it('cannot be led into changing prototypes', () => {
    const parsed = parseRulesFile(file([JSON.parse('{"site":"news.example","action":"keep","text":"a","__proto__":{"polluted":true}}')]));
    expect(parsed).toEqual({ ok: false, problems: [{ problem: 'unknown-field', rule: 1, field: '__proto__' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const inherited = Object.create({ site: 'news.example', action: 'keep', text: 'a' });
    expect(checkRule(inherited, 1)).toBeNull();
  });
});
