import type { EmergenceSpec, ModelSpec, PanelSpec } from './types';
import type { Lang } from '../i18n/ui';
import type { ChartView } from './view';
import type { LayoutName } from './layout';
import { buildChartModel } from './model';
import { renderChartSvg, type RenderOptions } from '../render/svg';

/** Everything needed to draw one panel, as published at /data/panels/<chart-id>.json. */
export interface PanelBundle {
  figure: number;
  panel: PanelSpec;
  models: ModelSpec[];
  emergence: EmergenceSpec[];
  flopsChartId: string | null;
}

/** Renders a panel bundle under a view in one layout: the call both the build and the island make. */
export function renderPanel(
  bundle: PanelBundle,
  view: ChartView,
  layout: LayoutName,
  lang: Lang,
  options: Omit<RenderOptions, 'idPrefix'> & { idPrefix?: string },
): string {
  const model = buildChartModel(bundle.panel, view, {
    models: new Map(bundle.models.map((m) => [m.id, m])),
    figure: bundle.figure,
    layout,
    lang,
    emergence: bundle.emergence,
    flopsChartId: bundle.flopsChartId ?? undefined,
  });
  return renderChartSvg(model, { ...options, idPrefix: options.idPrefix ?? `${bundle.panel.chartId}-${layout}` });
}
