import type { EmergenceSpec, ModelSpec, PanelSpec } from './types';
import type { Lang } from '../i18n/ui';
import type { ChartView } from './view';
import { NAMED_BOXES, type ChartBox, type LayoutName } from './layout';
import { buildChartModel } from './model';
import type { ChartModel, LabelMode } from './model-types';

/** Everything needed to draw one panel, as published at /data/panels/<chart-id>.json. */
export interface PanelBundle {
  figure: number;
  panel: PanelSpec;
  models: ModelSpec[];
  emergence: EmergenceSpec[];
  flopsChartId: string | null;
}

/** A named page box or any box. */
export type BoxOrName = LayoutName | ChartBox;

/** The box of a named layout, or the box itself. */
export function resolveBox(box: BoxOrName): ChartBox {
  return typeof box === 'string' ? NAMED_BOXES[box] : box;
}

/** Options of a bundle's chart model besides view, box and language. */
export interface BundleModelOptions {
  /** A derived panel drawn with the bundle's models (the predict exercise). */
  panel?: PanelSpec;
  emergence?: EmergenceSpec[];
  labels?: LabelMode | undefined;
}

/** The chart model of a bundle's panel (or a derived panel drawn with the bundle's models) under a view, laid out for a box. */
export function bundleChartModel(
  bundle: PanelBundle,
  view: ChartView,
  box: BoxOrName,
  lang: Lang,
  { panel = bundle.panel, emergence = bundle.emergence, labels }: BundleModelOptions = {},
): ChartModel {
  return buildChartModel(panel, view, {
    models: new Map(bundle.models.map((m) => [m.id, m])),
    figure: bundle.figure,
    box: resolveBox(box),
    labels,
    lang,
    emergence,
    flopsChartId: bundle.flopsChartId ?? undefined,
  });
}
