import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  defaultUrlState,
  isValidState,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../../src/lib/state/url-state';
import { migrateParams, MIGRATIONS } from '../../../src/lib/state/migrations';
import type { ChartCapabilities } from '../../../src/lib/chart/view';

const caps: ChartCapabilities = {
  xOptions: ['flops', 'params'],
  yOptions: ['linear', 'log'],
  seriesNames: ['LaMDA', 'GPT-3', 'No chain of thought', 'T = 0', 'A&B+C'],
  modelIds: ['lamda-137b', 'gpt-3-13b', 'palm-540b'],
};
const defaults = defaultUrlState({
  x: 'flops',
  y: 'linear',
  series: [...caps.seriesNames],
  highlight: null,
});

/** Valid states: every field drawn from what the chart offers; series keep the chart's order. */
const validState: fc.Arbitrary<UrlState> = fc.record({
  x: fc.constantFrom('flops' as const, 'params' as const),
  y: fc.constantFrom('linear' as const, 'log' as const),
  series: fc.subarray(caps.seriesNames),
  highlight: fc.option(fc.constantFrom(...caps.modelIds), { nil: null }),
  view: fc.constantFrom('chart' as const, 'table' as const),
  theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
  controls: fc.boolean(),
  size: fc.constantFrom('normal' as const, 'slide' as const),
  labels: fc.constantFrom('auto' as const, 'direct' as const, 'legend' as const),
  height: fc.constantFrom('fit' as const, 'auto' as const),
});

/** Hostile queries: known and unknown keys, prototype names, scripts, huge and unicode values, repeats. */
const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'x',
          'y',
          'series',
          'highlight',
          'view',
          'theme',
          'controls',
          'size',
          '__proto__',
          'constructor',
          'prototype',
          'families',
          'xaxis',
        ),
        fc.string(),
        fc.string({ unit: 'binary' }),
      ),
      fc.oneof(
        fc.constantFrom(
          '<script>alert(1)</script>',
          'javascript:alert(1)',
          '"><img src=x onerror=alert(1)>',
          '1e309',
          '-0',
          'NaN',
          '~~~',
          '%',
          '%E0%A4%A',
          'LaMDA~LaMDA',
          'params',
        ),
        fc.string({ unit: 'binary' }),
        fc.string({ minLength: 600, maxLength: 2000 }),
        fc.bigInt().map(String),
      ),
    ),
    { maxLength: 12 },
  )
  .map((pairs) =>
    pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
  );

describe('parseUrlState / serializeUrlState', () => {
  it('parse(serialize(s)) equals s for generated valid states, with no issues', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const { state, issues } = parseUrlState(serializeUrlState(s, defaults), caps, defaults);
        expect(issues).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });
  it('a pinned link (every parameter written) also round-trips', () => {
    fc.assert(
      fc.property(validState, (s) => {
        expect(parseUrlState(serializeUrlState(s, defaults, true), caps, defaults).state).toEqual(
          s,
        );
      }),
      { numRuns: 200 },
    );
  });
  it('parse of arbitrary strings never throws and always yields a valid state (1,000+ hostile queries)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileQuery, fc.string(), fc.string({ unit: 'binary' })), (q) => {
        const { state } = parseUrlState(q, caps, defaults);
        expect(isValidState(state, caps, defaults)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
  it('serialize writes only what differs from the defaults, joining series with "~"', () => {
    expect(serializeUrlState(defaults, defaults)).toBe('');
    expect(
      serializeUrlState({ ...defaults, x: 'params', series: ['LaMDA', 'GPT-3'] }, defaults),
    ).toBe('?x=params&series=LaMDA~GPT-3');
  });
  it('an invalid value is ignored and named, while the valid ones still apply', () => {
    const { state, issues } = parseUrlState('?x=params&y=cubic&series=LaMDA~Nope', caps, defaults);
    expect(state.x).toBe('params');
    expect(state.y).toBe('linear');
    expect(state.series).toEqual(['LaMDA']);
    expect(issues.map((i) => i.param)).toEqual(['y', 'series']);
  });
  it('a repeated key uses the first value and says so; a 100 KB value is rejected, not truncated', () => {
    const repeated = parseUrlState('?view=table&view=chart', caps, defaults);
    expect(repeated.state.view).toBe('table');
    expect(repeated.issues[0]?.reason).toMatch(/more than once/);
    const huge = parseUrlState(`?view=${'t'.repeat(100_000)}`, caps, defaults);
    expect(huge.state.view).toBe('chart');
    expect(huge.issues[0]?.rawValue.length).toBeLessThan(50);
  });
  it('"+" for spaces (as social sites rewrite %20) still finds series with spaces in their names', () => {
    expect(
      parseUrlState('?series=No+chain+of+thought~T+%3D+0', caps, defaults).state.series,
    ).toEqual(['No chain of thought', 'T = 0']);
  });
  it('__proto__ and friends do nothing', () => {
    const { state } = parseUrlState('?__proto__=polluted&constructor=x&x=params', caps, defaults);
    expect(state.x).toBe('params');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrateParams(params, MIGRATIONS)', () => {
  it('rewrites an old name and its old values: families→series, xaxis=size→x=params', () => {
    const out = migrateParams(new URLSearchParams('families=LaMDA~GPT-3&xaxis=size'));
    expect(out.get('series')).toBe('LaMDA~GPT-3');
    expect(out.get('x')).toBe('params');
    expect(out.has('families')).toBe(false);
    expect(parseUrlState('?xaxis=compute&families=LaMDA', caps, defaults).state).toMatchObject({
      x: 'flops',
      series: ['LaMDA'],
    });
  });
  it('a current parameter wins over its old name', () => {
    expect(
      migrateParams(new URLSearchParams('series=LaMDA&families=GPT-3')).getAll('series'),
    ).toEqual(['LaMDA']);
  });
  it('every migration targets a parameter the parser knows', () => {
    for (const m of MIGRATIONS)
      expect(['x', 'y', 'series', 'highlight', 'view', 'theme', 'controls', 'size']).toContain(
        m.to,
      );
  });
});
