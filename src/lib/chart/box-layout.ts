/**
 * Fitting a chart into its box: margins from the measured tick and title text, a legend or labels
 * on the lines where they fit, the plot area taking the rest. Pure geometry shared by every chart kind.
 */
import type { ChartBox, ChartStyle } from './layout';
import type {
  DirectLabelModel,
  LabelMode,
  LegendItemModel,
  LegendModel,
  TickModel,
} from './model-types';
import type { TickLabel } from './ticks';
import { clipToWidth, textWidth, tickLabelWidth } from './text-metrics';

/** The plot rectangle inside the box. */
export interface PlotRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the margins must hold. */
export interface FrameText {
  xTickLabels: TickLabel[];
  yTickLabels: TickLabel[];
  xTitle: string;
  yTitle: string;
  /** Visible legend entries, in order. */
  legend: LegendModel[];
  /** Labels requested; "direct" needs names of the series that have points. */
  labels: LabelMode;
  directNames: string[];
  /** Extra room under the plot (rotated bar labels) instead of one line of x tick labels. */
  xLabelBand?: number | undefined;
}

/** The laid-out frame: plot area, axis title positions, and how series are named. */
export interface Frame {
  plot: PlotRect;
  xTitle: string;
  yTitle: string;
  xTitlePos: number;
  yTitlePos: number;
  labelMode: LabelMode;
  legendItems: LegendItemModel[];
}

/** Gap between tick mark and label, and the tick length. */
export const TICK = { length: 5, gap: 3 } as const;

/** Outer padding of a box, scaled with its type. */
export function boxPadding(style: ChartStyle): number {
  return Math.round(style.fontSize * 0.45);
}

/** Width of a legend entry: swatch, gap, name, spacing. */
function legendEntryWidth(entry: LegendModel, fontSize: number): number {
  return fontSize * 1.8 + textWidth(entry.name, fontSize) + fontSize * 1.1;
}

/** Legend entries flowed left to right in rows across `width`, starting at (x0, y0). */
export function flowLegend(
  entries: LegendModel[],
  x0: number,
  y0: number,
  width: number,
  fontSize: number,
): LegendItemModel[] {
  let x = 0;
  let row = 0;
  return entries.map((e) => {
    const w = legendEntryWidth(e, fontSize);
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    const item = {
      name: e.name,
      colorClass: e.colorClass,
      marker: e.marker,
      dashed: e.dashed,
      x: x0 + x,
      y: y0 + row * fontSize * 1.5,
      fontSize,
    };
    x += w;
    return item;
  });
}

/** Number of legend rows the entries take across `width`. */
function legendRows(entries: LegendModel[], width: number, fontSize: number): number {
  const items = flowLegend(entries, 0, 0, width, fontSize);
  return items.length ? Math.round(Math.max(...items.map((i) => i.y)) / (fontSize * 1.5)) + 1 : 0;
}

/** Line height between labels on the lines. */
export function directLabelLineHeight(style: ChartStyle): number {
  return style.fontSize * 1.3;
}

/** Lays out margins and the plot area for a box; a requested "direct" falls back to "legend" when the labels do not fit. */
export function layoutFrame(box: ChartBox, style: ChartStyle, text: FrameText): Frame {
  const fs = style.fontSize;
  const pad = boxPadding(style);
  const yTickWidth = Math.max(0, ...text.yTickLabels.map((l) => tickLabelWidth(l, fs)));
  const lastXTick = text.xTickLabels.at(-1);
  const firstXTick = text.xTickLabels[0];
  const left =
    pad +
    (text.yTitle ? fs * 1.35 : 0) +
    Math.max(
      yTickWidth + TICK.length + TICK.gap,
      firstXTick ? tickLabelWidth(firstXTick, fs) / 2 - pad : 0,
    );
  const xLabels = text.xLabelBand ?? fs * 1.25;
  const bottom = pad + TICK.length + TICK.gap + xLabels + (text.xTitle ? fs * 1.35 : 0);
  const edgeRight = pad + (lastXTick ? tickLabelWidth(lastXTick, fs) / 2 : 0);

  let labelMode = text.labels;
  let gutter = 0;
  if (labelMode === 'direct') {
    gutter =
      style.markerSize +
      fs * 0.5 +
      Math.max(0, ...text.directNames.map((n) => textWidth(n, fs))) +
      pad;
    const plotHeight = box.height - bottom - pad - fs * 0.6;
    // Labels fit when the gutter leaves most of the width to the data and they stack inside the plot's height.
    const fits =
      text.directNames.length > 0 &&
      gutter <= box.width * 0.3 &&
      text.directNames.length * directLabelLineHeight(style) <= plotHeight;
    if (!fits) labelMode = 'legend';
  }
  let top = pad + fs * 0.6;
  let legendItems: LegendItemModel[] = [];
  if (labelMode === 'legend') {
    // The legend may take up to 30 % of the box: its type shrinks to fit (not below 8 px), and in
    // a box too small even for that it is left out (the HTML legend or the table names the series).
    const width = box.width - 2 * pad;
    const height = (size: number): number => legendRows(text.legend, width, size) * size * 1.5;
    let size = fs;
    while (size > 8 && height(size) > box.height * 0.3) size--;
    if (height(size) <= box.height * 0.3) {
      legendItems = flowLegend(text.legend, pad, pad + size * 0.1, width, size);
      // Under the last row: room for the top tick label, which reaches half a line above the plot.
      top = pad + height(size) + fs * 0.6 + 2;
    } else {
      labelMode = 'none';
    }
  }
  const right = labelMode === 'direct' ? Math.max(edgeRight, gutter) : edgeRight;
  const plot = {
    left: r1(left),
    top: r1(top),
    right: r1(box.width - right),
    bottom: r1(box.height - bottom),
  };
  return {
    plot,
    xTitle: clipToWidth(text.xTitle, Math.max(fs * 3, box.width - 2 * pad), fs),
    yTitle: clipToWidth(text.yTitle, Math.max(fs * 3, plot.bottom - plot.top + fs), fs),
    xTitlePos: r1(box.height - pad - fs * 0.3),
    yTitlePos: r1(pad + fs * 0.6),
    labelMode,
    legendItems,
  };
}

const r1 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Thins tick labels so neighbours keep `minGap` px between them: every k-th label is kept, the
 * smallest k that works. `extent` is a label's size along the axis.
 */
export function thinTickLabels(
  ticks: TickModel[],
  extent: (t: TickModel) => number,
  minGap: number,
): TickModel[] {
  const sorted = [...ticks].sort((a, b) => a.pos - b.pos);
  for (let k = 1; k <= Math.max(1, sorted.length); k++) {
    const kept = sorted.filter((_, i) => i % k === 0);
    const ok = kept.every((t, i) => {
      const next = kept[i + 1];
      return !next || next.pos - t.pos >= (extent(t) + extent(next)) / 2 + minGap;
    });
    if (ok) {
      const keep = new Set(kept);
      return ticks.map((t) => ({ ...t, showLabel: keep.has(t) }));
    }
  }
  return ticks.map((t, i) => ({ ...t, showLabel: i === 0 }));
}

/** A series' last point and name, for labels on the lines. */
export interface LabelAnchor {
  name: string;
  colorClass: string;
  x: number;
  y: number;
}

/**
 * Labels on the lines in the gutter right of the plot, each at its series' last point, nudged
 * apart (a dodge: sorted by height, pushed down, then back up from the bottom) so that none overlap.
 */
export function placeDirectLabels(
  anchors: LabelAnchor[],
  plot: PlotRect,
  style: ChartStyle,
): DirectLabelModel[] {
  const lh = directLabelLineHeight(style);
  const minY = plot.top + lh / 2;
  const maxY = plot.bottom - lh / 2;
  const order = anchors
    .map((a, i) => ({ a, i, y: Math.min(maxY, Math.max(minY, a.y)) }))
    .sort((p, q) => p.y - q.y || p.i - q.i);
  for (let i = 1; i < order.length; i++) order[i]!.y = Math.max(order[i]!.y, order[i - 1]!.y + lh);
  for (let i = order.length - 1; i >= 0; i--) {
    const limit = i === order.length - 1 ? maxY : order[i + 1]!.y - lh;
    order[i]!.y = Math.min(order[i]!.y, limit);
  }
  const x = plot.right + style.markerSize + style.fontSize * 0.5;
  return order
    .sort((p, q) => p.i - q.i)
    .map(({ a, y }) => ({
      name: a.name,
      colorClass: a.colorClass,
      x: r1(x),
      y: r1(y),
      anchorX: r1(a.x),
      anchorY: r1(a.y),
      leader: plot.right - a.x > style.markerSize * 2 || Math.abs(y - a.y) > lh * 0.6,
    }));
}
