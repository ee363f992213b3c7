/**
 * Input shapes the chart model reads. They mirror content/data/figures.json and models.json
 * (validated by the zod schemas in src/lib/data/) but list only what charts need, so the model
 * can be unit-tested with small literal panels.
 */

/** The five model families of Figure 2, plus Anthropic's models in Figure 3D (calibration). */
export type Family = 'LaMDA' | 'GPT-3' | 'Gopher' | 'Chinchilla' | 'PaLM' | 'Anthropic';

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

/** A printed axis tick. */
export interface TickSpec {
  value: number;
  label: string;
  offPosition?: boolean | undefined;
}

/** An axis as printed: label, scale, direction, range and ticks. */
export interface AxisSpec {
  label: string;
  scale: 'log' | 'linear';
  reversed: boolean;
  domain: [number, number] | number[];
  ticks: TickSpec[];
}

/** One data point with the model it belongs to. */
export interface PointSpec {
  x: number;
  y: number;
  model?: string | undefined;
  label?: string | undefined;
}

/** One plotted series. */
export interface SeriesSpec {
  name: string;
  family?: Family | undefined;
  color: string;
  marker: Marker;
  dashed: boolean;
  points: PointSpec[];
}

/** A horizontal reference line such as "Random" or "Prior SOTA". */
export interface BaselineSpec {
  name: string;
  value: number;
  dashed: boolean;
}

/** Category counts of a stacked bar chart (Figure 8). */
export interface BarsSpec {
  categories: string[];
  stacks: { name: string; counts: number[] }[];
}

/** One panel of a figure. */
export interface PanelSpec {
  chartId: string;
  panel: string;
  kind: string;
  title: string;
  x: AxisSpec;
  y: AxisSpec;
  series: SeriesSpec[];
  baselines: BaselineSpec[];
  bars?: BarsSpec | undefined;
}

/** What charts need to know about a model. */
export interface ModelSpec {
  id: string;
  family: string;
  name: string;
  params: number | null;
  flops: number[];
  flopsSources?: { value: number; chartIds: string[] }[] | undefined;
}

/** An emergence threshold from Table 1 to mark on a panel. */
export interface EmergenceSpec {
  flops: number;
  params: number;
  model: string;
}
