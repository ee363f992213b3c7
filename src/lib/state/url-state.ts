/**
 * A chart's view state in the URL: a typed, flat record of query parameters. Each parameter
 * parses to valid / invalid / missing (OWID's habit); only values that differ from the chart's
 * defaults are written, so a link stays short, and an embed can pin every value instead.
 */
import type { ChartCapabilities, ChartView, XQuantity, YScale } from '../chart/view';
import { migrateParams } from './migrations';

/** Chart or data table. */
export type DisplayMode = 'chart' | 'table';
/** Colour theme requested by the link. */
export type ThemeParam = 'light' | 'dark' | 'auto';
/** Embed size: normal, or large type for slides. */
export type EmbedSize = 'normal' | 'slide';
/** Series names on the lines ("direct"), in the legend, or chosen by context ("auto": on the lines for slides and exports). */
export type LabelsParam = 'auto' | 'direct' | 'legend';
/** Embed height: fill the frame it is given ("fit", slides), or post its preferred height for the frame's width ("auto", articles). */
export type HeightParam = 'fit' | 'auto';

/** Everything a link can restore. */
export interface UrlState extends ChartView {
  view: DisplayMode;
  theme: ThemeParam;
  controls: boolean;
  size: EmbedSize;
  labels: LabelsParam;
  height: HeightParam;
}

/** The result of reading one parameter. */
export type ParamResult<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; rawValue: string; reason: string }
  | { status: 'missing' };

/** A parameter that could not be used, for the notice. */
export interface ParamIssue {
  param: string;
  rawValue: string;
  reason: string;
}

/** The parameter names, in the order they are written. A Required<> record keeps the list complete. */
export const PARAM_NAMES: Required<Record<keyof UrlState, string>> = {
  x: 'x',
  y: 'y',
  series: 'series',
  highlight: 'highlight',
  view: 'view',
  theme: 'theme',
  controls: 'controls',
  size: 'size',
  labels: 'labels',
  height: 'height',
};

/** Separator of list values: "~" survives chat apps and social sites that rewrite spaces. */
export const LIST_SEPARATOR = '~';

/** Longest value accepted for any parameter; longer ones are treated as invalid, not truncated. */
export const MAX_VALUE_LENGTH = 500;

/** The state a chart opens with, from its default view. */
export function defaultUrlState(view: ChartView): UrlState {
  return {
    ...view,
    series: [...view.series],
    view: 'chart',
    theme: 'auto',
    controls: true,
    size: 'normal',
    labels: 'auto',
    height: 'fit',
  };
}

/** Shortens a raw value for display in the notice (values can be 100 KB long). */
function preview(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

/** Reads a value that must be one of a fixed list. */
function oneOf<T extends string>(raw: string, allowed: readonly T[], what: string): ParamResult<T> {
  return (allowed as readonly string[]).includes(raw)
    ? { status: 'valid', value: raw as T }
    : {
        status: 'invalid',
        rawValue: preview(raw),
        reason: allowed.length
          ? `expected ${what}: ${allowed.join(', ')}`
          : `this chart has no ${what}`,
      };
}

/** Reads the series list: names of this chart's series separated by "~"; unknown names are reported and dropped. */
function seriesParam(
  raw: string,
  names: readonly string[],
): { result: ParamResult<string[]>; unknown: string[] } {
  if (raw === '') return { result: { status: 'valid', value: [] }, unknown: [] };
  const parts = raw.split(LIST_SEPARATOR);
  const unknown = parts.filter((p) => !names.includes(p));
  const known = names.filter((n) => parts.includes(n));
  if (known.length === 0)
    return {
      result: {
        status: 'invalid',
        rawValue: preview(raw),
        reason: `no series of this chart named (${names.join(', ')})`,
      },
      unknown,
    };
  return { result: { status: 'valid', value: known }, unknown };
}

/**
 * Parses a query string against a chart's capabilities. Never throws; every invalid value falls
 * back to the default and is listed in `issues`, and the rest of the state still applies.
 */
export function parseUrlState(
  search: string,
  caps: ChartCapabilities,
  defaults: UrlState,
): { state: UrlState; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];
  let params: URLSearchParams;
  try {
    params = migrateParams(new URLSearchParams(search));
  } catch {
    return {
      state: { ...defaults, series: [...defaults.series] },
      issues: [{ param: '(query)', rawValue: preview(search), reason: 'not a query string' }],
    };
  }
  const read = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1)
      issues.push({
        param: name,
        rawValue: all.map(preview).join(' & '),
        reason: 'given more than once; the first value was used',
      });
    const value = all[0] ?? null;
    if (value !== null && value.length > MAX_VALUE_LENGTH) {
      issues.push({
        param: name,
        rawValue: preview(value),
        reason: `longer than ${MAX_VALUE_LENGTH} characters`,
      });
      return null;
    }
    return value;
  };
  const state: UrlState = { ...defaults, series: [...defaults.series] };
  const apply = <K extends keyof UrlState>(key: K, result: ParamResult<UrlState[K]>): void => {
    if (result.status === 'valid') state[key] = result.value;
    else if (result.status === 'invalid')
      issues.push({ param: PARAM_NAMES[key], rawValue: result.rawValue, reason: result.reason });
  };
  const get = <T>(name: string, parse: (raw: string) => ParamResult<T>): ParamResult<T> => {
    const raw = read(name);
    return raw === null ? { status: 'missing' } : parse(raw);
  };

  apply(
    'x',
    get<XQuantity>('x', (raw) =>
      oneOf(
        raw,
        caps.xOptions.filter((o): o is 'flops' | 'params' => o !== 'native'),
        'x axis switch',
      ),
    ),
  );
  apply(
    'y',
    get<YScale>('y', (raw) =>
      oneOf(raw, caps.yOptions.length > 1 ? caps.yOptions : [], 'y axis switch'),
    ),
  );
  const seriesRaw = read('series');
  if (seriesRaw !== null) {
    const { result, unknown } = seriesParam(seriesRaw, caps.seriesNames);
    apply('series', result);
    if (result.status === 'valid' && unknown.length)
      issues.push({
        param: 'series',
        rawValue: preview(unknown.join(LIST_SEPARATOR)),
        reason: 'not a series of this chart; ignored',
      });
  }
  apply(
    'highlight',
    get<string | null>('highlight', (raw) =>
      raw === '' ? { status: 'valid', value: null } : oneOf(raw, caps.modelIds, 'model id'),
    ),
  );
  apply(
    'view',
    get<DisplayMode>('view', (raw) => oneOf(raw, ['chart', 'table'] as const, 'view')),
  );
  apply(
    'theme',
    get<ThemeParam>('theme', (raw) => oneOf(raw, ['light', 'dark', 'auto'] as const, 'theme')),
  );
  apply(
    'controls',
    get<boolean>('controls', (raw) => {
      const r = oneOf(raw, ['0', '1'] as const, 'controls');
      return r.status === 'valid' ? { status: 'valid', value: r.value === '1' } : r;
    }),
  );
  apply(
    'size',
    get<EmbedSize>('size', (raw) => oneOf(raw, ['normal', 'slide'] as const, 'size')),
  );
  apply(
    'labels',
    get<LabelsParam>('labels', (raw) =>
      oneOf(raw, ['auto', 'direct', 'legend'] as const, 'labels'),
    ),
  );
  apply(
    'height',
    get<HeightParam>('height', (raw) => oneOf(raw, ['fit', 'auto'] as const, 'height')),
  );
  return { state, issues };
}

/** Writes a state as a query string ("?x=params&series=GPT-3~PaLM"), or "" when it equals the defaults. `pin` writes every parameter. */
export function serializeUrlState(state: UrlState, defaults: UrlState, pin = false): string {
  const params = new URLSearchParams();
  const put = (key: keyof UrlState, value: string, defaultValue: string): void => {
    if (pin || value !== defaultValue) params.set(PARAM_NAMES[key], value);
  };
  put('x', state.x, defaults.x);
  put('y', state.y, defaults.y);
  put('series', state.series.join(LIST_SEPARATOR), defaults.series.join(LIST_SEPARATOR));
  put('highlight', state.highlight ?? '', defaults.highlight ?? '');
  put('view', state.view, defaults.view);
  put('theme', state.theme, defaults.theme);
  put('controls', state.controls ? '1' : '0', defaults.controls ? '1' : '0');
  put('size', state.size, defaults.size);
  put('labels', state.labels, defaults.labels);
  put('height', state.height, defaults.height);
  // "x" is meaningless on a chart without an x switch; pinning it would only make the link invalid.
  if (state.x === 'native') params.delete('x');
  const text = params.toString().replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}

/** Whether a state only uses values the chart offers (what parse must always return). */
export function isValidState(
  state: UrlState,
  caps: ChartCapabilities,
  defaults: UrlState,
): boolean {
  const xs: string[] = caps.xOptions.length ? caps.xOptions : [defaults.x];
  const ys: string[] = caps.yOptions.length ? caps.yOptions : [defaults.y];
  return (
    xs.includes(state.x) &&
    ys.includes(state.y) &&
    state.series.every((s) => caps.seriesNames.includes(s)) &&
    new Set(state.series).size === state.series.length &&
    (state.highlight === null || caps.modelIds.includes(state.highlight)) &&
    ['chart', 'table'].includes(state.view) &&
    ['light', 'dark', 'auto'].includes(state.theme) &&
    typeof state.controls === 'boolean' &&
    ['normal', 'slide'].includes(state.size) &&
    ['auto', 'direct', 'legend'].includes(state.labels) &&
    ['fit', 'auto'].includes(state.height)
  );
}

/**
 * How an embed or chart page names series inside the SVG: on the lines when asked, or by default
 * on slides and wherever the HTML legend is not on screen; otherwise the HTML legend does it
 * ("none"), or, when that legend is hidden, a legend drawn in the SVG.
 */
export function svgLabelMode(
  labels: LabelsParam,
  size: EmbedSize,
  htmlLegendShown: boolean,
): 'direct' | 'legend' | 'none' {
  if (labels === 'direct' || (labels === 'auto' && (size === 'slide' || !htmlLegendShown)))
    return 'direct';
  return htmlLegendShown ? 'none' : 'legend';
}
