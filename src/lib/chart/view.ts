import type { ModelSpec, PanelSpec } from './types';

/** What the x axis shows: training FLOPs, parameters, or the panel's own quantity (perplexity, …). */
export type XQuantity = 'flops' | 'params' | 'native';

/** How the y axis is scaled. */
export type YScale = 'linear' | 'log';

/** Everything about a chart that a reader can change. */
export interface ChartView {
  /** Quantity on the x axis. */
  x: XQuantity;
  /** Scale of the y axis. */
  y: YScale;
  /** Names of the series shown (the rest are hidden by the legend). */
  series: string[];
  /** Model id whose points are emphasised, or null. */
  highlight: string | null;
}

/** The choices a panel offers; the URL parser validates against these. */
export interface ChartCapabilities {
  /** Values the x switch may take; empty when the panel's x axis is not model scale. */
  xOptions: XQuantity[];
  /** Values the y switch may take; one entry when there is no choice. */
  yOptions: YScale[];
  /** Series names, in legend order. */
  seriesNames: string[];
  /** Model ids that appear in the panel (for highlight). */
  modelIds: string[];
}

/** Which scale quantity a panel's printed x axis measures, read from its label. */
export function nativeXQuantity(panel: Pick<PanelSpec, 'x'>): 'flops' | 'params' | 'other' {
  if (/FLOPs/i.test(panel.x.label)) return 'flops';
  if (/param/i.test(panel.x.label)) return 'params';
  // Figure 7 prints no x-axis title; its log axis spans 10¹⁸–10²⁴, which only training FLOPs do here.
  if (panel.x.label === '' && panel.x.scale === 'log' && Math.min(...panel.x.domain) >= 1e15)
    return 'flops';
  return 'other';
}

/** Whether every point of the panel names a model with a known value of the quantity. */
function allPointsHave(
  panel: PanelSpec,
  models: ReadonlyMap<string, ModelSpec>,
  quantity: 'flops' | 'params',
): boolean {
  const points = panel.series.flatMap((s) => s.points);
  return (
    points.length > 0 &&
    points.every((p) => {
      const m = p.model ? models.get(p.model) : undefined;
      return (
        m !== undefined &&
        (quantity === 'params' ? m.params !== null && m.params > 0 : m.flops.length > 0)
      );
    })
  );
}

/** Names the legend toggles: the series, or the stacks of a bar chart. */
export function seriesNamesOf(panel: PanelSpec): string[] {
  return panel.bars ? panel.bars.stacks.map((s) => s.name) : panel.series.map((s) => s.name);
}

/** The choices a panel offers, given the models it plots. */
export function chartCapabilities(
  panel: PanelSpec,
  models: ReadonlyMap<string, ModelSpec>,
): ChartCapabilities {
  const native = nativeXQuantity(panel);
  const xOptions: XQuantity[] = [];
  if (panel.kind === 'line' && native !== 'other') {
    const other = native === 'flops' ? 'params' : 'flops';
    if (allPointsHave(panel, models, other)) xOptions.push(native, other);
  }
  const ys = panel.series.flatMap((s) => s.points.map((p) => p.y));
  const canLog =
    panel.y.scale === 'log' ||
    (ys.length > 0 && ys.every((y) => y > 0) && Math.min(...panel.y.domain) >= 0);
  const yOptions: YScale[] =
    panel.kind !== 'line'
      ? [panel.y.scale]
      : canLog
        ? [panel.y.scale, panel.y.scale === 'log' ? 'linear' : 'log']
        : [panel.y.scale];
  const modelIds = [
    ...new Set(panel.series.flatMap((s) => s.points.flatMap((p) => (p.model ? [p.model] : [])))),
  ];
  return { xOptions, yOptions, seriesNames: seriesNamesOf(panel), modelIds };
}

/** The view a chart opens with: as printed in the paper, every series shown. */
export function defaultView(panel: PanelSpec): ChartView {
  const native = nativeXQuantity(panel);
  return {
    x: native === 'other' ? 'native' : native,
    y: panel.y.scale,
    series: seriesNamesOf(panel),
    highlight: null,
  };
}
