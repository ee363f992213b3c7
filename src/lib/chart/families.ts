import {
  FAMILY_REGISTRY,
  PLOTTED_FAMILIES,
  familyEntry,
  type Family,
  type PlottedFamily,
} from '../data/families.ts';
import type { Marker, SeriesSpec } from './types';

/** The five plotted families in the order the paper's legend lists them (from the family registry). */
export const FAMILIES: readonly PlottedFamily[] = PLOTTED_FAMILIES;

/** Marker per family, so shape carries identity as well as colour (as in the paper). */
export const FAMILY_MARKER = Object.fromEntries(
  FAMILY_REGISTRY.map((f) => [f.name, f.marker]),
) as Record<Family, Marker>;

/** A family's colour token ("gpt3"): the PALETTE key and the CSS class suffix. */
type FamilyToken = (typeof FAMILY_REGISTRY)[number]['token'];

/** The family colours of one theme, keyed by colour token. */
function familyColours(theme: 'light' | 'dark'): Record<FamilyToken, string> {
  return Object.fromEntries(FAMILY_REGISTRY.map((f) => [f.token, f.colour[theme]])) as Record<
    FamilyToken,
    string
  >;
}

/**
 * Colours, light and dark. The family colours come from the family registry
 * (src/lib/data/families.ts); each is at least 3:1 against the page background
 * (tests/unit/chart/palette.test.ts checks it). "cat" colours serve series that are not one
 * family drawn once: the six family colours, then two spares.
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
    ...familyColours('light'),
    neutral: '#5c6370',
    cat: [...FAMILY_REGISTRY.map((f) => f.colour.light), '#b03a48', '#3d7a1f'],
  },
  dark: {
    background: '#14161b',
    text: '#e8eaee',
    muted: '#a9b0bc',
    grid: '#2c3039',
    axis: '#9aa2ae',
    baseline: '#9aa2ae',
    emergence: '#e0b040',
    ...familyColours('dark'),
    neutral: '#a9b0bc',
    cat: [...FAMILY_REGISTRY.map((f) => f.colour.dark), '#f07c8a', '#8fd36a'],
  },
} as const;

/** A colour theme's name. */
export type ThemeName = keyof typeof PALETTE;

/** How one series is drawn: its colour class and marker. */
export interface SeriesStyle {
  colorClass: string;
  marker: Marker;
}

/** Spare shapes for repeated families: the families' own markers first, then two without a family. */
const MARKER_ORDER: Marker[] = [...FAMILY_REGISTRY.map((f) => f.marker), 'cross', 'plus'];

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
      style = {
        colorClass: `c-${familyEntry(s.family)?.token ?? 'neutral'}`,
        marker: FAMILY_MARKER[s.family],
      };
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
