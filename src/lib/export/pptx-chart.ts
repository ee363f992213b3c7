/**
 * What a PowerPoint chart of a panel shows: series, axes, colours, markers, baselines, title,
 * source and notes, as plain data. Pure (no DOM, no pptxgenjs), so the build, the browser and
 * the unit tests share it; src/lib/export/pptx.ts turns it into a .pptx.
 */
import type { PanelBundle } from '../chart/panel-bundle';
import { bundleChartModel } from '../chart/panel-bundle';
import type { ChartView } from '../chart/view';
import { nativeXQuantity } from '../chart/view';
import type { AxisSpec, BaselineSpec, Marker } from '../chart/types';
import { colorOfClass, PALETTE } from '../chart/families';
import { powerOfTenDomain } from '../chart/ticks';
import type { Lang } from '../i18n/ui';

/** Marker symbols a PowerPoint chart can draw (ECMA-376 ST_MarkerStyle, minus "picture"). */
export type PptxMarker =
  'circle' | 'square' | 'diamond' | 'triangle' | 'x' | 'plus' | 'star' | 'dash' | 'dot' | 'none';

/** One scatter series: points in draw order, how it looks, and whether it is data or a reference line. */
export interface PptxSeries {
  name: string;
  /** RGB hex without '#', as OOXML wants it. */
  color: string;
  marker: PptxMarker;
  /** Whether a line joins the points (false for Figure 9's plain scatter). */
  line: boolean;
  dashed: boolean;
  role: 'data' | 'baseline';
  points: { x: number; y: number }[];
}

/** A value axis as PowerPoint should draw it. */
export interface PptxAxis {
  title: string;
  log: boolean;
  /** Base of a log axis: 10, or 2 for an axis spanning less than a decade (see axisRange); null when linear. */
  logBase: number | null;
  reversed: boolean;
  min: number;
  max: number;
  /** Distance between labelled ticks on a linear axis; log axes label every power of ten. */
  majorUnit: number | null;
  /** Excel number format of the tick labels. */
  format: string;
}

/** Text shared by every chart slide. */
interface PptxChartText {
  chartId: string;
  title: string;
  /** Source line: paper and figure, then the permalink. */
  source: { text: string; url: string };
  /** The chart's one-sentence description (ChartModel.description), for the slide notes. */
  description: string;
  /** Language of the labels, for the few words the writer adds itself. */
  lang: Lang;
}

/** A line or scatter panel: an XY chart. */
export interface PptxScatterChart extends PptxChartText {
  kind: 'scatter';
  x: PptxAxis;
  y: PptxAxis;
  series: PptxSeries[];
}

/** Figure 8: a stacked column chart. */
export interface PptxBarChart extends PptxChartText {
  kind: 'bar';
  xTitle: string;
  y: PptxAxis;
  categories: string[];
  stacks: { name: string; color: string; counts: number[] }[];
}

/** Either kind of chart slide. */
export type PptxChart = PptxScatterChart | PptxBarChart;

/** Title and source of a chart, which the caller knows (site metadata or the island's data-* attributes). */
export interface PptxChartLabels {
  title: string;
  /** "Data: Wei et al. 2022, Figure 2A". */
  sourceText: string;
  permalink: string;
  lang?: Lang | undefined;
}

/** Preference order when a panel's marker has no PowerPoint equivalent or is already taken. */
const MARKER_FALLBACK: PptxMarker[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'x',
  'plus',
  'star',
  'dash',
];

/** PowerPoint has no pentagon marker; PaLM's pentagon becomes a star (kept distinct by markersFor). */
const MARKER_MAP: Record<string, PptxMarker> = {
  circle: 'circle',
  square: 'square',
  diamond: 'diamond',
  triangle: 'triangle',
  pentagon: 'star',
  star: 'star',
  cross: 'x',
  plus: 'plus',
  none: 'none',
};

/** PowerPoint symbols for the site's markers, keeping them distinct within one chart as the site does. */
export function markersFor(markers: readonly Marker[]): PptxMarker[] {
  const used = new Set<PptxMarker>();
  return markers.map((m) => {
    let symbol = MARKER_MAP[m] ?? 'circle';
    if (symbol !== 'none' && used.has(symbol))
      symbol = MARKER_FALLBACK.find((s) => !used.has(s)) ?? symbol;
    used.add(symbol);
    return symbol;
  });
}

const hex = (css: string): string => css.replace(/^#/, '').toUpperCase();

/** `n` rounded to two significant digits, downwards or upwards, so a log axis ends on a readable number. */
function round2sig(n: number, dir: 'down' | 'up'): number {
  const p = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Number(((dir === 'down' ? Math.floor(n / p) : Math.ceil(n / p)) * p).toPrecision(2));
}

/** A 1-2-5 step giving about five intervals over a span. */
function niceStep(span: number): number {
  const raw = span / 5 || 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/**
 * Where a narrow base-2 log axis starts. Its labels fall at min·2ᵏ, so min is chosen among the
 * paper's ticks halved (once to four times) for the most labels on printed ticks, then the least
 * wasted space: Figure 4's perplexity (ticks 5, 7, 10, 15, 20) gets 2.5, 5, 10, 20; Figure 6's
 * error rate (40…100) gets 20, 40, 80. Without such a start, the power of two below the data.
 */
function narrowLogMin(lo: number, max: number, ticks: number[]): number {
  const onTick = (v: number): boolean => ticks.some((t) => Math.abs(v - t) <= 1e-9 * t);
  let best: { min: number; hits: number } | null = null;
  for (const t of ticks) {
    for (let j = 1; j <= 4; j++) {
      const min = t / 2 ** j;
      if (min > lo || min * 2 > max) continue;
      let hits = 0;
      for (let v = min; v <= max * (1 + 1e-9); v *= 2) if (onTick(v)) hits++;
      if (!best || hits > best.hits || (hits === best.hits && min > best.min)) best = { min, hits };
    }
  }
  return best?.min ?? 2 ** Math.floor(Math.log2(lo) + 1e-9);
}

/**
 * The range of an axis. PowerPoint labels a log axis at min·baseᵏ and a linear one at min + k·unit,
 * so the paper's padded domains (−3.99999…52) would give labels like −4, 6, 16: instead a linear
 * axis spans the printed ticks and the data, snapped to the printed tick spacing, and a log axis
 * spanning a decade or more ends on powers of ten (as the paper's ticks do). A narrower log axis
 * (Figure 4's perplexity 4.5–23, Figure 5's error rate 68–102 %) cannot be labelled at the paper's
 * ticks; base 2 from a suitable start (narrowLogMin) gives it labels without moving a point.
 */
function axisRange(
  values: number[],
  log: boolean,
  printed: AxisSpec | null,
): { min: number; max: number; majorUnit: number | null; logBase: number | null } {
  if (log) {
    const all = [...values, ...(printed ? printed.domain : [])].filter((v) => v > 0);
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    if (hi / lo >= 10) {
      const [min, max] = powerOfTenDomain(lo, hi);
      return { min, max, majorUnit: 10, logBase: 10 };
    }
    const max = round2sig(hi, 'up');
    return {
      min: narrowLogMin(
        lo,
        max,
        printed ? printed.ticks.map((t) => t.value).filter((v) => v > 0) : [],
      ),
      max,
      majorUnit: 2,
      logBase: 2,
    };
  }
  const ticks = printed ? [...printed.ticks.map((t) => t.value)].sort((a, b) => a - b) : [];
  const all = [...values, ...ticks];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const gaps = ticks
    .slice(1)
    .map((t, i) => t - (ticks[i] ?? t))
    .filter((g) => g > 0);
  const unit = gaps.length > 0 ? Math.min(...gaps) : niceStep(hi - lo);
  // Float noise (0.1 + 0.2) must not push a bound a whole step out.
  const min = Math.floor(lo / unit + 1e-9) * unit;
  const max = Math.ceil(hi / unit - 1e-9) * unit;
  return {
    min: Number(min.toPrecision(12)),
    max: Number((max > min ? max : min + unit).toPrecision(12)),
    majorUnit: unit,
    logBase: null,
  };
}

/**
 * Tick label format: FLOPs as 1E+22, parameters as 10M / 1B (the paper's own labels). Other log
 * axes get a few decimals at most: labels there are min·baseᵏ, computed in floating point, and
 * "General" shows the noise (LibreOffice printed 99.9999999999999 for 100); the section bounds
 * sit just below 1 and 10 so that 9.9999… still reads "10".
 */
function axisFormat(quantity: 'flops' | 'params' | 'other', log: boolean): string {
  if (quantity === 'params') return '[>=1000000000]0,,,"B";[>=1000000]0,,"M";0';
  if (quantity === 'flops' && log) return '0E+0';
  return log ? '[<0.995]0.0##;[<9.95]0.0#;0' : 'General';
}

/** A baseline as the data file writes it: Figure 9 draws its random-performance line across x. */
type BaselineWithAxis = BaselineSpec & { axis?: 'x' | 'y' | undefined };

/** Describes the PowerPoint chart of a bundle's panel under a view (hidden series left out, as on screen). */
export function pptxChartOf(
  bundle: PanelBundle,
  view: ChartView,
  labels: PptxChartLabels,
): PptxChart {
  const lang = labels.lang ?? 'en';
  const { panel } = bundle;
  const model = bundleChartModel(bundle, view, 'large', lang);
  const text: PptxChartText = {
    chartId: panel.chartId,
    title: labels.title,
    source: { text: labels.sourceText, url: labels.permalink },
    description: model.description,
    lang,
  };
  const shown = new Set(view.series);

  if (panel.bars) {
    // Colours as bar-model.ts assigns them: by the stack's position in the full list, so hiding one never recolours the rest.
    const stacks = panel.bars.stacks.flatMap((st, i) =>
      shown.has(st.name)
        ? [
            {
              name: st.name,
              color: hex(colorOfClass(`c-cat${i % 8}`, 'light')),
              counts: [...st.counts],
            },
          ]
        : [],
    );
    const totals = panel.bars.categories.map((_, ci) =>
      stacks.reduce((sum, st) => sum + (st.counts[ci] ?? 0), 0),
    );
    const range = axisRange([0, ...totals], false, panel.y);
    return {
      ...text,
      kind: 'bar',
      // The bar model leaves the x title to the category labels; the paper prints "Keyword Tag".
      xTitle: model.xAxis.title || panel.x.label,
      y: { title: model.yAxis.title, log: false, reversed: false, ...range, format: 'General' },
      categories: [...panel.bars.categories],
      stacks,
    };
  }

  const native = nativeXQuantity(panel);
  const xQuantity = view.x === 'native' ? native : view.x;
  const xNative = view.x === 'native' || view.x === native;
  const xLog = xNative ? panel.x.scale === 'log' : true;
  const yLog = view.y === 'log';
  const yNative = view.y === panel.y.scale;
  const markers = markersFor(model.series.map((s) => s.marker));
  const data: PptxSeries[] = model.series.flatMap((s, i) =>
    // A series with no point under this view (no known x value) would be an empty, unplottable range.
    s.hidden || s.points.length === 0
      ? []
      : [
          {
            name: s.name,
            color: hex(colorOfClass(s.colorClass, 'light')),
            marker: markers[i] ?? 'circle',
            line: panel.kind !== 'scatter',
            dashed: s.dashed,
            role: 'data' as const,
            // x order, as the site draws lines, so a switched x quantity never makes the line double back.
            points: [...s.points].sort((a, b) => a.x - b.x).map((p) => ({ x: p.x, y: p.y })),
          },
        ],
  );
  const xs = data.flatMap((s) => s.points.map((p) => p.x));
  const ys = data.flatMap((s) => s.points.map((p) => p.y));
  const baselines = panel.baselines as BaselineWithAxis[];
  const onX = baselines.filter((b) => b.axis === 'x');
  const onY = baselines.filter((b) => b.axis !== 'x');
  const xr = axisRange([...xs, ...onX.map((b) => b.value)], xLog, xNative ? panel.x : null);
  // A y baseline outside the printed range is left out on screen too (line-model.ts); it must not widen the axis.
  const [pLo, pHi] = [Math.min(...panel.y.domain), Math.max(...panel.y.domain)];
  const yBaselines = onY.filter(
    (b) => (yLog ? b.value > 0 : true) && (!yNative || (b.value >= pLo && b.value <= pHi)),
  );
  const yr = axisRange([...ys, ...yBaselines.map((b) => b.value)], yLog, yNative ? panel.y : null);
  const grey = hex(PALETTE.light.baseline);
  const reference = (b: BaselineWithAxis, points: { x: number; y: number }[]): PptxSeries => ({
    name: b.name,
    color: grey,
    marker: 'none',
    line: true,
    dashed: b.dashed,
    role: 'baseline',
    points,
  });
  const refs = [
    ...yBaselines.map((b) =>
      reference(b, [
        { x: xr.min, y: b.value },
        { x: xr.max, y: b.value },
      ]),
    ),
    ...onX.map((b) =>
      reference(b, [
        { x: b.value, y: yr.min },
        { x: b.value, y: yr.max },
      ]),
    ),
  ];
  return {
    ...text,
    kind: 'scatter',
    x: {
      title: model.xAxis.title,
      log: xLog,
      reversed: xNative && panel.x.reversed,
      ...xr,
      format: axisFormat(xQuantity, xLog),
    },
    y: {
      title: model.yAxis.title,
      log: yLog,
      reversed: panel.y.reversed,
      ...yr,
      format: axisFormat('other', yLog),
    },
    series: [...data, ...refs],
  };
}
