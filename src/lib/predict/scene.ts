/**
 * The predict-then-reveal exercise as plain data: which families and cut-offs a panel offers, and
 * the derived panel (larger models hidden, a dashed trend added) that the shared chart model and
 * SVG renderer draw. No DOM: the island only reads form values and swaps the SVG.
 */
import { bundleChartModel, type BoxOrName, type PanelBundle } from '../chart/panel-bundle';
import type { LabelMode } from '../chart/model-types';
import type { PanelSpec, PointSpec, SeriesSpec } from '../chart/types';
import type { Lang } from '../i18n/ui';
import { defaultView, nativeXQuantity, type ChartView } from '../chart/view';
import { splitUnit } from '../chart/line-model';
import { seriesStyles } from '../chart/families';
import { renderChartSvg } from '../render/svg';
import { formatParamCount, formatScientific, formatValue } from '../format/number';
import { extrapolationSeries, fitLogLinear, predict, type FitOutcome } from './fit';
import { fillTemplate } from '../format/template';
import type { Dictionary } from '../i18n/en';

/** One model the reader can pick as the cut-off. */
export interface CutoffChoice {
  /** Model id. */
  model: string;
  /** "GPT-3 6.7B (1.2 × 10²² FLOPs)". */
  label: string;
  /** Its x value as plotted. */
  x: number;
}

/** A family series the exercise can run on, with its cut-off choices (every model but the largest). */
export interface FamilyChoice {
  /** Series name (the family's name in Figure 2). */
  series: string;
  cutoffs: CutoffChoice[];
  /** Model id preselected as the cut-off. */
  defaultCutoff: string;
}

/** What the reader asked for. */
export interface PredictRequest {
  /** Family series name. */
  series: string;
  /** Cut-off model id: models at or below its scale are "known". */
  cutoff: string;
  /** hidden: larger models hidden, no trend yet; fitted: larger models hidden, trend drawn; revealed: everything drawn next to the trend. */
  phase: 'hidden' | 'fitted' | 'revealed';
  /** The reader's committed guess for the largest model, in the panel's y unit (quoted back on reveal). */
  guess?: number;
}

/** Everything needed to draw and describe one state of the exercise. */
export interface PredictScene {
  /** The derived panel: series filtered to the known models, plus the trend series when fitted. */
  panel: PanelSpec;
  view: ChartView;
  fit: FitOutcome;
  /** Name of the dashed trend series, or null when no line could be fitted. */
  trendName: string | null;
  /** Colour class of the family, reused for its trend. */
  familyClass: string;
  cutoff: string;
  /** Label of the cut-off marker. */
  cutoffMarker: string;
  /** Whether to draw Table 1's emergence marker (it would give the answer away before the reveal). */
  showEmergence: boolean;
  /** The sentence for the live region. */
  message: string;
}

/** Number of log-spaced intervals the trend is drawn with (a straight line needs few; clamping adds its bends). */
const TREND_STEPS = 24;

/** A model's scale as the panel's x axis measures it. */
function formatX(x: number, panel: PanelSpec, lang: Lang): string {
  const q = nativeXQuantity(panel);
  if (q === 'flops') return `${formatScientific(x)} FLOPs`;
  if (q === 'params') return formatParamCount(x, lang);
  return formatValue(x);
}

/** A y value with the unit of the panel's y axis ("33%"); `digits` rounds to significant digits (estimates read better short). */
export function formatY(y: number, panel: PanelSpec, digits?: number): string {
  const { unit } = splitUnit(panel.y.label);
  const value = digits === undefined ? formatValue(y) : formatValue(Number(y.toPrecision(digits)));
  return `${value}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
}

/** A family series' points that name a model, in x order. */
function modelPoints(series: SeriesSpec): (PointSpec & { model: string })[] {
  return series.points
    .filter((p): p is PointSpec & { model: string } => typeof p.model === 'string' && p.x > 0)
    .sort((a, b) => a.x - b.x);
}

/** The families a panel offers (series with a family and at least two models), with their cut-offs. */
export function familyChoices(bundle: PanelBundle, lang: Lang): FamilyChoice[] {
  const names = new Map(bundle.models.map((m) => [m.id, m.name]));
  return bundle.panel.series.flatMap((s) => {
    const pts = modelPoints(s);
    if (!s.family || pts.length < 2) return [];
    const cutoffs = pts.slice(0, -1).map((p) => ({
      model: p.model,
      x: p.x,
      label: `${names.get(p.model) ?? p.model} (${formatX(p.x, bundle.panel, lang)})`,
    }));
    // Default: two models below the largest, which on Figure 2 is usually just before the jump.
    const preset = cutoffs[Math.max(1, cutoffs.length - 2)] ?? cutoffs[0]!;
    return [{ series: s.name, cutoffs, defaultCutoff: preset.model }];
  });
}

/** The family preselected: the one whose largest model scores highest (the most striking reveal). */
export function defaultFamily(bundle: PanelBundle, choices: FamilyChoice[]): string | null {
  let best: { name: string; y: number } | null = null;
  for (const c of choices) {
    const series = bundle.panel.series.find((s) => s.name === c.series);
    const last = series ? modelPoints(series).at(-1) : undefined;
    if (last && (best === null || last.y > best.y)) best = { name: c.series, y: last.y };
  }
  return best?.name ?? null;
}

/**
 * The state of the exercise for a request, or null when the family or cut-off is not in the panel.
 * `t` is the dictionary's predictStatus namespace in the reader's language (islands get it from
 * their page, so the exercise's sentences never ship in a bundle).
 */
export function predictionScene(
  bundle: PanelBundle,
  req: PredictRequest,
  t: Dictionary['predictStatus'],
): PredictScene | null {
  const { panel } = bundle;
  const si = panel.series.findIndex((s) => s.name === req.series);
  const family = panel.series[si];
  if (!family) return null;
  const pts = modelPoints(family);
  const cut = pts.find((p) => p.model === req.cutoff);
  const largest = pts.at(-1);
  if (!cut || !largest) return null;
  const names = new Map(bundle.models.map((m) => [m.id, m.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;

  const known = pts.filter((p) => p.x <= cut.x);
  const fit = fitLogLinear(known);
  const series: SeriesSpec[] = panel.series.map((s) =>
    req.phase === 'revealed' ? s : { ...s, points: s.points.filter((p) => p.x <= cut.x) },
  );
  const guess =
    req.guess !== undefined && Number.isFinite(req.guess) ? formatY(req.guess, panel) : null;
  let trendName: string | null = null;
  let message: string;
  if (req.phase === 'hidden') {
    message = fillTemplate(t.hidden, {
      family: family.name,
      cutoff: nameOf(cut.model),
      largest: nameOf(largest.model),
    });
  } else if (fit.status === 'fit') {
    trendName = fillTemplate(t.trendName, { cutoff: nameOf(cut.model) });
    const xMax = Math.max(...panel.x.domain);
    series.push({
      name: trendName,
      color: '',
      marker: 'none',
      dashed: true,
      points: extrapolationSeries(fit, known[0]!.x, xMax, TREND_STEPS, panel.y.domain),
    });
    const predicted = formatY(predict(fit, largest.x, panel.y.domain), panel, 2);
    message =
      req.phase === 'revealed'
        ? fillTemplate(guess === null ? t.revealed : t.revealedGuess, {
            largest: nameOf(largest.model),
            predicted,
            actual: formatY(largest.y, panel),
            guess: guess ?? '',
          })
        : fillTemplate(t.fitted, {
            n: fit.n,
            family: family.name,
            cutoff: nameOf(cut.model),
            largest: nameOf(largest.model),
            predicted,
          });
  } else if (req.phase === 'revealed') {
    message = fillTemplate(guess === null ? t.revealedNoTrend : t.revealedNoTrendGuess, {
      largest: nameOf(largest.model),
      actual: formatY(largest.y, panel),
      guess: guess ?? '',
    });
  } else {
    message = fit.reason === 'same-x' ? t.sameX : t.tooFew;
  }
  const derived: PanelSpec = { ...panel, series };
  return {
    panel: derived,
    view: { ...defaultView(derived), highlight: req.phase === 'revealed' ? largest.model : null },
    fit,
    trendName,
    familyClass: seriesStyles(panel.series)[si]?.colorClass ?? '',
    cutoff: cut.model,
    cutoffMarker: t.cutoffMarker,
    showEmergence: req.phase === 'revealed',
    message,
  };
}

/** Draws a scene in a named page layout or any box (slides) with the shared chart model and renderer. */
export function renderScene(
  bundle: PanelBundle,
  scene: PredictScene,
  box: BoxOrName,
  lang: Lang,
  idPrefix: string,
  labels: LabelMode = 'none',
): string {
  const model = bundleChartModel(bundle, scene.view, box, lang, {
    panel: scene.panel,
    emergence: scene.showEmergence ? bundle.emergence : [],
    labels,
  });
  // The trend has no family of its own (it must not take the family's markers), so it borrows the colour here.
  const trend = model.series.find((s) => s.name === scene.trendName);
  if (trend) trend.colorClass = scene.familyClass;
  for (const label of model.directLabels)
    if (label.name === scene.trendName) label.colorClass = scene.familyClass;
  const cutPoint = model.series.flatMap((s) => s.points).find((p) => p.model === scene.cutoff);
  if (cutPoint)
    model.markers.push({
      x: cutPoint.cx,
      label: scene.cutoffMarker,
      row: model.markers.length,
    });
  return renderChartSvg(model, { colors: 'classes', idPrefix }).svg;
}
