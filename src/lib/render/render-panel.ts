/** Composition of the chart model and the renderer: the one call that draws a panel, at build time and in the browser. */
import { bundleChartModel, type BoxOrName, type PanelBundle } from '../chart/panel-bundle';
import type { ChartView } from '../chart/view';
import type { LabelMode } from '../chart/model-types';
import type { Lang } from '../i18n/ui';
import { renderChartSvg, type RenderedSvg, type RenderOptions } from './svg';

/** Renders a panel bundle under a view in one box: the call both the build and the island make. */
export function renderPanel(
  bundle: PanelBundle,
  view: ChartView,
  box: BoxOrName,
  lang: Lang,
  options: Omit<RenderOptions, 'idPrefix'> & { idPrefix?: string; labels?: LabelMode | undefined },
): RenderedSvg {
  const model = bundleChartModel(bundle, view, box, lang, { labels: options.labels });
  const name = typeof box === 'string' ? box : `${box.width}x${box.height}`;
  return renderChartSvg(model, {
    colors: options.colors,
    title: options.title,
    idPrefix: options.idPrefix ?? `${bundle.panel.chartId}-${name}`,
  });
}
