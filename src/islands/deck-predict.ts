/**
 * Predict-then-reveal as a slide build, loaded only by decks that use it: the small models of a
 * family, then a trend fitted to them, then every model next to the trend (src/lib/predict/scene.ts),
 * laid out for the slide's box.
 */
import { bundleChartModel, type PanelBundle } from '../lib/chart/panel-bundle';
import type { ChartBox } from '../lib/chart/layout';
import type { Lang } from '../lib/i18n/ui';
import { renderChartSvg } from '../lib/render/svg';
import { familyChoices, predictionScene } from '../lib/predict/scene';
import { PREDICT_STRINGS } from '../lib/predict/strings';
import { predictPhase } from '../lib/present/deck';

/** The chart of one predict step for a box, with the sentence that explains it; null when the family is not in the panel. */
export function predictSvg(
  bundle: PanelBundle,
  req: { family: string; cutoff: string | null; step: number },
  box: ChartBox,
  lang: Lang,
  idPrefix: string,
): { svg: string; message: string } | null {
  const choice = familyChoices(bundle, lang).find((c) => c.series === req.family);
  if (!choice) return null;
  const cutoff =
    req.cutoff !== null && choice.cutoffs.some((c) => c.model === req.cutoff)
      ? req.cutoff
      : choice.defaultCutoff;
  const scene = predictionScene(
    bundle,
    { series: choice.series, cutoff, phase: predictPhase(req.step) },
    lang,
  );
  if (!scene) return null;
  // As renderScene (src/lib/predict/scene.ts) does for the page's named layouts, here for any box.
  const model = bundleChartModel(bundle, scene.view, box, lang, {
    panel: scene.panel,
    emergence: scene.showEmergence ? bundle.emergence : [],
    labels: 'direct',
  });
  const trend = model.series.find((s) => s.name === scene.trendName);
  if (trend) trend.colorClass = scene.familyClass;
  for (const label of model.directLabels)
    if (label.name === scene.trendName) label.colorClass = scene.familyClass;
  const cutPoint = model.series.flatMap((s) => s.points).find((p) => p.model === scene.cutoff);
  if (cutPoint)
    model.markers.push({
      x: cutPoint.cx,
      label: PREDICT_STRINGS[lang].cutoffMarker,
      row: model.markers.length,
    });
  return {
    svg: renderChartSvg(model, { colors: 'classes', idPrefix }).svg,
    message: scene.message,
  };
}
