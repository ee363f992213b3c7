import type { Marker } from './types';
import type { TickLabel } from './ticks';

/** One tick on an axis, positioned in viewBox units. */
export interface TickModel {
  pos: number;
  label: TickLabel;
  /** False when the label was thinned out because neighbours would overlap it. */
  showLabel: boolean;
}

/** A drawn axis: its title (already shortened to fit) and positioned ticks. */
export interface AxisModel {
  title: string;
  /** Where the title is drawn: its baseline (x axis) or its centre line (rotated y title). */
  titlePos: number;
  ticks: TickModel[];
}

/** How series are named in the SVG: at their last points, in a legend drawn in the SVG, or not at all (the page's HTML legend). */
export type LabelMode = 'direct' | 'legend' | 'none';

/** A series name drawn at its last point, in its colour (labels on the lines). */
export interface DirectLabelModel {
  name: string;
  colorClass: string;
  /** Text start and centre line, after nudging labels apart. */
  x: number;
  y: number;
  /** The series' last point, which a leader line joins when the label had to move away from it. */
  anchorX: number;
  anchorY: number;
  leader: boolean;
}

/** A legend entry drawn inside the SVG, with its position (top left of the swatch row). */
export interface LegendItemModel {
  name: string;
  colorClass: string;
  marker: Marker;
  dashed: boolean;
  x: number;
  y: number;
  /** Legend type size (it shrinks in small boxes). */
  fontSize: number;
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
  /** Series line width. */
  lineWidth: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Category labels under bars draw rotated; line charts have none. */
  xAxis: AxisModel & { rotateLabels?: boolean; labelSize?: number };
  yAxis: AxisModel;
  grid: { x: number[]; y: number[] };
  series: SeriesModel[];
  bars: BarModel[];
  baselines: BaselineModel[];
  markers: VerticalMarkerModel[];
  legend: LegendModel[];
  /** How series are named in the SVG (a requested "direct" falls back to "legend" where labels do not fit). */
  labelMode: LabelMode;
  /** Labels on the lines (labelMode "direct"). */
  directLabels: DirectLabelModel[];
  /** Legend drawn in the SVG (labelMode "legend"). */
  legendItems: LegendItemModel[];
  /** Model id to emphasise, if any. */
  highlight: string | null;
  /** One-sentence description for screen readers (the SVG's <desc>). */
  description: string;
}
