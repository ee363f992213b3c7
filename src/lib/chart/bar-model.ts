import { nice } from 'd3-array';
import { bandScale, linearScale } from './scales';
import type { BarModel, ChartModel } from './model-types';
import type { PanelSpec } from './types';
import type { ChartView } from './view';
import type { ChartContext } from './line-model';
import { chartStyle } from './layout';
import { layoutFrame, thinTickLabels, TICK } from './box-layout';
import { clipToWidth, textWidth, tickLabelWidth } from './text-metrics';
import { linearTickLabel, linearTicks } from './ticks';
import { localizeAxisTitle } from '../i18n/chart-strings';
import { chartStrings } from '../i18n/namespaces';

const round2 = (n: number): number => Math.round(n * 100) / 100;
const SIN60 = Math.sin(Math.PI / 3);
const COS60 = Math.cos(Math.PI / 3);

/**
 * Builds a stacked bar chart (Figure 8: one bar per keyword, stacks per category). Bars are
 * stacked in the order the stacks are listed; hidden stacks drop out and the rest close up.
 */
export function buildBarModel(panel: PanelSpec, view: ChartView, ctx: ChartContext): ChartModel {
  const bars = panel.bars;
  if (!bars) throw new Error(`${panel.chartId}: buildBarModel needs panel.bars`);
  const style = chartStyle(ctx.box);
  const fs = style.fontSize;
  const s = chartStrings(ctx.lang);
  const visible = new Set(view.series);
  const shown = bars.stacks.map((st, i) => ({ ...st, i })).filter((st) => visible.has(st.name));
  const totals = bars.categories.map((_, ci) =>
    shown.reduce((sum, st) => sum + (st.counts[ci] ?? 0), 0),
  );
  const yMax = Math.max(
    1,
    ...totals,
    ...bars.categories.map((_, ci) =>
      bars.stacks.reduce((sum, st) => sum + (st.counts[ci] ?? 0), 0),
    ),
  );
  const [, yTop] = nice(0, yMax, 10);
  const yValues = linearTicks(0, yTop, 5);
  const yTitle = localizeAxisTitle(panel.y.label || s.count, ctx.lang);
  const legend = bars.stacks.map((st, i) => ({
    name: st.name,
    colorClass: `c-cat${i % 8}`,
    marker: 'square' as const,
    dashed: false,
    hidden: !visible.has(st.name),
  }));
  // Category labels are rotated 60° under the bars. Their type shrinks (not below 8 px) so that
  // they take at most 40 % of the box height; beyond that, longer names are shortened.
  const longest = Math.max(...bars.categories.map((c) => textWidth(c, 1)));
  const band = ctx.box.height * 0.4;
  const labelSize = Math.max(8, Math.min(fs * 0.85, band / (longest * SIN60 + 1)));
  const labelRoom = Math.max(labelSize * 3, (band - labelSize) / SIN60);
  const frame = layoutFrame(ctx.box, style, {
    xTickLabels: [],
    yTickLabels: yValues.map(linearTickLabel),
    xTitle: '',
    yTitle,
    legend: legend.filter((l) => !l.hidden),
    labels: ctx.labels === 'direct' ? 'legend' : (ctx.labels ?? 'none'),
    directNames: [],
    xLabelBand: Math.min(longest * labelSize, labelRoom) * SIN60 + labelSize * 0.5,
  });
  // The first rotated label runs left of its bar: the plot starts far enough right to hold it.
  const plot = {
    ...frame.plot,
    left: Math.max(frame.plot.left, Math.min(longest * labelSize, labelRoom) * COS60 + 4),
  };
  const x = bandScale(bars.categories.length, [plot.left, plot.right], 0.2);
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
          tip: [
            category,
            `${st.name}${s.colon}${count}`,
            `${s.source}${s.colon}${s.figure} ${panel.chartId.replace(/^fig/, '')}`,
          ],
        });
      }
      acc += count;
    }
  });
  const yTickWidth = Math.max(0, ...yValues.map((v) => tickLabelWidth(linearTickLabel(v), fs)));
  const yTicks = thinTickLabels(
    yValues.map((v) => ({ pos: round2(y(v)), label: linearTickLabel(v), showLabel: true })),
    () => fs,
    fs * 0.3,
  );
  // Rotated labels sit side by side: their baselines are (step × sin 60°) apart, which must hold a line of type.
  const step = bars.categories.length > 1 ? x.start(1) - x.start(0) : Infinity;
  const every = Math.max(1, Math.ceil((labelSize * 1.05) / (step * SIN60)));
  const xTicks = bars.categories.map((c, i) => ({
    pos: round2(x.start(i) + x.bandwidth / 2),
    label: { text: clipToWidth(c, labelRoom, labelSize) },
    showLabel: i % every === 0,
  }));
  return {
    chartId: panel.chartId,
    width: ctx.box.width,
    height: ctx.box.height,
    fontSize: fs,
    markerSize: style.markerSize,
    lineWidth: style.lineWidth,
    plot,
    xAxis: {
      title: '',
      titlePos: frame.xTitlePos,
      ticks: xTicks,
      rotateLabels: true,
      labelSize: round2(labelSize),
    },
    // The y title sits next to its tick labels, not at the box edge the wide rotated labels pushed the plot from.
    yAxis: {
      title: frame.yTitle,
      titlePos: round2(
        Math.max(frame.yTitlePos, plot.left - yTickWidth - TICK.length - TICK.gap - fs * 0.8),
      ),
      ticks: style.minorGrid ? yTicks : yTicks.filter((t) => t.showLabel),
    },
    grid: { x: [], y: yTicks.filter((t) => style.minorGrid || t.showLabel).map((t) => t.pos) },
    series: [],
    bars: out,
    baselines: [],
    markers: [],
    legend,
    labelMode: frame.labelMode,
    directLabels: [],
    legendItems: frame.legendItems,
    highlight: null,
    description: `${s.chartOf} ${yTitle}${s.colon}${bars.categories.length} × ${shown.length}.`,
  };
}
