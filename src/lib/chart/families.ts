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
    neutral: '#5c6370',
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
    neutral: '#a9b0bc',
    cat: ['#56b4e9', '#f08a4b', '#3cc9a0', '#e08fd0', '#e6c229', '#9d9df5', '#f07c8a', '#8fd36a'],
  },
} as const;

/** A colour theme's name. */
export type ThemeName = keyof typeof PALETTE;

/** How one series is drawn: its colour class and marker. */
export interface SeriesStyle {
  colorClass: string;
  marker: Marker;
}

const MARKER_ORDER: Marker[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'pentagon',
  'star',
  'cross',
  'plus',
];

/**
 * Styles for the series of one panel. A family drawn once gets its family colour and shape. When
 * one family is drawn several times (Figure 3: with and without chain of thought), the control
 * condition ("No …") is neutral grey as in the paper, the others take categorical colours, and
 * shapes are made distinct so identity never rests on colour alone.
 */
export function seriesStyles(
  series: readonly Pick<SeriesSpec, 'family' | 'marker' | 'name'>[],
): SeriesStyle[] {
  const familyCount = new Map<string, number>();
  for (const s of series)
    if (s.family) familyCount.set(s.family, (familyCount.get(s.family) ?? 0) + 1);
  const used = new Set<Marker>();
  return series.map((s, i) => {
    let style: SeriesStyle;
    if (s.family && familyCount.get(s.family) === 1)
      style = { colorClass: `c-${FAMILY_SLUG[s.family]}`, marker: FAMILY_MARKER[s.family] };
    else if (s.family && /^No\b/i.test(s.name))
      style = { colorClass: 'c-neutral', marker: FAMILY_MARKER[s.family] };
    else
      style = {
        colorClass: `c-cat${i % 8}`,
        marker: s.family ? FAMILY_MARKER[s.family] : s.marker,
      };
    if (used.has(style.marker) && style.marker !== 'none')
      style.marker = MARKER_ORDER.find((m) => !used.has(m)) ?? style.marker;
    used.add(style.marker);
    return style;
  });
}

/** Colour of a colour class in a theme (for standalone SVG exports, which cannot read page CSS). */
export function colorOfClass(colorClass: string, theme: ThemeName): string {
  const p = PALETTE[theme];
  const slug = colorClass.replace(/^c-/, '');
  const cat = /^cat(\d)$/.exec(slug);
  if (cat) return p.cat[Number(cat[1])] ?? p.text;
  return (p as unknown as Record<string, string>)[slug] ?? p.text;
}
