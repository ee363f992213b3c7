/**
 * Predict-then-reveal as a slide build, loaded only by decks that use it: the small models of a
 * family, then a trend fitted to them, then every model next to the trend (src/lib/predict/scene.ts),
 * laid out for the slide's box.
 */
import type { PanelBundle } from '../lib/chart/panel-bundle';
import type { ChartBox } from '../lib/chart/layout';
import type { Lang } from '../lib/i18n/ui';
import type { Dictionary } from '../lib/i18n/en';
import { familyChoices, predictionScene, renderScene } from '../lib/predict/scene';
import { predictPhase } from '../lib/present/deck';

/** The chart of one predict step for a box, with the sentence that explains it; null when the family is not in the panel. */
export function predictSvg(
  bundle: PanelBundle,
  req: { family: string; cutoff: string | null; step: number },
  box: ChartBox,
  lang: Lang,
  strings: Dictionary['predictStatus'],
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
    strings,
  );
  if (!scene) return null;
  return {
    svg: renderScene(bundle, scene, box, lang, idPrefix, 'direct'),
    message: scene.message,
  };
}
