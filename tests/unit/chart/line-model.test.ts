import { describe, it, expect } from 'vitest';
import { buildChartModel } from '../../../src/lib/chart/model';
import { chartCapabilities, defaultView } from '../../../src/lib/chart/view';
import { NAMED_BOXES } from '../../../src/lib/chart/layout';
import type { ModelSpec, PanelSpec } from '../../../src/lib/chart/types';

const models: ModelSpec[] = [
  { id: 'a-1b', family: 'GPT-3', name: 'GPT-3 1B', params: 1e9, flops: [1e20] },
  { id: 'a-10b', family: 'GPT-3', name: 'GPT-3 10B', params: 1e10, flops: [1e21] },
  { id: 'a-100b', family: 'GPT-3', name: 'GPT-3 100B', params: 1e11, flops: [1e22] },
];
const panel: PanelSpec = {
  chartId: 'fig99a',
  panel: 'A',
  kind: 'line',
  title: 'Test',
  x: {
    label: 'Model scale (training FLOPs)',
    scale: 'log',
    reversed: false,
    domain: [1e18, 1e24],
    ticks: [
      { value: 1e18, label: '10^18' },
      { value: 1e21, label: '10^21' },
      { value: 1e24, label: '10^24' },
    ],
  },
  y: {
    label: 'Accuracy (%)',
    scale: 'linear',
    reversed: false,
    domain: [0, 50],
    ticks: [
      { value: 0, label: '0' },
      { value: 50, label: '50' },
    ],
  },
  series: [
    {
      name: 'GPT-3',
      family: 'GPT-3',
      color: '#000000',
      marker: 'square',
      dashed: false,
      points: [
        { x: 1e22, y: 40, model: 'a-100b' },
        { x: 1e20, y: 0, model: 'a-1b' },
        { x: 1e21, y: 25, model: 'a-10b' },
      ],
    },
  ],
  baselines: [{ name: 'Random', value: 0, dashed: true }],
};
const ctx = {
  models: new Map(models.map((m) => [m.id, m])),
  figure: 99,
  box: NAMED_BOXES.large,
  lang: 'en' as const,
};
// The plot area the box layout chose; every view of this panel in this box keeps it (same tick widths).
const { left, right, top, bottom } = buildChartModel(panel, defaultView(panel), ctx).plot;

describe('buildChartModel(panel, view, ctx) for a log-x line panel', () => {
  const m = buildChartModel(panel, defaultView(panel), ctx);
  const pts = m.series[0]!.points;
  it('maps 10^21, the middle decade of 10^18…10^24, to the middle of the plot', () => {
    const p = pts.find((q) => q.model === 'a-10b')!;
    expect(p.cx).toBeCloseTo((left + right) / 2, 1);
  });
  it('maps y = 25 of 0…50 halfway up and y = 0 to the bottom edge', () => {
    expect(pts.find((q) => q.model === 'a-10b')!.cy).toBeCloseTo((top + bottom) / 2, 1);
    expect(pts.find((q) => q.model === 'a-1b')!.cy).toBeCloseTo(bottom, 1);
  });
  it('draws the line through the points in x order, whatever their order in the data', () => {
    const xs = [...m.series[0]!.path.matchAll(/[ML]([\d.]+),/g)].map((r) => Number(r[1]));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs).toHaveLength(3);
  });
  it('writes the tooltip with model, parameters, FLOPs, value and source', () => {
    expect(pts.find((q) => q.model === 'a-10b')!.tip).toEqual([
      'GPT-3 10B',
      'Parameters: 10B',
      'Training FLOPs: 10²¹',
      'Accuracy: 25%',
      'Source: Figure 99A',
    ]);
  });
  it('keeps the printed ticks with their superscripts and the Random baseline at y = 0', () => {
    expect(m.xAxis.ticks.map((t) => t.label)).toEqual([
      { text: '10', exp: '18' },
      { text: '10', exp: '21' },
      { text: '10', exp: '24' },
    ]);
    expect(m.xAxis.ticks.every((t) => t.showLabel)).toBe(true);
    expect(m.baselines).toEqual([{ name: 'Random', y: bottom, dashed: true }]);
  });
});

describe('views', () => {
  it('chartCapabilities(panel) offers the params switch when every point has a model with parameters, and a log y only when all values are positive', () => {
    const caps = chartCapabilities(panel, ctx.models);
    expect(caps.xOptions).toEqual(['flops', 'params']);
    expect(caps.yOptions).toEqual(['linear']);
  });
  it('x = params places each model at its parameter count on a decade-aligned log axis', () => {
    const m = buildChartModel(panel, { ...defaultView(panel), x: 'params' }, ctx);
    expect(m.xAxis.title).toBe('Model scale (number of parameters)');
    const ticks = m.xAxis.ticks.map((t) => t.label.exp);
    expect(ticks).toEqual(['9', '10', '11']);
    const p = m.series[0]!.points.find((q) => q.model === 'a-10b')!;
    expect(p.x).toBe(1e10);
    expect(p.cx).toBeCloseTo((m.plot.left + m.plot.right) / 2, 1);
  });
  it('a series left out of view.series is kept but hidden', () => {
    const m = buildChartModel(panel, { ...defaultView(panel), series: [] }, ctx);
    expect(m.series[0]!.hidden).toBe(true);
    expect(m.legend[0]!.hidden).toBe(true);
  });
  it('a reversed log y axis puts the larger value lower on the screen', () => {
    const rev: PanelSpec = {
      ...panel,
      y: {
        label: 'ECE',
        scale: 'log',
        reversed: true,
        domain: [100, 1],
        ticks: [
          { value: 1, label: '10^0' },
          { value: 100, label: '10^2' },
        ],
      },
      series: [
        {
          ...panel.series[0]!,
          points: [
            { x: 1e20, y: 1, model: 'a-1b' },
            { x: 1e21, y: 100, model: 'a-10b' },
          ],
        },
      ],
    };
    const m = buildChartModel(rev, defaultView(rev), ctx);
    const [small, large] = m.series[0]!.points;
    expect(large!.cy).toBeGreaterThan(small!.cy);
    expect(small!.cy).toBeCloseTo(top, 1);
  });
  it('an emergence scale from Table 1 is marked at its FLOPs, and at its parameters after the switch', () => {
    const withRow = { ...ctx, emergence: [{ flops: 1e21, params: 1e10, model: 'GPT-3' }] };
    const a = buildChartModel(panel, defaultView(panel), withRow);
    expect(a.markers[0]!.x).toBeCloseTo((left + right) / 2, 1);
    expect(a.markers[0]!.label).toBe('Table 1: emerges at 10²¹');
    const b = buildChartModel(panel, { ...defaultView(panel), x: 'params' }, withRow);
    expect(b.markers[0]!.label).toBe('Table 1: emerges at 10B');
  });
});
