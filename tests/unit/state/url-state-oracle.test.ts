import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { defaultUrlState, parseUrlState, type UrlState } from '../../../src/lib/state/url-state';
import type { ChartCapabilities } from '../../../src/lib/chart/view';

/**
 * parseUrlState against an independent model of the README's parameter table, on generated
 * hostile queries (repeated keys, prototype names, markup, huge and non-ASCII values). The model is
 * written from the documented rules, not from the parser: each parameter has a set of valid values;
 * a parameter given more than once uses its first value and is reported; a value over 500
 * characters, or not valid, is reported and the default kept; unknown keys are ignored; `series`
 * keeps the chart's series it names (in the chart's order), reports unknown names, and is invalid
 * when it names none.
 */
const caps: ChartCapabilities = {
  xOptions: ['flops', 'params'],
  yOptions: ['linear', 'log'],
  seriesNames: ['LaMDA', 'GPT-3', 'No chain of thought', 'PaLM'],
  modelIds: ['lamda-137b', 'gpt-3-13b', 'palm-540b'],
};
const defaults = defaultUrlState({
  x: 'flops',
  y: 'linear',
  series: [...caps.seriesNames],
  highlight: null,
});

/** Valid raw values of the single-valued parameters and what each means. */
const ENUMS: Record<
  'x' | 'y' | 'view' | 'theme' | 'controls' | 'size' | 'labels' | 'height',
  Record<string, UrlState[keyof UrlState]>
> = {
  x: { flops: 'flops', params: 'params' },
  y: { linear: 'linear', log: 'log' },
  view: { chart: 'chart', table: 'table' },
  theme: { light: 'light', dark: 'dark', auto: 'auto' },
  controls: { '0': false, '1': true },
  size: { normal: 'normal', slide: 'slide' },
  labels: { auto: 'auto', direct: 'direct', legend: 'legend' },
  height: { fit: 'fit', auto: 'auto' },
};
const MAX = 500;

/** The model: expected state and the set of reported parameter names for a list of (key, value) pairs. */
function model(pairs: [string, string][]): { state: UrlState; reported: Set<string> } {
  const state: UrlState = { ...defaults, series: [...defaults.series] };
  const reported = new Set<string>();
  const first = (key: string): string | null => {
    const all = pairs.filter(([k]) => k === key).map(([, v]) => v);
    if (all.length > 1) reported.add(key);
    if (all.length === 0) return null;
    if (all[0]!.length > MAX) {
      reported.add(key);
      return null;
    }
    return all[0]!;
  };
  for (const key of Object.keys(ENUMS) as (keyof typeof ENUMS)[]) {
    const raw = first(key);
    if (raw === null) continue;
    if (Object.hasOwn(ENUMS[key], raw))
      (state as unknown as Record<string, unknown>)[key] = ENUMS[key][raw];
    else reported.add(key);
  }
  const highlight = first('highlight');
  if (highlight === '') state.highlight = null;
  else if (highlight !== null) {
    if (caps.modelIds.includes(highlight)) state.highlight = highlight;
    else reported.add('highlight');
  }
  const series = first('series');
  if (series === '') state.series = [];
  else if (series !== null) {
    const parts = series.split('~');
    const named = caps.seriesNames.filter((n) => parts.includes(n));
    if (named.length === 0) reported.add('series');
    else {
      state.series = named;
      if (parts.some((p) => !caps.seriesNames.includes(p))) reported.add('series');
    }
  }
  return { state, reported };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  '1e309',
  '-0',
  'NaN',
  '~~~',
  '%',
  '\u202e\u0000😀',
  '  params',
  'PARAMS',
  'params ',
  'true',
];
const key = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'x',
      'y',
      'series',
      'highlight',
      'view',
      'theme',
      'controls',
      'size',
      'labels',
      'height',
    ),
    weight: 6,
  },
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'X',
    'series[]',
    'hasOwnProperty',
  ),
  fc.string({ maxLength: 8 }).filter((k) => k !== 'families' && k !== 'xaxis'),
);
const validish = fc.constantFrom(
  ...Object.values(ENUMS).flatMap((values) => Object.keys(values)),
  ...caps.seriesNames,
  ...caps.modelIds,
  '',
  'LaMDA~GPT-3',
  'PaLM~Nope',
  'Nope~Nada',
  'GPT-3~GPT-3',
);
const value = fc.oneof(
  { arbitrary: validish, weight: 4 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    'A'.repeat(MAX),
    'A'.repeat(MAX + 1),
    'params'.padEnd(MAX + 10, '~'),
    '€'.repeat(10_000),
  ),
  fc
    .array(fc.constantFrom(...caps.seriesNames, 'X', '<b>'), { maxLength: 5 })
    .map((names) => names.join('~')),
);
/** Hostile lists of pairs, or lists of valid pairs with distinct keys (so that clean queries are common too). */
const validPair = fc.oneof(
  ...Object.entries(ENUMS).map(([k, values]) =>
    fc.tuple(fc.constant(k), fc.constantFrom(...Object.keys(values))),
  ),
  fc.tuple(
    fc.constant('series'),
    fc.subarray(caps.seriesNames, { minLength: 1 }).map((names) => names.join('~')),
  ),
  fc.tuple(fc.constant('highlight'), fc.constantFrom(...caps.modelIds)),
);
const pairs = fc.oneof(
  fc.array(fc.tuple(key, value), { maxLength: 10 }),
  fc.uniqueArray(validPair, { selector: ([k]) => k, minLength: 1, maxLength: 8 }),
);
const encode = (list: [string, string][]): string =>
  `?${list.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;

describe('parseUrlState against the documented rules (generated hostile queries)', () => {
  it('yields the modelled state and reports exactly the modelled parameters', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const expected = model(list);
        const { state, issues } = parseUrlState(encode(list), caps, defaults);
        expect(state).toEqual(expected.state);
        expect(new Set(issues.map((i) => i.param))).toEqual(expected.reported);
      }),
      { numRuns: 3000, seed: 20220607 },
    );
  });

  it('the model is not trivial: the generated queries include applied values, reports and clean queries', () => {
    const samples = fc.sample(pairs, { numRuns: 500, seed: 20220607 }).map(model);
    expect(
      samples.filter(
        (m) => m.reported.size === 0 && JSON.stringify(m.state) !== JSON.stringify(defaults),
      ).length,
    ).toBeGreaterThan(100);
    expect(samples.filter((m) => m.reported.size >= 2).length).toBeGreaterThan(100);
    for (const param of [
      'x',
      'y',
      'series',
      'highlight',
      'view',
      'theme',
      'controls',
      'size',
      'labels',
      'height',
    ]) {
      expect(
        samples.some((m) => m.reported.has(param)),
        `${param} is sometimes reported`,
      ).toBe(true);
    }
  });

  it('reported values are shown shortened, never raw markup of unbounded length', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        for (const issue of parseUrlState(encode(list), caps, defaults).issues)
          expect(issue.rawValue.length).toBeLessThanOrEqual(10 * 41 + 9 * 3);
      }),
      // Up to ten pairs, each shown as at most 40 characters and "…", joined by " & " when repeated.
      { numRuns: 500, seed: 7 },
    );
  });

  it('hand-written cases agree with the model (so the model itself is checked)', () => {
    expect(
      model([
        ['x', 'params'],
        ['x', 'flops'],
      ]),
    ).toEqual({ state: { ...defaults, x: 'params' }, reported: new Set(['x']) });
    expect(model([['series', 'PaLM~Nope~LaMDA']])).toEqual({
      state: { ...defaults, series: ['LaMDA', 'PaLM'] },
      reported: new Set(['series']),
    });
    expect(
      model([
        ['controls', '0'],
        ['__proto__', 'x'],
        ['highlight', ''],
      ]),
    ).toEqual({ state: { ...defaults, controls: false, highlight: null }, reported: new Set() });
    expect(model([['theme', 'A'.repeat(501)]]).reported).toEqual(new Set(['theme']));
  });
});
