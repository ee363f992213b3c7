import type { APIRoute } from 'astro';
import { DATASETS, DATASET_KEYS, type DatasetKey } from '../../lib/data/datasets';
import { CHART_IDS, FIGURES, MODELS, datasetText, panelById } from '../../site/datasets';
import { panelCsv } from '../../lib/export/csv';

/** The datasets published for download, by file name ("figures.json"); captions and glossary are our own prose, shown on pages instead. */
const DOWNLOADS = new Map<string, DatasetKey>(
  DATASET_KEYS.filter((k) => !['captions', 'glossary'].includes(k)).map((k) => [
    DATASETS[k].file.replace(/^.*\//, ''),
    k,
  ]),
);

export function getStaticPaths() {
  return [...DOWNLOADS.keys(), ...CHART_IDS.map((id) => `${id}.csv`)].map((file) => ({
    params: { file },
  }));
}

const models = new Map(MODELS.map((m) => [m.id, m]));

/** Public downloads: the datasets as committed, and one CSV per panel with provenance columns. */
export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const dataset = DOWNLOADS.get(file);
  if (dataset) {
    return new Response(datasetText(dataset), {
      headers: { 'Content-Type': 'application/json' },
    });
  }
  const id = file.replace(/\.csv$/, '');
  const { figure, panel } = panelById(id);
  const page = FIGURES.find((f) => f.figure === figure)?.page ?? 0;
  return new Response(panelCsv(panel, figure, page, models), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
