import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CHART_IDS, panelBundle } from '../../../src/site/datasets';
import { bundleChartModel } from '../../../src/lib/chart/panel-bundle';
import { defaultView } from '../../../src/lib/chart/view';
import { chartStyle, fitBox, type ChartBox } from '../../../src/lib/chart/layout';
import {
  directLabelLineHeight,
  placeDirectLabels,
  thinTickLabels,
} from '../../../src/lib/chart/box-layout';
import { textWidth, tickLabelWidth, clipToWidth } from '../../../src/lib/chart/text-metrics';
import {
  PNG_SIZES,
  canvasFor,
  standaloneSvg,
  type PngSize,
} from '../../../src/lib/export/standalone';
import { PREVIEW_SIZE } from '../../../src/lib/export/preview-image';
import type { ChartModel, TickModel } from '../../../src/lib/chart/model-types';

const BOXES: [number, number][] = [
  [320, 200],
  [400, 300],
  [640, 360],
  [960, 540],
  [1260, 540],
  [600, 600],
  [1920, 1080],
];

/** Every text box the model places, estimated as the layout estimates it (axis-aligned; rotated bar labels left out). */
function textBoxes(
  m: ChartModel,
): { name: string; x0: number; x1: number; y0: number; y1: number }[] {
  const fs = m.fontSize;
  const half = fs * 0.6;
  const boxes: { name: string; x0: number; x1: number; y0: number; y1: number }[] = [];
  if (!m.xAxis.rotateLabels) {
    for (const t of m.xAxis.ticks.filter((t) => t.showLabel)) {
      const w = tickLabelWidth(t.label, fs);
      const y = m.plot.bottom + 8 + fs * 0.92;
      boxes.push({
        name: `x tick ${t.label.text}${t.label.exp ?? ''}`,
        x0: t.pos - w / 2,
        x1: t.pos + w / 2,
        y0: y - fs * 1.1,
        y1: y + fs * 0.25,
      });
    }
  }
  for (const t of m.yAxis.ticks.filter((t) => t.showLabel)) {
    const w = tickLabelWidth(t.label, fs);
    boxes.push({
      name: `y tick ${t.label.text}${t.label.exp ?? ''}`,
      x0: m.plot.left - 8 - w,
      x1: m.plot.left - 8,
      y0: t.pos - half,
      y1: t.pos + half,
    });
  }
  for (const l of m.directLabels)
    boxes.push({
      name: `label ${l.name}`,
      x0: l.x,
      x1: l.x + textWidth(l.name, fs),
      y0: l.y - half,
      y1: l.y + half,
    });
  for (const l of m.legendItems)
    boxes.push({
      name: `legend ${l.name}`,
      x0: l.x,
      x1: l.x + l.fontSize * 1.8 + textWidth(l.name, l.fontSize),
      y0: l.y,
      y1: l.y + l.fontSize * 1.1,
    });
  return boxes;
}

describe('chartStyle(box) for slides', () => {
  for (const [w, h] of BOXES) {
    it(`${w}×${h}: text ≥ 2.5 % of the box height and larger than reading type, lines ≥ 3 px, markers ≥ 10 px across, no minor grid`, () => {
      const slide = chartStyle({ width: w, height: h, type: 'slide' });
      const normal = chartStyle({ width: w, height: h, type: 'normal' });
      expect(slide.fontSize).toBeGreaterThanOrEqual(h * 0.025);
      expect(slide.fontSize).toBeGreaterThan(normal.fontSize);
      expect(slide.lineWidth).toBeGreaterThanOrEqual(3);
      expect(slide.markerSize * 2).toBeGreaterThanOrEqual(10);
      expect(slide.minorGrid).toBe(false);
    });
  }
  it('fitBox clamps absurd and missing sizes to the drawable range', () => {
    expect(fitBox(99_999_999, 99_999_999, 'slide')).toMatchObject({ width: 4096, height: 4096 });
    expect(fitBox(0, Number.NaN, 'normal')).toMatchObject({ width: 160, height: 100 });
  });
});

describe('every panel laid out for every box', () => {
  for (const id of CHART_IDS) {
    it(`${id}: plot inside the box, labels on the lines beside it and apart, no estimated text overlaps, slide grids only at labels`, () => {
      const bundle = panelBundle(id);
      const problems: string[] = [];
      for (const [w, h] of BOXES) {
        for (const type of ['normal', 'slide'] as const) {
          const box: ChartBox = { width: w, height: h, type };
          const m = bundleChartModel(bundle, defaultView(bundle.panel), box, 'en', {
            labels: 'direct',
          });
          const where = `${w}×${h} ${type}`;
          const p = m.plot;
          if (!(
            p.left >= 0 &&
            p.top >= 0 &&
            p.right <= w &&
            p.bottom <= h &&
            p.right - p.left > w * 0.3 &&
            p.bottom - p.top > h * 0.2
          ))
            problems.push(`${where}: plot ${JSON.stringify(p)}`);
          if ([m.width, m.height].join() !== [w, h].join())
            problems.push(`${where}: model is ${m.width}×${m.height}`);
          const lh = directLabelLineHeight(chartStyle(box));
          const ys = m.directLabels.map((l) => l.y).sort((a, b) => a - b);
          ys.forEach(
            (y, i) =>
              i > 0 &&
              y - ys[i - 1]! < lh - 0.02 &&
              problems.push(`${where}: labels ${ys[i - 1]} and ${y} closer than a line`),
          );
          for (const l of m.directLabels) {
            if (
              l.x < p.right ||
              l.x + textWidth(l.name, m.fontSize) > w + 0.5 ||
              l.y < p.top ||
              l.y > p.bottom
            )
              problems.push(`${where}: label ${l.name} outside its gutter`);
          }
          const boxes = textBoxes(m);
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i]!;
              const b = boxes[j]!;
              if (
                Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 &&
                Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5
              )
                problems.push(`${where}: ${a.name} × ${b.name}`);
            }
          }
          if (type === 'slide' && !m.xAxis.rotateLabels) {
            expect(m.grid.x.length).toBe(m.xAxis.ticks.filter((t) => t.showLabel).length);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('labels on the lines', () => {
  const style = chartStyle({ width: 800, height: 500, type: 'normal' });
  const plot = { left: 50, top: 10, right: 650, bottom: 450 };
  it('placeDirectLabels keeps every label inside the plot height and a line apart, in its series order, whatever the anchors', () => {
    const lh = directLabelLineHeight(style);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 600, noNaN: true }), {
          minLength: 1,
          maxLength: Math.floor((plot.bottom - plot.top) / lh),
        }),
        (ys) => {
          const placed = placeDirectLabels(
            ys.map((y, i) => ({ name: `s${i}`, colorClass: 'c', x: 600, y })),
            plot,
            style,
          );
          expect(placed.map((l) => l.name)).toEqual(ys.map((_, i) => `s${i}`));
          const sorted = placed.map((l) => l.y).sort((a, b) => a - b);
          sorted.forEach((y, i) => {
            expect(y).toBeGreaterThanOrEqual(plot.top + lh / 2 - 0.01);
            expect(y).toBeLessThanOrEqual(plot.bottom - lh / 2 + 0.01);
            if (i > 0) expect(y - sorted[i - 1]!).toBeGreaterThanOrEqual(lh - 0.02);
          });
        },
      ),
    );
  });
  it('a label that stays at its point gets no leader; one pushed away from its point does', () => {
    const [a, b] = placeDirectLabels(
      [
        { name: 'a', colorClass: 'c', x: 650, y: 200 },
        { name: 'b', colorClass: 'c', x: 650, y: 201 },
      ],
      plot,
      style,
    );
    expect(a!.leader).toBe(false);
    expect(b!.leader).toBe(true);
    expect(b!.y - a!.y).toBeCloseTo(directLabelLineHeight(style), 5);
  });
  it('thinTickLabels keeps every k-th label so that neighbours do not touch', () => {
    const ticks: TickModel[] = Array.from({ length: 11 }, (_, i) => ({
      pos: i * 20,
      label: { text: '10', exp: String(i) },
      showLabel: true,
    }));
    const thin = thinTickLabels(ticks, (t) => tickLabelWidth(t.label, 14), 4);
    const shown = thin.filter((t) => t.showLabel);
    expect(shown.length).toBeLessThan(ticks.length);
    shown.forEach(
      (t, i) =>
        i > 0 &&
        expect(t.pos - shown[i - 1]!.pos).toBeGreaterThanOrEqual(tickLabelWidth(t.label, 14) + 4),
    );
    expect(thinTickLabels(ticks, () => 5, 1).every((t) => t.showLabel)).toBe(true);
  });
  it('clipToWidth shortens with an ellipsis to fit, and leaves text that fits alone', () => {
    expect(clipToWidth('Accuracy (%)', 500, 14)).toBe('Accuracy (%)');
    const clipped = clipToWidth('Performance of the second-largest model in the family', 120, 14);
    expect(clipped.endsWith('…')).toBe(true);
    expect(textWidth(clipped, 14)).toBeLessThanOrEqual(120);
  });
});

describe('standaloneSvg(bundle, view, {canvas}) exports', () => {
  const bundle = panelBundle('fig2a');
  const canvases: [string, { width: number; height: number }][] = [
    ...(Object.keys(PNG_SIZES) as PngSize[]).flatMap((k) => {
      const c = canvasFor(k);
      return c ? [[k, c] as [string, { width: number; height: number }]] : [];
    }),
    ['preview', PREVIEW_SIZE],
  ];
  for (const [name, canvas] of canvases) {
    it(`${name}: is exactly the canvas, and the chart spans at least 80 % of its width`, () => {
      const file = standaloneSvg(bundle, defaultView(bundle.panel), {
        theme: 'light',
        lang: 'en',
        title: 'T',
        source: 'S',
        canvas,
      });
      expect([file.width, file.height]).toEqual([canvas.width, canvas.height]);
      expect(file.svg).toContain(`viewBox="0 0 ${canvas.width} ${canvas.height}"`);
      const [, x] =
        /<g transform="translate\(([\d.]+),[\d.]+\)"><g class="chart-body"/.exec(file.content) ??
        [];
      const chartWidth = canvas.width - 2 * Number(x);
      expect(chartWidth / canvas.width).toBeGreaterThanOrEqual(0.8);
      // Series are named on the lines (fig2a has room for both labels).
      expect(file.svg).toContain('class="direct-labels"');
    });
  }
  it('transparent leaves out the background; a font rule is embedded when given', () => {
    const opaque = standaloneSvg(bundle, defaultView(bundle.panel), {
      theme: 'dark',
      lang: 'en',
      title: 'T',
      source: 'S',
      canvas: { width: 1280, height: 720 },
    });
    const clear = standaloneSvg(bundle, defaultView(bundle.panel), {
      theme: 'dark',
      lang: 'en',
      title: 'T',
      source: 'S',
      canvas: { width: 1280, height: 720 },
      transparent: true,
      fontFaceCss: '@font-face{font-family:X}',
    });
    expect(opaque.content).toMatch(/^<rect width="1280" height="720" fill="#/);
    expect(clear.content).not.toContain('<rect width="1280"');
    expect(clear.content.startsWith('<style>@font-face{font-family:X}</style>')).toBe(true);
  });
});
