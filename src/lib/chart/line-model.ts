import { linearScale, logScale } from './scales';
import { linePath } from './path';
import type {
  ChartModel,
  PointModel,
  SeriesModel,
  TickModel,
  VerticalMarkerModel,
} from './model-types';
import type { EmergenceSpec, ModelSpec, PanelSpec, PointSpec, SeriesSpec } from './types';
import type { ChartView } from './view';
import { nativeXQuantity } from './view';
import { chartStyle, type ChartBox } from './layout';
import { layoutFrame, placeDirectLabels, thinTickLabels, type LabelAnchor } from './box-layout';
import type { LabelMode } from './model-types';
import { clipToWidth, tickLabelWidth } from './text-metrics';
import {
  linearTickLabel,
  linearTicks,
  logTicks,
  parseTickLabel,
  powerOfTenDomain,
  powerOfTenLabel,
  type TickLabel,
} from './ticks';
import { seriesStyles } from './families';
import { localizeAxisTitle, localizeReferenceName } from '../i18n/chart-strings';
import { chartStrings } from '../i18n/namespaces';
import { formatParamCount, formatScientific, formatValue } from '../format/number';
import type { Lang } from '../i18n/ui';

/** Everything besides the panel that shapes a chart. */
export interface ChartContext {
  models: ReadonlyMap<string, ModelSpec>;
  /** Figure number and printed panel letter, for the source line of tooltips. */
  figure: number;
  /** The box to lay the chart out in. */
  box: ChartBox;
  /** How series are named in the SVG (default "none": the page shows its HTML legend). */
  labels?: LabelMode | undefined;
  lang: Lang;
  /** Table 1's emergence scales for this panel (one per row that points at it). */
  emergence?: EmergenceSpec[] | undefined;
  /** The Figure 2/3 panel drawn with the same models (for FLOPs as drawn when Figure 11/12 switch to FLOPs). */
  flopsChartId?: string | undefined;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The x value of a point under a view: as drawn, or the model's parameters / FLOPs. */
function xOf(
  point: PointSpec,
  view: ChartView,
  panel: PanelSpec,
  ctx: ChartContext,
): number | null {
  const native = nativeXQuantity(panel);
  if (view.x === 'native' || view.x === native) return point.x;
  const model = point.model ? ctx.models.get(point.model) : undefined;
  if (!model) return null;
  if (view.x === 'params') return model.params;
  // FLOPs for a parameters panel: the value drawn in the twin Figure 2/3 panel, else the first drawn.
  const twin = model.flopsSources?.find(
    (s) => ctx.flopsChartId !== undefined && s.chartIds.includes(ctx.flopsChartId),
  );
  return twin?.value ?? model.flops[0] ?? null;
}

/** Value and unit split from a printed axis label: "Accuracy (%)" → ["Accuracy", "%"]. */
export function splitUnit(label: string): { name: string; unit: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(label);
  return m ? { name: m[1] ?? label, unit: m[2] ?? '' } : { name: label, unit: '' };
}

/** Tooltip lines for one point. */
function tipLines(
  point: PointSpec,
  series: SeriesSpec,
  panel: PanelSpec,
  ctx: ChartContext,
  xValue: number,
  view: ChartView,
): string[] {
  const s = chartStrings(ctx.lang);
  const sep = s.colon;
  const model = point.model ? ctx.models.get(point.model) : undefined;
  const lines: string[] = [model ? model.name : series.name];
  const native = nativeXQuantity(panel);
  const shownQuantity = view.x === 'native' ? native : view.x;
  const flops =
    shownQuantity === 'flops'
      ? xValue
      : model
        ? xOf(point, { ...view, x: 'flops' }, panel, ctx)
        : null;
  const params = model?.params ?? (shownQuantity === 'params' ? xValue : null);
  if (model && series.name !== model.family) lines.push(series.name);
  if (params !== null && params > 0)
    lines.push(`${s.params}${sep}${formatParamCount(params, ctx.lang)}`);
  if (flops !== null && flops > 0) lines.push(`${s.flops}${sep}${formatScientific(flops)}`);
  if (shownQuantity === 'other')
    lines.push(`${localizeAxisTitle(panel.x.label, ctx.lang)}${sep}${formatValue(xValue)}`);
  const { name, unit } = splitUnit(localizeAxisTitle(panel.y.label, ctx.lang));
  lines.push(`${name}${sep}${formatValue(point.y)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`);
  lines.push(
    `${s.source}${sep}${s.figure} ${ctx.figure}${/^[A-Z]$/.test(panel.panel) ? panel.panel : ` (${panel.panel})`}`,
  );
  return lines;
}

/** A d3 scale for an axis with the given domain, type and direction mapped onto [a, b]. */
function makeScale(type: 'log' | 'linear', domain: [number, number], range: [number, number]) {
  return type === 'log' ? logScale(domain, range) : linearScale(domain, range);
}

/** Ticks and domain of the x axis under a view. */
function xAxisFor(
  panel: PanelSpec,
  view: ChartView,
  xs: number[],
): {
  domain: [number, number];
  ticks: { value: number; label: TickLabel }[];
  type: 'log' | 'linear';
} {
  const native = nativeXQuantity(panel);
  const printed = panel.x.domain;
  if (view.x === 'native' || view.x === native || xs.length === 0) {
    return {
      domain: printed,
      ticks: panel.x.ticks.map((t) => ({ value: t.value, label: parseTickLabel(t.label) })),
      type: panel.x.scale,
    };
  }
  const domain = powerOfTenDomain(Math.min(...xs), Math.max(...xs));
  return {
    domain,
    ticks: logTicks(domain[0], domain[1]).map((v) => ({ value: v, label: powerOfTenLabel(v) })),
    type: 'log',
  };
}

/** Ticks and domain of the y axis under a view. */
function yAxisFor(
  panel: PanelSpec,
  view: ChartView,
  ys: number[],
): {
  domain: [number, number];
  ticks: { value: number; label: TickLabel }[];
  type: 'log' | 'linear';
} {
  const printed = panel.y.domain;
  if (view.y === panel.y.scale) {
    return {
      domain: printed,
      ticks: panel.y.ticks.map((t) => ({ value: t.value, label: parseTickLabel(t.label) })),
      type: panel.y.scale,
    };
  }
  const lo = Math.min(...printed);
  const hi = Math.max(...printed);
  if (view.y === 'log') {
    const positive = ys.filter((y) => y > 0);
    const domain = powerOfTenDomain(Math.min(...positive, hi), Math.max(hi, ...positive));
    const d: [number, number] = panel.y.reversed ? [domain[1], domain[0]] : domain;
    return {
      domain: d,
      ticks: logTicks(domain[0], domain[1]).map((v) => ({ value: v, label: powerOfTenLabel(v) })),
      type: 'log',
    };
  }
  const domain: [number, number] = [Math.min(0, lo, ...ys), Math.max(hi, ...ys)];
  const d: [number, number] = panel.y.reversed ? [domain[1], domain[0]] : domain;
  return {
    domain: d,
    ticks: linearTicks(domain[0], domain[1]).map((v) => ({ value: v, label: linearTickLabel(v) })),
    type: 'linear',
  };
}

/** Builds the drawable model of a line-and-marker (or scatter) panel under a view. */
export function buildLineModel(panel: PanelSpec, view: ChartView, ctx: ChartContext): ChartModel {
  const style = chartStyle(ctx.box);
  const s = chartStrings(ctx.lang);
  const visible = new Set(view.series);
  const xsOf = (series: SeriesSpec): (number | null)[] =>
    series.points.map((p) => xOf(p, view, panel, ctx));
  const allXs = panel.series.flatMap((sr) =>
    xsOf(sr).filter((x): x is number => x !== null && x > 0),
  );
  const allYs = panel.series.flatMap((sr) => sr.points.map((p) => p.y));
  const xa = xAxisFor(panel, view, allXs);
  const ya = yAxisFor(panel, view, allYs);
  const within =
    (d: [number, number]) =>
    (v: number): boolean =>
      v >= Math.min(...d) * (1 - 1e-9) && v <= Math.max(...d) * (1 + 1e-9);
  const xTickSpecs = xa.ticks.filter((t) => within(xa.domain)(t.value));
  const yTickSpecs = ya.ticks.filter((t) => within(ya.domain)(t.value));
  const styles = seriesStyles(panel.series);
  const xTitleFull =
    view.x === 'flops' && (nativeXQuantity(panel) !== 'flops' || panel.x.label === '')
      ? s.xFlopsTitle
      : view.x === 'params' && nativeXQuantity(panel) !== 'params'
        ? s.xParamsTitle
        : localizeAxisTitle(panel.x.label, ctx.lang);
  const yTitleFull = localizeAxisTitle(panel.y.label, ctx.lang);
  const legend = panel.series.map((sr, si) => ({
    name: sr.name,
    colorClass: styles[si]!.colorClass,
    marker: styles[si]!.marker,
    dashed: sr.dashed,
    hidden: !visible.has(sr.name),
  }));
  const frame = layoutFrame(ctx.box, style, {
    xTickLabels: xTickSpecs.map((t) => t.label),
    yTickLabels: yTickSpecs.map((t) => t.label),
    xTitle: xTitleFull,
    yTitle: yTitleFull,
    legend: legend.filter((l) => !l.hidden),
    labels: ctx.labels ?? 'none',
    directNames: panel.series
      .filter((sr) => visible.has(sr.name) && sr.points.length > 0)
      .map((sr) => sr.name),
  });
  const plot = frame.plot;
  // Domains list the value at the left/bottom end first, so a reversed axis is simply [high, low].
  const x = makeScale(xa.type, xa.domain, [plot.left, plot.right]);
  const y = makeScale(ya.type, ya.domain, [plot.bottom, plot.top]);

  const toTicks = (
    ticks: { value: number; label: TickLabel }[],
    scale: (v: number) => number,
  ): TickModel[] =>
    ticks.map((t) => ({ pos: round2(scale(t.value)), label: t.label, showLabel: true }));

  const series: SeriesModel[] = panel.series.map((sr, si) => {
    const xs = xsOf(sr);
    const points: PointModel[] = [];
    sr.points.forEach((p, pi) => {
      const xv = xs[pi];
      if (
        xv === null ||
        xv === undefined ||
        (xa.type === 'log' && xv <= 0) ||
        (ya.type === 'log' && p.y <= 0)
      )
        return;
      points.push({
        id: `p${si}-${pi}`,
        cx: round2(x(xv)),
        cy: round2(y(p.y)),
        x: xv,
        y: p.y,
        model: p.model ?? null,
        tip: tipLines(p, sr, panel, ctx, xv, view),
      });
    });
    // Points are drawn in x order so the line never doubles back when the x quantity changes.
    const ordered = [...points].sort((a, b) => a.cx - b.cx);
    const path = ordered.length > 1 ? linePath(ordered) : '';
    return {
      name: sr.name,
      colorClass: styles[si]!.colorClass,
      marker: styles[si]!.marker,
      dashed: sr.dashed,
      hidden: !visible.has(sr.name),
      path,
      points,
    };
  });

  const [yLo, yHi] = [Math.min(...ya.domain), Math.max(...ya.domain)];
  const baselines = panel.baselines
    .filter((b) => b.value >= yLo && b.value <= yHi && (ya.type === 'linear' || b.value > 0))
    .map((b) => ({
      name: localizeReferenceName(b.name, ctx.lang),
      y: round2(y(b.value)),
      dashed: b.dashed,
    }));

  const markers: VerticalMarkerModel[] = [];
  if (xa.type === 'log') {
    const shown = view.x === 'native' ? nativeXQuantity(panel) : view.x;
    const [lo, hi] = [Math.min(...xa.domain), Math.max(...xa.domain)];
    const rows = ctx.emergence ?? [];
    for (const row of rows) {
      const value = shown === 'params' ? row.params : shown === 'flops' ? row.flops : null;
      if (value === null || value < lo || value > hi) continue;
      const text = shown === 'params' ? formatParamCount(value, ctx.lang) : formatScientific(value);
      markers.push({
        x: round2(x(value)),
        label: `${s.emergesAt} ${text}${rows.length > 1 ? ` (${row.model})` : ''}`,
        row: markers.length,
      });
    }
  }

  const shownSeries = series.filter((sr) => !sr.hidden);
  const description = `${s.chartOf} ${yTitleFull} ${s.against} ${xTitleFull}${s.colon}${shownSeries.length} ${s.series}, ${shownSeries.reduce((n, sr) => n + sr.points.length, 0)} ${s.points} (${shownSeries.map((sr) => sr.name).join(', ')}).`;

  const fs = style.fontSize;
  // Marker labels stay inside the plot: shortened to the room on their side of the line.
  for (const m of markers) {
    const room = m.x > (plot.left + plot.right) / 2 ? m.x - plot.left - 12 : plot.right - m.x - 6;
    m.label = clipToWidth(m.label, Math.max(fs * 2, room), fs * 0.8);
  }
  const xTicks = thinTickLabels(
    toTicks(xTickSpecs, x),
    (t) => tickLabelWidth(t.label, fs),
    fs * 0.6,
  );
  const yTicks = thinTickLabels(toTicks(yTickSpecs, y), () => fs, fs * 0.3);
  const gridTicks = (ticks: TickModel[]): number[] =>
    ticks.filter((t) => style.minorGrid || t.showLabel).map((t) => t.pos);
  const anchors: LabelAnchor[] =
    frame.labelMode === 'direct'
      ? series.flatMap((sr) => {
          if (sr.hidden || sr.points.length === 0) return [];
          const last = sr.points.reduce((a, b) => (b.cx > a.cx ? b : a));
          return [{ name: sr.name, colorClass: sr.colorClass, x: last.cx, y: last.cy }];
        })
      : [];
  return {
    chartId: panel.chartId,
    width: ctx.box.width,
    height: ctx.box.height,
    fontSize: fs,
    markerSize: style.markerSize,
    lineWidth: style.lineWidth,
    plot,
    xAxis: {
      title: frame.xTitle,
      titlePos: frame.xTitlePos,
      ticks: style.minorGrid ? xTicks : xTicks.filter((t) => t.showLabel),
    },
    yAxis: {
      title: frame.yTitle,
      titlePos: frame.yTitlePos,
      ticks: style.minorGrid ? yTicks : yTicks.filter((t) => t.showLabel),
    },
    grid: { x: gridTicks(xTicks), y: gridTicks(yTicks) },
    series,
    bars: [],
    baselines,
    markers,
    legend,
    labelMode: frame.labelMode,
    directLabels: placeDirectLabels(anchors, plot, style),
    legendItems: frame.legendItems,
    highlight: view.highlight,
    description,
  };
}
