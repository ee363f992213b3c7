/**
 * The model-family registry: the one list of families the site knows, with each family's colour
 * token, marker and order. The schemas (figures, models), the chart model, the page stylesheet
 * (generated from here, see scripts/vite-series-colours.mjs), exports, the extraction script and the
 * tests all read it. It is deliberately free of zod so browser code can import it cheaply.
 */

/** One family: its printed name, colour token (CSS class `c-<token>`), marker and colours. */
export interface FamilyEntry {
  /** Name as the paper prints it in legends. */
  readonly name: string;
  /** Colour token: CSS class suffix and PALETTE key ("gpt3" → `.c-gpt3`). */
  readonly token: string;
  /** Marker drawn for the family, so shape carries identity as well as colour (as in the paper). */
  readonly marker: 'circle' | 'square' | 'diamond' | 'triangle' | 'pentagon' | 'star';
  /** True for the five families Figure 2 plots; Anthropic appears only in Figure 3D. */
  readonly plotted: boolean;
  /** Series colour on the light and the dark background (≥ 3:1, see tests/unit/chart/palette.test.ts). */
  readonly colour: { readonly light: string; readonly dark: string };
}

/**
 * Every family, plotted ones in the order the paper's legend lists them. Colours are an
 * Okabe–Ito-like set chosen for common colour-vision deficiencies.
 */
export const FAMILY_REGISTRY = [
  {
    name: 'LaMDA',
    token: 'lamda',
    marker: 'circle',
    plotted: true,
    colour: { light: '#0072b2', dark: '#56b4e9' },
  },
  {
    name: 'GPT-3',
    token: 'gpt3',
    marker: 'square',
    plotted: true,
    colour: { light: '#c34a00', dark: '#f08a4b' },
  },
  {
    name: 'Gopher',
    token: 'gopher',
    marker: 'diamond',
    plotted: true,
    colour: { light: '#007a5e', dark: '#3cc9a0' },
  },
  {
    name: 'Chinchilla',
    token: 'chinchilla',
    marker: 'triangle',
    plotted: true,
    colour: { light: '#a04d8f', dark: '#e08fd0' },
  },
  {
    name: 'PaLM',
    token: 'palm',
    marker: 'pentagon',
    plotted: true,
    colour: { light: '#8a6d00', dark: '#e6c229' },
  },
  {
    name: 'Anthropic',
    token: 'anthropic',
    marker: 'star',
    plotted: false,
    colour: { light: '#5f5fd6', dark: '#9d9df5' },
  },
] as const satisfies readonly FamilyEntry[];

/** A family name ("GPT-3"), any family of the registry. */
export type Family = (typeof FAMILY_REGISTRY)[number]['name'];

/** A family that Figure 2 plots (all but Anthropic). */
export type PlottedFamily = Extract<(typeof FAMILY_REGISTRY)[number], { plotted: true }>['name'];

/** Every family name, registry order (for the models schema). */
export const FAMILY_NAMES = FAMILY_REGISTRY.map((f) => f.name) as unknown as readonly [
  Family,
  ...Family[],
];

/** The five plotted families in legend order (for the figures schema, filters and the family list). */
export const PLOTTED_FAMILIES = FAMILY_REGISTRY.filter((f) => f.plotted).map(
  (f) => f.name,
) as unknown as readonly [PlottedFamily, ...PlottedFamily[]];

const BY_NAME = new Map<string, FamilyEntry>(FAMILY_REGISTRY.map((f) => [f.name, f]));

/** The registry entry of a family name, or undefined for a name that is not a family. */
export function familyEntry(name: string): FamilyEntry | undefined {
  return BY_NAME.get(name);
}

/** Whether a name is one of the registry's families. */
export function isFamily(name: string): name is Family {
  return BY_NAME.has(name);
}

/** Kebab-case prefix of a family's model ids ("GPT-3" → "gpt-3", as in "gpt-3-13b"). */
export function familyIdPrefix(name: Family): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Whether a name is one of the five families Figure 2 plots. */
export function isPlottedFamily(name: string | undefined): name is PlottedFamily {
  return name !== undefined && familyEntry(name)?.plotted === true;
}
