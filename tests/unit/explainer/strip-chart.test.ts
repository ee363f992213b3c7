import { describe, it, expect } from 'vitest';
import abilitiesJson from '../../../content/data/emergent-abilities.json';
import {
  assignLanes,
  buildStripChart,
  decadeDomain,
  logPosition,
  type StripRow,
} from '../../../src/lib/explainer/strip-chart';
import { renderStripSvg } from '../../../src/lib/explainer/strip-svg';
import { table1ModelStyle } from '../../../src/lib/explainer/table1';

const options = {
  titles: { flops: 'FLOPs', params: 'Parameters' },
  dotTitle: (r: StripRow) => r.label,
};

/** A synthetic row. */
function row(id: string, flops: number | null, params: number | null = flops): StripRow {
  return { id, label: id, flops, params, model: 'GPT-3', colorClass: 'c-gpt3', marker: 'square' };
}

const tableRows: StripRow[] = abilitiesJson.abilities.map((a) => ({
  id: a.id,
  label: a.ability,
  flops: a.flops,
  params: a.params,
  model: a.model,
  ...table1ModelStyle(a.model),
}));

describe('decadeDomain / logPosition', () => {
  it('decadeDomain(values) encloses the values in whole decades, at least one wide', () => {
    // Table 1 runs from 8.9E+19 (scratchpad) to 2.5E+24 (WiC): 10^19 … 10^25.
    expect(decadeDomain([8.9e19, 2.5e24])).toEqual([19, 25]);
    expect(decadeDomain([1e20, 1e22])).toEqual([20, 22]);
    expect(decadeDomain([1e21])).toEqual([21, 22]);
    expect(decadeDomain([])).toEqual([0, 1]);
  });

  it('logPosition(value, domain, range) is linear in log10(value)', () => {
    // Domain 10^20…10^24 over 0…400 px: 100 px per decade.
    expect(logPosition(1e20, [20, 24], [0, 400])).toBe(0);
    expect(logPosition(1e22, [20, 24], [0, 400])).toBeCloseTo(200, 9);
    expect(logPosition(1e24, [20, 24], [0, 400])).toBeCloseTo(400, 9);
    // 10^21.5 ≈ 3.16e21 sits halfway between the 10^21 and 10^22 ticks.
    expect(logPosition(10 ** 21.5, [20, 24], [0, 400])).toBeCloseTo(150, 9);
    // Doubling moves right by log10(2) of a decade, wherever you start.
    const step = logPosition(4e22, [20, 24], [0, 400]) - logPosition(2e22, [20, 24], [0, 400]);
    expect(step).toBeCloseTo(100 * Math.log10(2), 9);
  });
});

describe('assignLanes(xs, gap)', () => {
  it('keeps marks that are far apart on lane 0', () => {
    expect(assignLanes([0, 50, 100], 11)).toEqual([0, 0, 0]);
  });
  it('stacks coincident marks on successive lanes in input order and reuses a lane once there is room', () => {
    expect(assignLanes([10, 10, 10, 30], 11)).toEqual([0, 1, 2, 0]);
    expect(assignLanes([30, 10, 10], 11)).toEqual([0, 0, 1]);
  });
});

describe('buildStripChart(rows, options)', () => {
  it('places marks and ticks on the same log axis: a value on a decade sits on that tick', () => {
    const chart = buildStripChart([row('a', 1e20), row('b', 1e22), row('c', 1e24)], {
      ...options,
      width: 448,
    });
    const [flops] = chart.strips;
    expect(flops?.domain).toEqual([20, 24]);
    // Range is 24…424 px (24 px margins), so 100 px per decade.
    expect(chart.range).toEqual([24, 424]);
    expect(flops?.ticks.map((t) => [t.exponent, Math.round(t.x)])).toEqual([
      [20, 24],
      [21, 124],
      [22, 224],
      [23, 324],
      [24, 424],
    ]);
    expect(flops?.dots.map((d) => Math.round(d.x))).toEqual([24, 224, 424]);
    expect(flops?.dots.every((d) => d.lane === 0)).toBe(true);
  });

  it('leaves rows with null FLOPs out of the FLOPs strip but keeps their parameters', () => {
    const chart = buildStripChart(
      [row('a', 1e20), row('many', null, null), row('p-only', null, 5e9)],
      options,
    );
    const [flops, params] = chart.strips;
    expect(flops?.dots.map((d) => d.id)).toEqual(['a']);
    expect(params?.dots.map((d) => d.id)).toEqual(['a', 'p-only']);
  });

  it('draws Table 1 with 22 marks per strip: the "Many BIG-Bench tasks" row (row 10) has no scale', () => {
    const chart = buildStripChart(tableRows, options);
    const [flops, params] = chart.strips;
    expect(flops?.dots).toHaveLength(22);
    expect(params?.dots).toHaveLength(22);
    expect(flops?.dots.some((d) => d.id === 'many-big-bench-tasks-see-appendix-e')).toBe(false);
    expect(flops?.domain).toEqual([19, 25]);
    expect(params?.domain).toEqual([7, 12]);
    // 2.3E+22 (row 1) is log10(2.3) ≈ 0.362 of a decade right of the 10^22 tick.
    const perDecade = (chart.range[1] - chart.range[0]) / 6;
    const tick22 = flops?.ticks.find((t) => t.exponent === 22)?.x ?? NaN;
    const row1 = flops?.dots.find((d) => d.id === 'addition-subtraction-3-digit');
    expect(row1?.x).toBeCloseTo(tick22 + Math.log10(2.3) * perDecade, 6);
  });

  it('stacks equal values so every mark stays visible (five GPT-3 rows at 3.1E+23)', () => {
    const chart = buildStripChart(tableRows, options);
    const same = chart.strips[0]?.dots.filter((d) => d.value === 3.1e23) ?? [];
    expect(same).toHaveLength(5);
    expect(new Set(same.map((d) => d.x)).size).toBe(1);
    expect(new Set(same.map((d) => d.y)).size).toBe(5);
    // Marks never go below their axis line, and strips do not overlap.
    for (const s of chart.strips) for (const d of s.dots) expect(d.y).toBeLessThan(s.axisY);
    expect(chart.strips[1]!.top).toBeGreaterThan(chart.strips[0]!.axisY);
    expect(chart.height).toBeGreaterThan(chart.strips[1]!.axisY);
  });
});

describe('renderStripSvg(chart, label)', () => {
  it('renders one titled mark per dot keyed by row id, escapes text and labels ticks with superscripts', () => {
    const chart = buildStripChart([row('a<b', 1e20), row('c', 1e22)], options);
    const svg = renderStripSvg(chart, 'Label "quoted"');
    expect(svg).toContain('aria-label="Label &quot;quoted&quot;"');
    expect(svg.match(/class="strip-dot /g)).toHaveLength(4);
    expect(svg).toContain('data-id="a&lt;b"');
    expect(svg).toContain('<title>a&lt;b</title>');
    expect(svg).toContain('>10²⁰<');
    expect(svg).not.toContain('style=');
  });
});
