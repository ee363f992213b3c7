import { describe, it, expect } from 'vitest';
import * as enModule from '../../../src/lib/i18n/en';
import * as zhModule from '../../../src/lib/i18n/zh';
import { en } from '../../../src/lib/i18n/en';
import { zh } from '../../../src/lib/i18n/zh';
import { dictionary, labelColon, t } from '../../../src/lib/i18n/t';
import { SITE } from '../../../src/lib/site/paper';
import bigbenchJson from '../../../content/data/bigbench-tasks.json';

/** Every key path of a nested dictionary ("share.sizes.1x"), sorted; arrays and empty objects are leaves. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  if (Object.keys(value).length === 0) return [prefix];
  return Object.entries(value)
    .flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

/** Key paths whose value is not a non-empty string (or an array of them): empty strings and empty objects. */
function emptyOrNotText(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [prefix] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => emptyOrNotText(v, `${prefix}[${i}]`));
  if (value === null || typeof value !== 'object') return [prefix];
  if (Object.keys(value).length === 0) return [prefix];
  return Object.entries(value).flatMap(([k, v]) =>
    emptyOrNotText(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** The problems of a pair of dictionaries: key paths only one has, and empty strings. */
function problems(a: unknown, b: unknown): string[] {
  const pa = keyPaths(a);
  const pb = keyPaths(b);
  return [
    ...pa.filter((p) => !pb.includes(p)).map((p) => `only in English: ${p}`),
    ...pb.filter((p) => !pa.includes(p)).map((p) => `only in Chinese: ${p}`),
    ...emptyOrNotText(a).map((p) => `empty in English: ${p}`),
    ...emptyOrNotText(b).map((p) => `empty in Chinese: ${p}`),
  ];
}

describe('the interface dictionaries (src/lib/i18n/en.ts and zh.ts)', () => {
  it('have the same key paths in English and Chinese, none of them empty', () => {
    expect(problems(en, zh)).toEqual([]);
    expect(keyPaths(en).length).toBeGreaterThan(350);
  });

  it('export each namespace by name, the same ones the whole dictionary holds', () => {
    // The browser bundles take namespaces by name (src/lib/i18n/namespaces.ts), so the named
    // exports must be the very objects of the whole dictionary.
    for (const [name, module, whole] of [
      ['en', enModule, en],
      ['zh', zhModule, zh],
    ] as const) {
      const namespaces = Object.keys(whole);
      expect(namespaces.length, name).toBeGreaterThan(10);
      for (const ns of namespaces)
        expect((module as Record<string, unknown>)[ns], `${name}.${ns}`).toBe(
          (whole as Record<string, unknown>)[ns],
        );
    }
  });

  it('fail the check when a key is missing, extra or empty', () => {
    expect(problems({ a: 'x', b: { c: 'y' } }, { a: 'x', b: { c: 'z' } })).toEqual([]);
    expect(problems({ a: 'x', b: { c: 'y' } }, { a: 'x', b: {} })).toEqual([
      'only in English: b.c',
      'only in Chinese: b',
      'empty in Chinese: b',
    ]);
    expect(problems({ a: 'x' }, { a: 'x', d: 'extra' })).toEqual(['only in Chinese: d']);
    expect(problems({ a: 'x', b: ['(', ')'] }, { a: ' ', b: ['（', ''] })).toEqual([
      'empty in Chinese: a',
      'empty in Chinese: b[1]',
    ]);
    // Dropping one real key from the Chinese side is caught.
    const { skip: _skip, ...uiWithoutSkip } = zh.ui;
    expect(problems(en, { ...zh, ui: uiWithoutSkip })).toEqual(['only in English: ui.skip']);
  });

  it('give text printed in the paper as printed on the English side', () => {
    for (const ns of ['axisTitles', 'referenceNames', 'metricNames'] as const)
      for (const [printed, shown] of Object.entries(en[ns])) expect(shown, ns).toBe(printed);
    expect(en.bigbenchCategories).toEqual(
      Object.fromEntries(
        bigbenchJson.categories.map((c) => [c.id, { title: c.title, description: c.description }]),
      ),
    );
    expect(en.ui.siteName).toBe(SITE.name);
  });
});

describe('t()', () => {
  it('reads a string by its key path in either language and fills its placeholders', () => {
    expect(t('en', 'ui.nav.paper')).toBe('Paper');
    expect(t('zh', 'ui.nav.paper')).toBe('论文');
    expect(t('en', 'explainer.t1.showing', { n: 3, total: 34 })).toBe('Showing 3 of 34');
    expect(t('zh', 'explainer.t1.showing', { n: 3, total: 34 })).toBe('显示 3 / 34 项');
    expect(t('en', 'share.sizes.1x')).toBe('1× (672 px wide)');
    // Without vars a template stays as written.
    expect(t('en', 'ui.figure')).toBe('Figure {n}');
    expect(dictionary('zh').present.brackets).toEqual(['（', '）']);
    expect(labelColon('zh') + labelColon('en')).toBe('：: ');
  });

  it('throws on a path that does not lead to a string', () => {
    // @ts-expect-error: not a key path of the dictionaries
    expect(() => t('en', 'ui.nav')).toThrow(/no string "ui.nav"/);
    // @ts-expect-error: not a key path of the dictionaries
    expect(() => t('zh', 'ui.nope')).toThrow(/no string/);
  });
});
