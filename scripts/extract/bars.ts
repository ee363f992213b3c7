/** Figure 8: stacked bars, one filled path per stack with one rectangle per category. */
import type { PageContent } from './pdf-ops.ts';
import { groupLabels, centerY, parseTickLabel } from './labels.ts';
import { calibrate, resolution, toValue, type Calibration } from './axes.ts';
import { findLegend } from './legend.ts';
import type { Box, PanelOut, PanelDebug } from './panels.ts';
import { figureRegion } from './panels.ts';

/** Extract a single-panel stacked bar chart. */
export function extractStackedBars(
  pc: PageContent,
  figure: number,
): { panel: PanelOut; debug: PanelDebug } {
  const labels = groupLabels(pc.texts);
  const [yLo, yHi] = figureRegion(labels, figure);
  const reg = labels.filter((l) => l.y > yLo && l.y < yHi);
  const clip = pc.paths.find(
    (p) =>
      p.paint === 'clip' &&
      p.closed &&
      p.bbox[1] > yLo &&
      p.bbox[3] < yHi &&
      p.bbox[2] - p.bbox[0] > 100,
  );
  if (!clip) throw new Error(`Figure ${figure}: no axis box`);
  const box = clip.bbox as Box;
  const [bx0, by0, bx1, by1] = box;
  // y ticks: grey marks on the left edge + numeric labels left of the box
  const yMarks = pc.paths
    .filter((p) => p.paint === 'stroke' && p.lineWidth < 0.3)
    .flatMap((p) => p.subpaths)
    .filter(
      (s) =>
        s.length === 2 &&
        Math.abs(s[0]![1] - s[1]![1]) < 0.01 &&
        Math.abs(Math.min(s[0]![0], s[1]![0]) - bx0) < 0.05,
    )
    .map((s) => s[0]![1]);
  const yLabels = reg.filter(
    (l) =>
      l.angle === 0 &&
      l.x + l.width < bx0 &&
      l.x + l.width > bx0 - 25 &&
      parseTickLabel(l.text) !== null &&
      centerY(l) > by0 - 5 &&
      centerY(l) < by1 + 5,
  );
  const yCal: Calibration = calibrate(
    yLabels.map((l) => {
      const pos = centerY(l);
      const mk = yMarks.reduce((b, m) => (Math.abs(m - pos) < Math.abs(b - pos) ? m : b), Infinity);
      return {
        value: parseTickLabel(l.text)!,
        label: l.text,
        labelPos: pos,
        markPos: Number.isFinite(mk) ? mk : null,
      };
    }),
    by1 - by0,
  );
  const xMarks = [
    ...new Set(
      pc.paths
        .filter((p) => p.paint === 'stroke' && p.lineWidth < 0.3)
        .flatMap((p) => p.subpaths)
        .filter(
          (s) =>
            s.length === 2 &&
            Math.abs(s[0]![0] - s[1]![0]) < 0.01 &&
            Math.abs(Math.min(s[0]![1], s[1]![1]) - by0) < 0.05,
        )
        .map((s) => s[0]![0]),
    ),
  ].sort((a, b) => a - b);
  // Category labels are rotated 45°; their right end sits at the tick.
  const catLabels = reg
    .filter((l) => Math.abs(l.angle - 45) < 1)
    .sort((a, b) => a.x + a.width * Math.SQRT1_2 - (b.x + b.width * Math.SQRT1_2));
  if (catLabels.length !== xMarks.length)
    throw new Error(
      `Figure ${figure}: ${catLabels.length} category labels vs ${xMarks.length} ticks`,
    );
  const categories = catLabels.map((l) => l.text);
  const legend = findLegend(reg, pc.paths).filter((e) => e.kind === 'swatch');
  const stacks = pc.paths
    .filter(
      (p) =>
        p.paint === 'fillStroke' && p.index > clip.index && p.subpaths.length === xMarks.length,
    )
    .map((p) => {
      const counts = xMarks.map(() => 0);
      for (const s of p.subpaths) {
        const xs = s.map((q) => q[0]);
        const ys = s.map((q) => q[1]);
        const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
        const k = xMarks.reduce(
          (b, m, i) => (Math.abs(m - cx) < Math.abs((xMarks[b] ?? Infinity) - cx) ? i : b),
          0,
        );
        const v = toValue(yCal, Math.max(...ys)) - toValue(yCal, Math.min(...ys));
        counts[k] = Math.round(v);
        if (Math.abs(v - Math.round(v)) > 0.05)
          throw new Error(`Figure ${figure}: bar height ${v} is not a whole number`);
      }
      const name = legend.find((e) => e.color === p.fill)?.name ?? '';
      return { name, color: p.fill, counts, index: p.index };
    });
  // Stacks are drawn top layer first; order them bottom-up as in the legend.
  stacks.sort(
    (a, b) =>
      legend.findIndex((e) => e.color === a.color) - legend.findIndex((e) => e.color === b.color),
  );
  const yTitle = reg.find((l) => Math.abs(l.angle - 90) < 1 && l.x < bx0);
  const xTitle = reg
    .filter(
      (l) =>
        l.angle === 0 &&
        l.y < by0 - 20 &&
        parseTickLabel(l.text) === null &&
        !/^Figure/.test(l.text),
    )
    .sort((a, b) => b.y - a.y)[0];
  const xCal = calibrate(
    [
      { value: 0, label: '', labelPos: bx0, markPos: null },
      { value: 1, label: '', labelPos: bx1, markPos: null },
    ],
    bx1 - bx0,
  );
  const panel: PanelOut = {
    panel: 'r1c1',
    chartId: `fig${figure}`,
    kind: 'bars-stacked',
    title: '',
    grid: { row: 1, col: 1 },
    x: {
      label: xTitle?.text ?? '',
      scale: 'linear',
      reversed: false,
      domain: [0, categories.length - 1],
      ticks: [],
    },
    y: {
      label: yTitle?.text ?? '',
      scale: yCal.scale,
      reversed: yCal.reversed,
      domain: [toValue(yCal, by0), toValue(yCal, by1)],
      resolution: resolution(yCal),
      ticks: yCal.ticks.map((t) => ({ value: t.value, label: t.label })),
    },
    series: [],
    baselines: [],
    annotations: [],
    bars: {
      categories,
      stacks: stacks.map(({ name, color, counts }) => ({ name, color, counts })),
    },
  };
  // the x axis of a bar chart is categorical: domain = category index range
  void xCal;
  return { panel, debug: { box, xCal, yCal, legend, stray: [] } };
}
