import { linearScale, logScale } from './scales';
import { linePath } from './path';
import type { ChartModel, PointModel, SeriesModel, TickModel, VerticalMarkerModel } from './model-types';
import type { EmergenceSpec, ModelSpec, PanelSpec, PointSpec, SeriesSpec } from './types';
import type { ChartView } from './view';
import { nativeXQuantity } from './view';
import { LAYOUTS, type LayoutName } from './layout';
import { linearTickLabel, linearTicks, logTicks, parseTickLabel, powerOfTenDomain, powerOfTenLabel, type TickLabel } from './ticks';
import { seriesStyles } from './families';
import { CHART_STRINGS, localizeAxisTitle } from '../i18n/chart-strings';
import { formatParamCount, formatScientific, formatValue } from '../format/number';
import type { Lang } from '../i18n/ui';

/** Everything besides the panel that shapes a chart. */
export interface ChartContext {
  models: ReadonlyMap<string, ModelSpec>;
  /** Figure number and printed panel letter, for the source line of tooltips. */
  figure: number;
  layout: LayoutName;
  lang: Lang;
  /** Table 1's emergence scales for this panel (one per row that points at it). */
  emergence?: EmergenceSpec[] | undefined;
  /** The Figure 2/3 panel drawn with the same models (for FLOPs as drawn when Figure 11/12 switch to FLOPs). */
  flopsChartId?: string | undefined;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The x value of a point under a view: as drawn, or the model's parameters / FLOPs. */
function xOf(point: PointSpec, view: ChartView, panel: PanelSpec, ctx: ChartContext): number | null {
  const native = nativeXQuantity(panel);
  if (view.x === 'native' || view.x === native) return point.x;
  const model = point.model ? ctx.models.get(point.model) : undefined;
  if (!model) return null;
  if (view.x === 'params') return model.params;
  // FLOPs for a parameters panel: the value drawn in the twin Figure 2/3 panel, else the first drawn.
  const twin = model.flopsSources?.find((s) => ctx.flopsChartId !== undefined && s.chartIds.includes(ctx.flopsChartId));
  return twin?.value ?? model.flops[0] ?? null;
}

/** Value and unit split from a printed axis label: "Accuracy (%)" → ["Accuracy", "%"]. */
export function splitUnit(label: string): { name: string; unit: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(label);
  return m ? { name: m[1] ?? label, unit: m[2] ?? '' } : { name: label, unit: '' };
}

/** Tooltip lines for one point. */
function tipLines(point: PointSpec, series: SeriesSpec, panel: PanelSpec, ctx: ChartContext, xValue: number, view: ChartView): string[] {
  const s = CHART_STRINGS[ctx.lang];
  const sep = s.colon;
  const model = point.model ? ctx.models.get(point.model) : undefined;
  const lines: string[] = [model ? model.name : series.name];
  const native = nativeXQuantity(panel);
  const shownQuantity = view.x === 'native' ? native : view.x;
  const flops = shownQuantity === 'flops' ? xValue : model ? xOf(point, { ...view, x: 'flops' }, panel, ctx) : null;
  const params = model?.params ?? (shownQuantity === 'params' ? xValue : null);
  if (model && series.name !== model.family) lines.push(series.name);
  if (params !== null && params > 0) lines.push(`${s.params}${sep}${formatParamCount(params, ctx.lang)}`);
  if (flops !== null && flops > 0) lines.push(`${s.flops}${sep}${formatScientific(flops)}`);
  if (shownQuantity === 'other') lines.push(`${localizeAxisTitle(panel.x.label, ctx.lang)}${sep}${formatValue(xValue)}`);
  const { name, unit } = splitUnit(localizeAxisTitle(panel.y.label, ctx.lang));
  lines.push(`${name}${sep}${formatValue(point.y)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`);
  lines.push(`${s.source}${sep}${s.figure} ${ctx.figure}${/^[A-Z]$/.test(panel.panel) ? panel.panel : ` (${panel.panel})`}`);
  return lines;
}

/** A d3 scale for an axis with the given domain, type and direction mapped onto [a, b]. */
function makeScale(type: 'log' | 'linear', domain: [number, number], range: [number, number]) {
  return type === 'log' ? logScale(domain, range) : linearScale(domain, range);
}

/** Ticks and domain of the x axis under a view. */
function xAxisFor(panel: PanelSpec, view: ChartView, xs: number[]): { domain: [number, number]; ticks: { value: number; label: TickLabel }[]; type: 'log' | 'linear' } {
  const native = nativeXQuantity(panel);
  const printed = panel.x.domain as [number, number];
  if (view.x === 'native' || view.x === native || xs.length === 0) {
    return { domain: printed, ticks: panel.x.ticks.map((t) => ({ value: t.value, label: parseTickLabel(t.label) })), type: panel.x.scale };
  }
  const domain = powerOfTenDomain(Math.min(...xs), Math.max(...xs));
  return { domain, ticks: logTicks(domain[0], domain[1]).map((v) => ({ value: v, label: powerOfTenLabel(v) })), type: 'log' };
}

/** Ticks and domain of the y axis under a view. */
function yAxisFor(panel: PanelSpec, view: ChartView, ys: number[]): { domain: [number, number]; ticks: { value: number; label: TickLabel }[]; type: 'log' | 'linear' } {
  const printed = panel.y.domain as [number, number];
  if (view.y === panel.y.scale) {
    return { domain: printed, ticks: panel.y.ticks.map((t) => ({ value: t.value, label: parseTickLabel(t.label) })), type: panel.y.scale };
  }
  const lo = Math.min(...printed);
  const hi = Math.max(...printed);
  if (view.y === 'log') {
    const positive = ys.filter((y) => y > 0);
    const domain = powerOfTenDomain(Math.min(...positive, hi), Math.max(hi, ...positive));
    const d: [number, number] = panel.y.reversed ? [domain[1], domain[0]] : domain;
    return { domain: d, ticks: logTicks(domain[0], domain[1]).map((v) => ({ value: v, label: powerOfTenLabel(v) })), type: 'log' };
  }
  const domain: [number, number] = [Math.min(0, lo, ...ys), Math.max(hi, ...ys)];
  const d: [number, number] = panel.y.reversed ? [domain[1], domain[0]] : domain;
  return { domain: d, ticks: linearTicks(domain[0], domain[1]).map((v) => ({ value: v, label: linearTickLabel(v) })), type: 'linear' };
}

/** Builds the drawable model of a line-and-marker (or scatter) panel under a view. */
export function buildLineModel(panel: PanelSpec, view: ChartView, ctx: ChartContext): ChartModel {
  const layout = LAYOUTS[ctx.layout];
  const plot = {
    left: layout.margin.left,
    top: layout.margin.top,
    right: layout.width - layout.margin.right,
    bottom: layout.height - layout.margin.bottom,
  };
  const s = CHART_STRINGS[ctx.lang];
  const visible = new Set(view.series);
  const xsOf = (series: SeriesSpec): (number | null)[] => series.points.map((p) => xOf(p, view, panel, ctx));
  const allXs = panel.series.flatMap((sr) => xsOf(sr).filter((x): x is number => x !== null && x > 0));
  const allYs = panel.series.flatMap((sr) => sr.points.map((p) => p.y));
  const xa = xAxisFor(panel, view, allXs);
  const ya = yAxisFor(panel, view, allYs);
  // Domains list the value at the left/bottom end first, so a reversed axis is simply [high, low].
  const x = makeScale(xa.type, xa.domain, [plot.left, plot.right]);
  const y = makeScale(ya.type, ya.domain, [plot.bottom, plot.top]);

  const toTicks = (ticks: { value: number; label: TickLabel }[], scale: (v: number) => number): TickModel[] =>
    ticks.map((t) => ({ pos: round2(scale(t.value)), label: t.label }));

  const styles = seriesStyles(panel.series);
  const series: SeriesModel[] = panel.series.map((sr, si) => {
    const xs = xsOf(sr);
    const points: PointModel[] = [];
    sr.points.forEach((p, pi) => {
      const xv = xs[pi];
      if (xv === null || xv === undefined || (xa.type === 'log' && xv <= 0) || (ya.type === 'log' && p.y <= 0)) return;
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
    .map((b) => ({ name: b.name, y: round2(y(b.value)), dashed: b.dashed }));

  const markers: VerticalMarkerModel[] = [];
  if (xa.type === 'log') {
    const shown = view.x === 'native' ? nativeXQuantity(panel) : view.x;
    const [lo, hi] = [Math.min(...xa.domain), Math.max(...xa.domain)];
    const rows = ctx.emergence ?? [];
    for (const row of rows) {
      const value = shown === 'params' ? row.params : shown === 'flops' ? row.flops : null;
      if (value === null || value < lo || value > hi) continue;
      const text = shown === 'params' ? formatParamCount(value, ctx.lang) : formatScientific(value);
      markers.push({ x: round2(x(value)), label: `${s.emergesAt} ${text}${rows.length > 1 ? ` (${row.model})` : ''}`, row: markers.length });
    }
  }

  const xTitle = (view.x === 'flops' && (nativeXQuantity(panel) !== 'flops' || panel.x.label === ''))
    ? s.xFlopsTitle
    : view.x === 'params' && nativeXQuantity(panel) !== 'params'
      ? s.xParamsTitle
      : localizeAxisTitle(panel.x.label, ctx.lang);
  const yTitle = localizeAxisTitle(panel.y.label, ctx.lang);
  const shownSeries = series.filter((sr) => !sr.hidden);
  const description = `${s.chartOf} ${yTitle} ${s.against} ${xTitle}${s.colon}${shownSeries.length} ${s.series}, ${shownSeries.reduce((n, sr) => n + sr.points.length, 0)} ${s.points} (${shownSeries.map((sr) => sr.name).join(', ')}).`;

  const xTicks = toTicks(xa.ticks, x).filter((t) => t.pos >= plot.left - 0.5 && t.pos <= plot.right + 0.5);
  const yTicks = toTicks(ya.ticks, y).filter((t) => t.pos >= plot.top - 0.5 && t.pos <= plot.bottom + 0.5);
  return {
    chartId: panel.chartId,
    width: layout.width,
    height: layout.height,
    fontSize: layout.fontSize,
    markerSize: layout.marker,
    plot,
    xAxis: { title: xTitle, ticks: xTicks },
    yAxis: { title: yTitle, ticks: yTicks },
    grid: { x: xTicks.map((t) => t.pos), y: yTicks.map((t) => t.pos) },
    series,
    bars: [],
    baselines,
    markers,
    legend: series.map((sr) => ({ name: sr.name, colorClass: sr.colorClass, marker: sr.marker, dashed: sr.dashed, hidden: sr.hidden })),
    highlight: view.highlight,
    description,
  };
}
