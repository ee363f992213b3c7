import type { Family, Marker, SeriesSpec } from './types';

/** The five families in the order the paper's legend lists them. */
export const FAMILIES: readonly Family[] = ['LaMDA', 'GPT-3', 'Gopher', 'Chinchilla', 'PaLM'];

/** Marker per family, so shape carries identity as well as colour (as in the paper). */
export const FAMILY_MARKER: Record<Family, Marker> = {
  LaMDA: 'circle',
  'GPT-3': 'square',
  Gopher: 'diamond',
  Chinchilla: 'triangle',
  PaLM: 'pentagon',
  Anthropic: 'star',
};

/** CSS class suffix per family. */
const FAMILY_SLUG: Record<Family, string> = {
  LaMDA: 'lamda',
  'GPT-3': 'gpt3',
  Gopher: 'gopher',
  Chinchilla: 'chinchilla',
  PaLM: 'palm',
  Anthropic: 'anthropic',
};

/**
 * Colours, light and dark: an Okabe–Ito-like set chosen for common colour-vision deficiencies,
 * each at least 3:1 against the page background (tests/unit/chart/palette.test.ts checks it).
 * Index 0–4 are the families; "cat" colours serve series that are not model families.
 */
export const PALETTE = {
  light: {
    background: '#ffffff',
    text: '#1a1d23',
    muted: '#4f5663',
    grid: '#e3e6eb',
    axis: '#5c6370',
    baseline: '#5c6370',
    emergence: '#8a5a00',
    lamda: '#0072b2',
    gpt3: '#c34a00',
    gopher: '#007a5e',
    chinchilla: '#a04d8f',
    palm: '#8a6d00',
    anthropic: '#5f5fd6',
    cat: ['#0072b2', '#c34a00', '#007a5e', '#a04d8f', '#8a6d00', '#5f5fd6', '#b03a48', '#3d7a1f'],
  },
  dark: {
    background: '#14161b',
    text: '#e8eaee',
    muted: '#a9b0bc',
    grid: '#2c3039',
    axis: '#9aa2ae',
    baseline: '#9aa2ae',
    emergence: '#e0b040',
    lamda: '#56b4e9',
    gpt3: '#f08a4b',
    gopher: '#3cc9a0',
    chinchilla: '#e08fd0',
    palm: '#e6c229',
    anthropic: '#9d9df5',
    cat: ['#56b4e9', '#f08a4b', '#3cc9a0', '#e08fd0', '#e6c229', '#9d9df5', '#f07c8a', '#8fd36a'],
  },
} as const;

/** A colour theme's name. */
export type ThemeName = keyof typeof PALETTE;

/** The CSS class that colours a series: its family's, or a categorical slot by position. */
export function seriesColorClass(series: Pick<SeriesSpec, 'family'>, index: number): string {
  if (series.family) return `c-${FAMILY_SLUG[series.family]}`;
  return `c-cat${index % 8}`;
}

/** The marker a series is drawn with: the family's, else the one printed in the paper. */
export function seriesMarker(series: Pick<SeriesSpec, 'family' | 'marker'>): Marker {
  return series.family ? FAMILY_MARKER[series.family] : series.marker;
}

/** Colour of a colour class in a theme (for standalone SVG exports, which cannot read page CSS). */
export function colorOfClass(colorClass: string, theme: ThemeName): string {
  const p = PALETTE[theme];
  const slug = colorClass.replace(/^c-/, '');
  const cat = /^cat(\d)$/.exec(slug);
  if (cat) return p.cat[Number(cat[1])] ?? p.text;
  return (p as unknown as Record<string, string>)[slug] ?? p.text;
}

/** The stylesheet rules that colour every series class in one theme, as CSS text. */
export function paletteCss(theme: ThemeName, scope = ''): string {
  const classes = [...Object.values(FAMILY_SLUG), ...Array.from({ length: 8 }, (_, i) => `cat${i}`)];
  return classes
    .map((slug) => `${scope}.c-${slug}{--series:${colorOfClass(`c-${slug}`, theme)}}`)
    .join('');
}
