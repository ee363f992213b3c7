import { nice } from 'd3-array';
import { bandScale, linearScale } from './scales';
import type { BarModel, ChartModel } from './model-types';
import type { PanelSpec } from './types';
import type { ChartView } from './view';
import type { ChartContext } from './line-model';
import { LAYOUTS } from './layout';
import { linearTickLabel, linearTicks } from './ticks';
import { CHART_STRINGS, localizeAxisTitle } from '../i18n/chart-strings';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Builds a stacked bar chart (Figure 8: one bar per keyword, stacks per category). Bars are
 * stacked in the order the stacks are listed; hidden stacks drop out and the rest close up.
 */
export function buildBarModel(panel: PanelSpec, view: ChartView, ctx: ChartContext): ChartModel {
  const bars = panel.bars;
  if (!bars) throw new Error(`${panel.chartId}: buildBarModel needs panel.bars`);
  const base = LAYOUTS[ctx.layout];
  // Category labels are rotated 60° under the bars: the bottom margin grows with the longest
  // label, and the left margin must hold the first label's leftward run.
  const labelWidth = Math.max(...bars.categories.map((c) => c.length)) * base.fontSize * 0.85 * 0.55;
  const bottom = 16 + labelWidth * Math.sin(Math.PI / 3);
  const left = Math.max(base.margin.left, labelWidth * Math.cos(Math.PI / 3) + 4);
  const layout = { ...base, height: base.height + bottom - base.margin.bottom };
  const plot = { left, top: base.margin.top, right: layout.width - base.margin.right, bottom: layout.height - bottom };
  const s = CHART_STRINGS[ctx.lang];
  const visible = new Set(view.series);
  const shown = bars.stacks.map((st, i) => ({ ...st, i })).filter((st) => visible.has(st.name));
  const totals = bars.categories.map((_, ci) => shown.reduce((sum, st) => sum + (st.counts[ci] ?? 0), 0));
  const yMax = Math.max(1, ...totals, ...bars.categories.map((_, ci) => bars.stacks.reduce((sum, st) => sum + (st.counts[ci] ?? 0), 0)));
  const x = bandScale(bars.categories.length, [plot.left, plot.right], 0.2);
  const [, yTop] = nice(0, yMax, 10);
  const y = linearScale([0, yTop], [plot.bottom, plot.top]);
  const out: BarModel[] = [];
  bars.categories.forEach((category, ci) => {
    let acc = 0;
    for (const st of shown) {
      const count = st.counts[ci] ?? 0;
      if (count > 0) {
        out.push({
          x: round2(x.start(ci)),
          y: round2(y(acc + count)),
          width: round2(x.bandwidth),
          height: round2(y(acc) - y(acc + count)),
          colorClass: `c-cat${st.i % 8}`,
          tip: [category, `${st.name}${s.colon}${count}`, `${s.source}${s.colon}${s.figure} ${panel.chartId.replace(/^fig/, '')}`],
        });
      }
      acc += count;
    }
  });
  const yTicks = linearTicks(0, yTop, 5).map((v) => ({ pos: round2(y(v)), label: linearTickLabel(v) }));
  const xTicks = bars.categories.map((c, i) => ({ pos: round2(x.start(i) + x.bandwidth / 2), label: { text: c } }));
  const yTitle = localizeAxisTitle(panel.y.label || s.count, ctx.lang);
  return {
    chartId: panel.chartId,
    width: layout.width,
    height: layout.height,
    fontSize: base.fontSize,
    markerSize: base.marker,
    plot,
    xAxis: { title: '', ticks: xTicks, rotateLabels: true },
    yAxis: { title: yTitle, ticks: yTicks },
    grid: { x: [], y: yTicks.map((t) => t.pos) },
    series: [],
    bars: out,
    baselines: [],
    markers: [],
    legend: bars.stacks.map((st, i) => ({ name: st.name, colorClass: `c-cat${i % 8}`, marker: 'square', dashed: false, hidden: !visible.has(st.name) })),
    highlight: null,
    description: `${s.chartOf} ${yTitle}${s.colon}${bars.categories.length} × ${shown.length}.`,
  };
}
