/**
 * The datasets as the site reads them, validated once at build time: a broken file stops the
 * build with the file name and the JSON path of every problem (see src/lib/data/validate.ts).
 */
import figuresJson from '../../content/data/figures.json';
import modelsJson from '../../content/data/models.json';
import abilitiesJson from '../../content/data/emergent-abilities.json';
import type { EmergenceSpec, PanelSpec } from '../lib/chart/types';
import type { PanelBundle } from '../lib/chart/panel-bundle';
import { DATASETS } from '../lib/data/datasets';
import { validateDataset } from '../lib/data/validate';

/** A figure with its panels. */
export interface FigureData {
  figure: number;
  page: number;
  panels: (PanelSpec & { grid?: { row: number; col: number } })[];
}

const figuresData = validateDataset(DATASETS.figures.file, DATASETS.figures.schema, figuresJson);
const modelsData = validateDataset(DATASETS.models.file, DATASETS.models.schema, modelsJson);
const abilitiesData = validateDataset(
  DATASETS.abilities.file,
  DATASETS.abilities.schema,
  abilitiesJson,
);

/** Every figure, in figure order. */
export const FIGURES: FigureData[] = figuresData.figures;

/** Every model the figures name. */
export const MODELS = modelsData.models;

/** Table 1 rows. */
export const ABILITIES = abilitiesData.abilities;

const modelById = new Map(MODELS.map((m) => [m.id, m]));
const panels = new Map(
  FIGURES.flatMap((f) => f.panels.map((p) => [p.chartId, { figure: f.figure, panel: p }] as const)),
);

/** Every chart id, in figure order. */
export const CHART_IDS = [...panels.keys()];

/** A panel and its figure number by chart id; throws for an unknown id so a typo fails the build. */
export function panelById(chartId: string): {
  figure: number;
  panel: FigureData['panels'][number];
} {
  const found = panels.get(chartId);
  if (!found)
    throw new Error(
      `Unknown chart id "${chartId}" (known: ${CHART_IDS.slice(0, 6).join(', ')}, …)`,
    );
  return found;
}

/** The Figure 2/3 twin of a Figure 11/12 panel (same models drawn by FLOPs), and vice versa. */
export function twinChartId(chartId: string): string | null {
  const m = /^fig(2|3|11|12)([a-h])$/.exec(chartId);
  if (!m) return null;
  const twin = { '2': '11', '3': '12', '11': '2', '12': '3' }[m[1] as '2' | '3' | '11' | '12'];
  const id = `fig${twin}${m[2]}`;
  return panels.has(id) ? id : null;
}

/** Table 1's emergence scales for a panel: every row that points at it and prints a scale. */
export function emergenceFor(chartId: string): EmergenceSpec[] {
  const own = /^fig(11|12)/.test(chartId) ? twinChartId(chartId) : chartId;
  return ABILITIES.flatMap((a) =>
    own !== null && (a.chartIds as string[]).includes(own) && a.flops !== null && a.params !== null
      ? [{ flops: a.flops, params: a.params, model: a.model }]
      : [],
  );
}

/** Everything the renderer needs for one panel (also published as /data/panels/<id>.json for the island). */
export function panelBundle(chartId: string): PanelBundle {
  const { figure, panel } = panelById(chartId);
  const ids = new Set(
    panel.series.flatMap((s) => s.points.flatMap((p) => (p.model ? [p.model] : []))),
  );
  const twin = twinChartId(chartId);
  return {
    figure,
    panel,
    models: [...ids].flatMap((id) => {
      const m = modelById.get(id);
      return m
        ? [
            {
              id: m.id,
              family: m.family,
              name: m.name,
              params: m.params,
              flops: m.flops,
              flopsSources: m.flopsSources,
            },
          ]
        : [];
    }),
    emergence: emergenceFor(chartId),
    flopsChartId: /^fig(11|12)/.test(chartId) ? twin : null,
  };
}

/** The printed panel name: "Figure 2A", or "Figure 4 (row 1, column 2)". */
export function panelLabel(chartId: string, lang: 'en' | 'zh' = 'en'): string {
  const { figure, panel } = panelById(chartId);
  if (/^[A-Z]$/.test(panel.panel))
    return lang === 'zh' ? `图 ${figure}${panel.panel}` : `Figure ${figure}${panel.panel}`;
  const g = /^r(\d+)c(\d+)$/.exec(panel.panel);
  const single = FIGURES.find((f) => f.figure === figure)?.panels.length === 1;
  if (single || !g) return lang === 'zh' ? `图 ${figure}` : `Figure ${figure}`;
  return lang === 'zh'
    ? `图 ${figure}（第 ${g[1]} 行第 ${g[2]} 列）`
    : `Figure ${figure} (row ${g[1]}, column ${g[2]})`;
}

/** getStaticPaths entries for a page per chart and language (chart pages, embeds). */
export function chartPaths(): {
  params: { lang: string | undefined; id: string };
  props: { lang: 'en' | 'zh'; id: string };
}[] {
  return (['en', 'zh'] as const).flatMap((lang) =>
    CHART_IDS.map((id) => ({
      params: { lang: lang === 'zh' ? 'zh' : undefined, id },
      props: { lang, id },
    })),
  );
}
