/**
 * Input shapes the chart model reads: picked from the schemas of content/data/figures.json and
 * models.json (src/lib/data/), listing only what charts need, so the model can be unit-tested
 * with small literal panels.
 */

import type { Family } from '../data/families';
import type { FiguresData } from '../data/figures-schema';
import type { ModelsData } from '../data/models-schema';

/** The five model families of Figure 2, plus Anthropic's models in Figure 3D (calibration). */
export type { Family };

/** Marker shapes drawn at data points. */
export type Marker =
  | 'circle'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'pentagon'
  | 'star'
  | 'cross'
  | 'plus'
  | 'none'
  | (string & {});

// The shapes below are picked from the dataset schemas (src/lib/data/*-schema.ts), so a panel as
// figures.json holds it is a panel the model can draw, and a change to the schema reaches the
// chart's types. Only type imports: no zod reaches the browser.

type FigurePanel = FiguresData['figures'][number]['panels'][number];
type FigureAxis = FigurePanel['x'];
type FigureSeries = FigurePanel['series'][number];
type FigureModel = ModelsData['models'][number];

/** A printed axis tick. */
export type TickSpec = Pick<FigureAxis['ticks'][number], 'value' | 'label' | 'offPosition'>;

/** An axis as printed: label, scale, direction, range and ticks. */
export type AxisSpec = Pick<FigureAxis, 'label' | 'scale' | 'reversed' | 'domain'> & {
  ticks: TickSpec[];
};

/** One data point with the model it belongs to. */
export type PointSpec = Pick<FigureSeries['points'][number], 'x' | 'y' | 'model'>;

/** One plotted series. */
export type SeriesSpec = Pick<FigureSeries, 'name' | 'family' | 'color' | 'marker' | 'dashed'> & {
  points: PointSpec[];
};

/** A horizontal reference line such as "Random" or "Prior SOTA". */
export type BaselineSpec = Pick<FigurePanel['baselines'][number], 'name' | 'value' | 'dashed'>;

/** Category counts of a stacked bar chart (Figure 8). */
export interface BarsSpec {
  categories: string[];
  stacks: Pick<NonNullable<FigurePanel['bars']>['stacks'][number], 'name' | 'counts'>[];
}

/** One panel of a figure. */
export type PanelSpec = Pick<FigurePanel, 'chartId' | 'panel' | 'kind' | 'title'> & {
  x: AxisSpec;
  y: AxisSpec;
  series: SeriesSpec[];
  baselines: BaselineSpec[];
  bars?: BarsSpec | undefined;
};

/** What charts need to know about a model. */
export type ModelSpec = Pick<FigureModel, 'id' | 'family' | 'name' | 'params' | 'flops'> & {
  flopsSources?: FigureModel['flopsSources'] | undefined;
};

/** An emergence threshold from Table 1 to mark on a panel. */
export interface EmergenceSpec {
  flops: number;
  params: number;
  model: string;
}
