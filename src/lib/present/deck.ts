/**
 * A presentation deck as a URL query: a short, versioned format read by /present/ and written by
 * /present/edit/ and "Add to deck". Each `s` parameter starts a slide; the chart-view parameters
 * that follow it (the same ones a chart page takes) belong to that slide's chart:
 *
 *   ?d=1&s=title&t=Emergence&s=fig2a&x=params&series=PaLM~GPT-3&b=series&s=fig2a&with=fig2b&slide=2
 *
 * Parsing never throws: unknown charts, broken views, too many slides and hostile text leave the
 * valid slides and a list of issues for the notice. Text is plain text, never markup.
 */
import type { ChartCapabilities, ChartView } from '../chart/view';
import {
  defaultUrlState,
  LIST_SEPARATOR,
  parseUrlState,
  serializeUrlState,
} from '../state/url-state';
import { migrateParams, MIGRATIONS, type ParamMigration } from '../state/migrations';

import { DECK_VERSION, MAX_SLIDES } from './limits';
/** Longest title of a title slide (characters); longer text is cut and reported. */
export const MAX_TITLE = 120;
/** Longest subtitle of a title slide (characters). */
export const MAX_SUBTITLE = 280;
/** Most issues listed one by one; the rest are counted. */
export const MAX_ISSUES = 30;
/** Most parameters one slide keeps (a view has at most a dozen); the rest are ignored and reported. */
export const MAX_SLIDE_PARAMS = 40;

/** The chart id that starts a title slide instead of a chart. */
export const TITLE_SLIDE = 'title';

/** Renames of a slide's own parameters, applied within each slide (chart-view renames use MIGRATIONS). */
export const DECK_MIGRATIONS: readonly ParamMigration[] = [
  { from: 'build', to: 'b', values: { families: 'series', scale: 'x' }, since: '2026-11' },
];

/** How a chart slide unfolds when the presenter advances. */
export type Build =
  | { kind: 'none' }
  /** Series one at a time, in the order of `order` (the slide's shown series). */
  | { kind: 'series' }
  /** Predict-then-reveal: small models of a family, then a trend, then the large models. */
  | { kind: 'predict'; family: string | null; cutoff: string | null }
  /** The x axis switches from training FLOPs to parameters. */
  | { kind: 'x' };

/** One chart on a slide: its id and view (series in the order they are built). */
export interface SlideChart {
  chart: string;
  view: ChartView;
}

/** A slide: a title with short text, one chart (with an optional build), or two charts side by side. */
export type Slide =
  | { kind: 'title'; title: string; subtitle: string }
  | { kind: 'chart'; chart: SlideChart; build: Build }
  | { kind: 'pair'; charts: [SlideChart, SlideChart] };

/** A deck: its slides, in order. */
export interface Deck {
  slides: Slide[];
}

/** What a deck needs to know of a chart to read its view. */
export interface DeckChartInfo {
  caps: ChartCapabilities;
  defaults: ChartView;
  /** Series that can run predict-then-reveal (families with at least two models), the preselected first. */
  predictFamilies: string[];
}

/** Every chart a deck may use, by id. */
export type DeckCatalog = ReadonlyMap<string, DeckChartInfo>;

/** A part of a deck link that could not be used. */
export interface DeckIssue {
  /** "slide 3: x", "s", "d", … */
  param: string;
  rawValue: string;
  reason: string;
}

/** Result of reading a deck link. */
export interface ParsedDeck {
  deck: Deck;
  /** 0-based slide to open (from `slide`, 1-based in the URL). */
  slide: number;
  issues: DeckIssue[];
}

const VIEW_KEYS = ['x', 'y', 'series', 'highlight'] as const;
const SLIDE_KEYS = new Set<string>([...VIEW_KEYS, 'b', 't', 'sub', 'fam', 'cut']);
const PAGE_ONLY_KEYS = new Set(['view', 'theme', 'controls', 'size', 'labels', 'height']);
/** Parameters of /present/ itself, not of the deck (`theme` is applied before first paint by public/theme-init.js). */
const GLOBAL_KEYS = new Set(['d', 'slide', 'speaker', 'theme']);

/** Shortens a raw value for the notice. */
function preview(raw: string): string {
  const chars = [...raw];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : raw;
}

// Control characters, bidirectional overrides and isolates, and the BOM: never useful in a slide
// title, and the bidi ones can make a title read differently from what it says.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Plain, single-line text of at most `max` characters (code points); says whether it was cut. */
export function cleanText(raw: string, max: number): { text: string; cut: boolean } {
  const flat = raw.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return { text: flat, cut: false };
  return {
    text: `${chars
      .slice(0, max - 1)
      .join('')
      .trimEnd()}…`,
    cut: true,
  };
}

/** A slide's parameters as read from the link, before validation. */
interface RawSlide {
  id: string;
  /** Where the slide started among the link's slides (1-based), for the notice. */
  n: number;
  params: URLSearchParams;
  /** Parameters seen for this slide (kept up to MAX_SLIDE_PARAMS). */
  size: number;
  with: { id: string; params: URLSearchParams; size: number } | null;
}

/** Reads one chart's view; its issues are named after the slide. */
function readView(
  info: DeckChartInfo,
  params: URLSearchParams,
  label: string,
  issues: DeckIssue[],
): { view: ChartView; rawSeries: string[] | null } {
  const only = new URLSearchParams();
  for (const [k, v] of params) if ((VIEW_KEYS as readonly string[]).includes(k)) only.append(k, v);
  const defaults = defaultUrlState(info.defaults);
  const { state, issues: found } = parseUrlState(only.toString(), info.caps, defaults);
  for (const i of found)
    issues.push({ param: `${label}: ${i.param}`, rawValue: i.rawValue, reason: i.reason });
  const raw = only.get('series');
  const rawSeries = raw === null || raw === '' ? null : raw.split(LIST_SEPARATOR);
  return {
    view: { x: state.x, y: state.y, series: state.series, highlight: state.highlight },
    rawSeries,
  };
}

/** Puts `series` in the order the link lists them (the build order), keeping only shown ones. */
function inLinkOrder(series: string[], raw: string[] | null): string[] {
  if (!raw) return series;
  const listed = raw.filter((s, i) => series.includes(s) && raw.indexOf(s) === i);
  return [...listed, ...series.filter((s) => !listed.includes(s))];
}

/** Reads the build of a single-chart slide. */
function readBuild(
  info: DeckChartInfo,
  params: URLSearchParams,
  label: string,
  issues: DeckIssue[],
): Build {
  const b = params.get('b');
  const fam = params.get('fam');
  const cut = params.get('cut');
  if (b !== 'predict' && (fam !== null || cut !== null))
    issues.push({
      param: `${label}: ${fam !== null ? 'fam' : 'cut'}`,
      rawValue: preview(fam ?? cut ?? ''),
      reason: 'only used with b=predict; ignored',
    });
  if (b === null || b === '' || b === 'none') return { kind: 'none' };
  if (b === 'series') return { kind: 'series' };
  if (b === 'x') {
    if (info.caps.xOptions.includes('flops') && info.caps.xOptions.includes('params'))
      return { kind: 'x' };
    issues.push({
      param: `${label}: b`,
      rawValue: 'x',
      reason: 'this chart has no FLOPs/parameters switch; shown without a build',
    });
    return { kind: 'none' };
  }
  if (b === 'predict') {
    if (info.predictFamilies.length === 0) {
      issues.push({
        param: `${label}: b`,
        rawValue: 'predict',
        reason: 'this chart has no family to predict; shown without a build',
      });
      return { kind: 'none' };
    }
    let family: string | null = null;
    if (fam !== null) {
      if (info.predictFamilies.includes(fam)) family = fam;
      else
        issues.push({
          param: `${label}: fam`,
          rawValue: preview(fam),
          reason: `expected one of: ${info.predictFamilies.join(', ')}`,
        });
    }
    let cutoff: string | null = null;
    if (cut !== null) {
      if (info.caps.modelIds.includes(cut)) cutoff = cut;
      else
        issues.push({
          param: `${label}: cut`,
          rawValue: preview(cut),
          reason: 'not a model of this chart',
        });
    }
    return { kind: 'predict', family, cutoff };
  }
  issues.push({
    param: `${label}: b`,
    rawValue: preview(b),
    reason: 'expected series, predict or x',
  });
  return { kind: 'none' };
}

/** Validates one raw slide against the catalog; null (with issues) when nothing of it can be shown. */
function readSlide(raw: RawSlide, catalog: DeckCatalog, issues: DeckIssue[]): Slide | null {
  const label = `slide ${raw.n}`;
  const p = raw.params;
  // Repeated view parameters are reported by parseUrlState; the deck's own ones here.
  for (const key of new Set(p.keys())) {
    if (p.getAll(key).length > 1 && !(VIEW_KEYS as readonly string[]).includes(key))
      issues.push({
        param: `${label}: ${key}`,
        rawValue: p.getAll(key).map(preview).join(' & '),
        reason: 'given more than once; the first value was used',
      });
  }
  if (raw.id === TITLE_SLIDE) {
    if (raw.with)
      issues.push({
        param: `${label}: with`,
        rawValue: preview(raw.with.id),
        reason: 'a title slide holds no chart; ignored',
      });
    for (const k of new Set(p.keys()))
      if (k !== 't' && k !== 'sub')
        issues.push({
          param: `${label}: ${k}`,
          rawValue: preview(p.get(k) ?? ''),
          reason: 'not used on a title slide',
        });
    const title = cleanText(p.get('t') ?? '', MAX_TITLE);
    const subtitle = cleanText(p.get('sub') ?? '', MAX_SUBTITLE);
    if (title.cut)
      issues.push({
        param: `${label}: t`,
        rawValue: preview(p.get('t') ?? ''),
        reason: `longer than ${MAX_TITLE} characters; cut`,
      });
    if (subtitle.cut)
      issues.push({
        param: `${label}: sub`,
        rawValue: preview(p.get('sub') ?? ''),
        reason: `longer than ${MAX_SUBTITLE} characters; cut`,
      });
    if (!title.text && !subtitle.text) {
      issues.push({
        param: `${label}: t`,
        rawValue: '',
        reason: 'a title slide needs text; slide left out',
      });
      return null;
    }
    return { kind: 'title', title: title.text, subtitle: subtitle.text };
  }
  const info = catalog.get(raw.id);
  if (!info) {
    issues.push({
      param: `${label}: s`,
      rawValue: preview(raw.id),
      reason: 'no chart with this id; slide left out',
    });
    return null;
  }
  for (const k of new Set(p.keys())) {
    if (PAGE_ONLY_KEYS.has(k))
      issues.push({
        param: `${label}: ${k}`,
        rawValue: preview(p.get(k) ?? ''),
        reason: 'not used on slides',
      });
    else if (!SLIDE_KEYS.has(k) || k === 't' || k === 'sub')
      issues.push({
        param: `${label}: ${k}`,
        rawValue: preview(p.get(k) ?? ''),
        reason: 'not a deck parameter',
      });
  }
  const first = readView(info, p, label, issues);
  if (raw.with) {
    const second = catalog.get(raw.with.id);
    if (p.has('b'))
      issues.push({
        param: `${label}: b`,
        rawValue: preview(p.get('b') ?? ''),
        reason: 'two-chart slides have no build; ignored',
      });
    if (!second) {
      issues.push({
        param: `${label}: with`,
        rawValue: preview(raw.with.id),
        reason: 'no chart with this id; the slide shows one chart',
      });
    } else {
      for (const k of new Set(raw.with.params.keys())) {
        if (!(VIEW_KEYS as readonly string[]).includes(k))
          issues.push({
            param: `${label} (second chart): ${k}`,
            rawValue: preview(raw.with.params.get(k) ?? ''),
            reason: 'not used for the second chart',
          });
      }
      const other = readView(second, raw.with.params, `${label} (second chart)`, issues);
      return {
        kind: 'pair',
        charts: [
          { chart: raw.id, view: first.view },
          { chart: raw.with.id, view: other.view },
        ],
      };
    }
  }
  const build = readBuild(info, p, label, issues);
  const view =
    build.kind === 'series'
      ? { ...first.view, series: inLinkOrder(first.view.series, first.rawSeries) }
      : first.view;
  return { kind: 'chart', chart: { chart: raw.id, view }, build };
}

/** Reads a deck from a query string ("?d=1&s=…"). Never throws. */
export function parseDeck(search: string, catalog: DeckCatalog): ParsedDeck {
  const issues: DeckIssue[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      deck: { slides: [] },
      slide: 0,
      issues: [{ param: '(query)', rawValue: preview(search), reason: 'not a query string' }],
    };
  }
  const d = params.getAll('d');
  if (d.length > 0 && d[0] !== String(DECK_VERSION))
    issues.push({
      param: 'd',
      rawValue: preview(d[0] ?? ''),
      reason: `unknown deck version; read as version ${DECK_VERSION}`,
    });
  const raws: RawSlide[] = [];
  let dropped = 0;
  let seen = 0;
  let current: { params: URLSearchParams; size: number } | null = null;
  let ignoredEntries = 0;
  for (const [key, value] of params) {
    if (GLOBAL_KEYS.has(key)) continue;
    if (key === 's') {
      seen++;
      if (raws.length >= MAX_SLIDES) {
        dropped++;
        current = null;
        continue;
      }
      const raw: RawSlide = {
        id: value,
        n: seen,
        params: new URLSearchParams(),
        size: 0,
        with: null,
      };
      raws.push(raw);
      current = raw;
    } else if (key === 'with') {
      const last = raws.at(-1);
      if (current === null || !last || current !== last) {
        if (current !== null || seen === 0)
          issues.push({
            param: 'with',
            rawValue: preview(value),
            reason:
              seen === 0
                ? 'not inside a slide; ignored'
                : 'a slide holds at most two charts; ignored',
          });
        continue;
      }
      const second = { id: value, params: new URLSearchParams(), size: 0 };
      last.with = second;
      current = second;
    } else if (current !== null) {
      if (++current.size > MAX_SLIDE_PARAMS) ignoredEntries++;
      else current.params.append(key, value);
    } else if (seen === 0) {
      issues.push({
        param: key,
        rawValue: preview(value),
        reason:
          PAGE_ONLY_KEYS.has(key) || SLIDE_KEYS.has(key)
            ? 'not inside a slide (put it after s=…); ignored'
            : 'not a deck parameter',
      });
    }
  }
  if (ignoredEntries)
    issues.push({
      param: '(query)',
      rawValue: `${ignoredEntries} parameters`,
      reason: `a slide keeps at most ${MAX_SLIDE_PARAMS} parameters; the rest were ignored`,
    });
  if (dropped)
    issues.push({
      param: 's',
      rawValue: `${dropped} more slides`,
      reason: `a deck holds at most ${MAX_SLIDES} slides; the rest were left out`,
    });
  const slides: Slide[] = [];
  for (const raw of raws) {
    // Renames apply within a slide: a parameter's place in the link says which slide it belongs to.
    raw.params = migrateParams(raw.params, [...DECK_MIGRATIONS, ...MIGRATIONS]);
    if (raw.with) raw.with.params = migrateParams(raw.with.params, MIGRATIONS);
    const slide = readSlide(raw, catalog, issues);
    if (slide) slides.push(slide);
  }
  let slide = 0;
  const requested = params.getAll('slide');
  if (requested.length > 0) {
    const r = requested[0] ?? '';
    const n = /^\d{1,6}$/.test(r) ? Number(r) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= Math.max(1, slides.length)) slide = n - 1;
    else
      issues.push({
        param: 'slide',
        rawValue: preview(r),
        reason: `expected a slide number from 1 to ${Math.max(1, slides.length)}`,
      });
  }
  return { deck: { slides }, slide, issues: capIssues(issues) };
}

/** Keeps the first MAX_ISSUES issues and counts the rest in one line. */
function capIssues(issues: DeckIssue[]): DeckIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const rest = issues.length - (MAX_ISSUES - 1);
  return [
    ...issues.slice(0, MAX_ISSUES - 1),
    { param: '…', rawValue: `${rest} more`, reason: 'further problems not listed' },
  ];
}

/** The view parameters of one chart that differ from its defaults, as query entries. */
function viewEntries(
  info: DeckChartInfo | undefined,
  view: ChartView,
  keepOrder: boolean,
): [string, string][] {
  const defaults = defaultUrlState(info?.defaults ?? view);
  const series =
    keepOrder || !info ? view.series : info.caps.seriesNames.filter((s) => view.series.includes(s));
  const query = serializeUrlState({ ...defaults, ...view, series }, defaults);
  return [...new URLSearchParams(query)];
}

/** The entries of one slide, in the order parseDeck reads them. */
function slideEntries(slide: Slide, catalog: DeckCatalog): [string, string][] {
  if (slide.kind === 'title') {
    const out: [string, string][] = [['s', TITLE_SLIDE]];
    if (slide.title) out.push(['t', slide.title]);
    if (slide.subtitle) out.push(['sub', slide.subtitle]);
    return out;
  }
  if (slide.kind === 'pair') {
    const [a, b] = slide.charts;
    return [
      ['s', a.chart],
      ...viewEntries(catalog.get(a.chart), a.view, false),
      ['with', b.chart],
      ...viewEntries(catalog.get(b.chart), b.view, false),
    ];
  }
  const { chart, build } = slide;
  const info = catalog.get(chart.chart);
  const out: [string, string][] = [['s', chart.chart]];
  // A series build keeps its order: serializeUrlState writes the list whenever it differs from the default, order included.
  out.push(...viewEntries(info, chart.view, build.kind === 'series'));
  if (build.kind !== 'none') out.push(['b', build.kind]);
  if (build.kind === 'predict') {
    if (build.family) out.push(['fam', build.family]);
    if (build.cutoff) out.push(['cut', build.cutoff]);
  }
  return out;
}

/** Writes a deck as a query string ("?d=1&s=…"); `slide` (0-based) is added when it is not the first. */
export function serializeDeck(deck: Deck, catalog: DeckCatalog, slide = 0): string {
  const params = new URLSearchParams([['d', String(DECK_VERSION)]]);
  for (const s of deck.slides.slice(0, MAX_SLIDES))
    for (const [k, v] of slideEntries(s, catalog)) params.append(k, v);
  if (slide > 0) params.set('slide', String(slide + 1));
  return `?${params.toString().replace(/%7E/g, '~')}`;
}

/** Whether a query string holds a deck (any slide), rather than only global parameters. */
export function hasDeck(search: string): boolean {
  try {
    return new URLSearchParams(search).has('s');
  } catch {
    return false;
  }
}

/** Number of steps of a slide: 1, or one per series of a series build, or 3 for predict-then-reveal, or 2 for the x switch. */
export function stepCount(slide: Slide): number {
  if (slide.kind !== 'chart') return 1;
  const b = slide.build;
  if (b.kind === 'series') return Math.max(1, slide.chart.view.series.length);
  if (b.kind === 'predict') return 3;
  if (b.kind === 'x') return 2;
  return 1;
}

/** The view a chart slide shows at a step of its build (predict steps keep the view; the island draws the scene). */
export function viewAtStep(slide: Extract<Slide, { kind: 'chart' }>, step: number): ChartView {
  const { view } = slide.chart;
  const b = slide.build;
  if (b.kind === 'series') return { ...view, series: view.series.slice(0, Math.max(1, step + 1)) };
  if (b.kind === 'x') return { ...view, x: step === 0 ? 'flops' : 'params' };
  return view;
}

/** The predict-then-reveal phase of a step. */
export function predictPhase(step: number): 'hidden' | 'fitted' | 'revealed' {
  return step <= 0 ? 'hidden' : step === 1 ? 'fitted' : 'revealed';
}

/** A position in a deck: slide and build step. */
export interface DeckPosition {
  slide: number;
  step: number;
}

/** The position after one press of "next" (through the build first), clamped at the end. */
export function nextPosition(deck: Deck, at: DeckPosition): DeckPosition {
  const s = deck.slides[at.slide];
  if (s && at.step + 1 < stepCount(s)) return { slide: at.slide, step: at.step + 1 };
  if (at.slide + 1 < deck.slides.length) return { slide: at.slide + 1, step: 0 };
  return at;
}

/** The position after one press of "previous": back through the build, then to the previous slide fully built. */
export function previousPosition(deck: Deck, at: DeckPosition): DeckPosition {
  if (at.step > 0) return { slide: at.slide, step: at.step - 1 };
  const prev = deck.slides[at.slide - 1];
  if (prev) return { slide: at.slide - 1, step: stepCount(prev) - 1 };
  return at;
}

/** A position clamped to the deck (a slide past the end becomes the last, a step past the build its last step). */
export function clampPosition(deck: Deck, at: DeckPosition): DeckPosition {
  const n = deck.slides.length;
  if (n === 0) return { slide: 0, step: 0 };
  const slide = Math.min(n - 1, Math.max(0, Math.trunc(at.slide) || 0));
  const s = deck.slides[slide]!;
  return { slide, step: Math.min(stepCount(s) - 1, Math.max(0, Math.trunc(at.step) || 0)) };
}

/** Chart ids a deck uses, each once, in order of first use. */
export function deckChartIds(deck: Deck): string[] {
  const ids = deck.slides.flatMap((s) =>
    s.kind === 'title' ? [] : s.kind === 'chart' ? [s.chart.chart] : s.charts.map((c) => c.chart),
  );
  return [...new Set(ids)];
}
