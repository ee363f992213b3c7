import type { ChartModel } from './model-types';
import type { PanelSpec } from './types';
import type { ChartView } from './view';
import { buildLineModel, type ChartContext } from './line-model';
import { buildBarModel } from './bar-model';

/** Builds the drawable model of any panel kind under a view: the single entry point for every renderer. */
export function buildChartModel(panel: PanelSpec, view: ChartView, ctx: ChartContext): ChartModel {
  return panel.bars ? buildBarModel(panel, view, ctx) : buildLineModel(panel, view, ctx);
}

export type { ChartContext };
