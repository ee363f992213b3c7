import type { APIRoute } from 'astro';
import { datasetOfFile, type DatasetKey } from '../../lib/data/datasets';
import { CHART_IDS, FIGURES, MODELS, datasetText, panelById } from '../../site/datasets';
import { panelCsv } from '../../lib/export/csv';
import { DATASET_FILES, chartCsvFile } from '../../lib/site/routes';

/** The datasets published for download, by file name ("figures.json"), to their collection. */
const DOWNLOADS = new Map<string, DatasetKey>(
  DATASET_FILES.map((file) => {
    const key = datasetOfFile(file);
    if (!key) throw new Error(`${file} is offered for download but is not a dataset`);
    return [file, key];
  }),
);

/** Each chart's CSV file name ("fig2a.csv"), to its chart id. */
const CSV_FILES = new Map(CHART_IDS.map((id) => [chartCsvFile(id), id]));

export function getStaticPaths() {
  return [...DOWNLOADS.keys(), ...CSV_FILES.keys()].map((file) => ({ params: { file } }));
}

const models = new Map(MODELS.map((m) => [m.id, m]));

/** Public downloads: the datasets byte for byte as committed, and one CSV per panel with provenance columns. */
export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const dataset = DOWNLOADS.get(file);
  if (dataset) {
    return new Response(datasetText(dataset), {
      headers: { 'Content-Type': 'application/json' },
    });
  }
  const { figure, panel } = panelById(CSV_FILES.get(file) ?? file);
  const page = FIGURES.find((f) => f.figure === figure)?.page ?? 0;
  return new Response(panelCsv(panel, figure, page, models), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
