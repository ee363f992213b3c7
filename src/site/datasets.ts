/**
 * The one door through which data reaches pages, endpoints and islands' build-time payloads: the
 * content collections of src/content.config.ts, whose loaders validated every dataset against its
 * schema and checked the references between datasets (a broken file stops the build with the file
 * name and the JSON path of every problem). Nothing else under src/ reads content/data/.
 */
import { getEntry } from 'astro:content';
import type { EmergenceSpec } from '../lib/chart/types';
import type { PanelBundle } from '../lib/chart/panel-bundle';
import { langPaths } from '../lib/site/routes';
import { t } from '../lib/i18n/t';
import type { Lang } from '../lib/i18n/ui';
import {
  DATASET_KEYS,
  type DatasetData,
  type DatasetKey,
  type Datasets,
} from '../lib/data/datasets';

/** One dataset's collection entry: the data as validated, and the file's text as committed. */
async function collectionEntry<K extends DatasetKey>(
  key: K,
): Promise<{ data: DatasetData<K>; text: string }> {
  // The collections hold untyped records; each was parsed by exactly this dataset's schema in
  // its loader, so the schema's output type is the type of the data.
  const entry = (await getEntry(key, 'all')) as { data: unknown; body?: string } | undefined;
  if (!entry || entry.body === undefined)
    throw new Error(`The "${key}" content collection is empty (see src/content.config.ts).`);
  return { data: entry.data as DatasetData<K>, text: entry.body };
}

const entries = Object.fromEntries(
  await Promise.all(DATASET_KEYS.map(async (k) => [k, await collectionEntry(k)] as const)),
) as { [K in DatasetKey]: { data: DatasetData<K>; text: string } };

/** Every dataset, validated, by collection name. */
export const DATA = Object.fromEntries(
  DATASET_KEYS.map((k) => [k, entries[k].data]),
) as unknown as Datasets;

/** The text of a dataset file exactly as committed (for the /data/<file>.json downloads). */
export function datasetText(key: DatasetKey): string {
  return entries[key].text;
}

/** A figure with its panels. */
export type FigureData = Datasets['figures']['figures'][number];

/** One panel as figures.json records it, provenance included. */
export type FigurePanel = FigureData['panels'][number];

/** Every figure, in figure order. */
export const FIGURES: FigureData[] = DATA.figures.figures;

/** Every model the figures name. */
export const MODELS = DATA.models.models;

/** Table 1 rows. */
export const ABILITIES = DATA.abilities.abilities;

const modelById = new Map(MODELS.map((m) => [m.id, m]));
const panels = new Map(
  FIGURES.flatMap((f) => f.panels.map((p) => [p.chartId, { figure: f.figure, panel: p }] as const)),
);

/** Every chart id, in figure order. */
export const CHART_IDS = [...panels.keys()];

/** A panel and its figure number by chart id; throws for an unknown id so a typo fails the build. */
export function panelById(chartId: string): { figure: number; panel: FigurePanel } {
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
    own !== null && a.chartIds.includes(own) && a.flops !== null && a.params !== null
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
export function panelLabel(chartId: string, lang: Lang = 'en'): string {
  const { figure, panel } = panelById(chartId);
  if (/^[A-Z]$/.test(panel.panel))
    return t(lang, 'ui.figurePanel', { n: figure, panel: panel.panel });
  const g = /^r(\d+)c(\d+)$/.exec(panel.panel);
  const single = FIGURES.find((f) => f.figure === figure)?.panels.length === 1;
  if (single || !g) return t(lang, 'ui.figure', { n: figure });
  return t(lang, 'ui.figureCell', { n: figure, row: g[1]!, col: g[2]! });
}

/** getStaticPaths entries for a page per chart and language (chart pages, embeds). */
export function chartPaths(): {
  params: { lang: 'zh' | undefined; id: string };
  props: { lang: Lang; id: string };
}[] {
  return langPaths().flatMap(({ params, props }) =>
    CHART_IDS.map((id) => ({ params: { ...params, id }, props: { ...props, id } })),
  );
}
