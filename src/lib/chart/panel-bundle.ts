import type { EmergenceSpec, ModelSpec, PanelSpec } from './types';
import type { Lang } from '../i18n/ui';
import type { ChartView } from './view';
import type { LayoutName } from './layout';
import { buildChartModel } from './model';
import type { ChartModel } from './model-types';
import { renderChartSvg, type RenderOptions } from '../render/svg';

/** Everything needed to draw one panel, as published at /data/panels/<chart-id>.json. */
export interface PanelBundle {
  figure: number;
  panel: PanelSpec;
  models: ModelSpec[];
  emergence: EmergenceSpec[];
  flopsChartId: string | null;
}

/** The chart model of a bundle's panel (or a derived panel drawn with the bundle's models) under a view. */
export function bundleChartModel(
  bundle: PanelBundle,
  view: ChartView,
  layout: LayoutName,
  lang: Lang,
  { panel = bundle.panel, emergence = bundle.emergence }: { panel?: PanelSpec; emergence?: EmergenceSpec[] } = {},
): ChartModel {
  return buildChartModel(panel, view, {
    models: new Map(bundle.models.map((m) => [m.id, m])),
    figure: bundle.figure,
    layout,
    lang,
    emergence,
    flopsChartId: bundle.flopsChartId ?? undefined,
  });
}

/** Renders a panel bundle under a view in one layout: the call both the build and the island make. */
export function renderPanel(
  bundle: PanelBundle,
  view: ChartView,
  layout: LayoutName,
  lang: Lang,
  options: Omit<RenderOptions, 'idPrefix'> & { idPrefix?: string },
): string {
  const model = bundleChartModel(bundle, view, layout, lang);
  return renderChartSvg(model, { ...options, idPrefix: options.idPrefix ?? `${bundle.panel.chartId}-${layout}` });
}
