import type { Marker } from './types';
import type { TickLabel } from './ticks';

/** One tick on an axis, positioned in viewBox units. */
export interface TickModel {
  pos: number;
  label: TickLabel;
}

/** A drawn axis: its title and positioned ticks. */
export interface AxisModel {
  title: string;
  ticks: TickModel[];
}

/** One data point ready to draw, with what a tooltip or screen reader says about it. */
export interface PointModel {
  /** Stable id within the chart: "p<series>-<point>". */
  id: string;
  cx: number;
  cy: number;
  x: number;
  y: number;
  model: string | null;
  /** Tooltip lines: model name first, then scale, value and source. */
  tip: string[];
}

/** One series ready to draw. */
export interface SeriesModel {
  name: string;
  colorClass: string;
  marker: Marker;
  dashed: boolean;
  hidden: boolean;
  /** SVG path through the points (empty for a single point). */
  path: string;
  points: PointModel[];
}

/** A horizontal reference line. */
export interface BaselineModel {
  name: string;
  y: number;
  dashed: boolean;
}

/** A vertical marker, e.g. the emergence scale from Table 1. */
export interface VerticalMarkerModel {
  x: number;
  label: string;
  /** Label line, so labels of nearby markers stack instead of overlapping. */
  row: number;
}

/** One bar segment of a stacked or grouped bar chart. */
export interface BarModel {
  x: number;
  y: number;
  width: number;
  height: number;
  colorClass: string;
  tip: string[];
}

/** A legend entry, in legend order. */
export interface LegendModel {
  name: string;
  colorClass: string;
  marker: Marker;
  dashed: boolean;
  hidden: boolean;
}

/** Everything the renderer needs to draw one panel: plain numbers and strings, no DOM. */
export interface ChartModel {
  chartId: string;
  width: number;
  height: number;
  fontSize: number;
  markerSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Category labels under bars draw rotated; line charts have none. */
  xAxis: AxisModel & { rotateLabels?: boolean };
  yAxis: AxisModel;
  grid: { x: number[]; y: number[] };
  series: SeriesModel[];
  bars: BarModel[];
  baselines: BaselineModel[];
  markers: VerticalMarkerModel[];
  legend: LegendModel[];
  /** Model id to emphasise, if any. */
  highlight: string | null;
  /** One-sentence description for screen readers (the SVG's <desc>). */
  description: string;
}
