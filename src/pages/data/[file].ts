import type { APIRoute } from 'astro';
import figuresJson from '../../../content/data/figures.json';
import modelsJson from '../../../content/data/models.json';
import abilitiesJson from '../../../content/data/emergent-abilities.json';
import bigbenchJson from '../../../content/data/bigbench-tasks.json';
import referencesJson from '../../../content/data/references.json';
import notesJson from '../../../content/data/data-notes.json';
import { CHART_IDS, FIGURES, MODELS, panelById } from '../../site/datasets';
import { panelCsv } from '../../lib/export/csv';
import { chartCsvFile, type DatasetFile } from '../../lib/site/routes';

const JSON_FILES: Record<DatasetFile, unknown> = {
  'figures.json': figuresJson,
  'models.json': modelsJson,
  'emergent-abilities.json': abilitiesJson,
  'bigbench-tasks.json': bigbenchJson,
  'references.json': referencesJson,
  'data-notes.json': notesJson,
};

/** Each chart's CSV file name ("fig2a.csv"), to its chart id. */
const CSV_FILES = new Map(CHART_IDS.map((id) => [chartCsvFile(id), id]));

export function getStaticPaths() {
  return [...Object.keys(JSON_FILES), ...CSV_FILES.keys()].map((file) => ({ params: { file } }));
}

const models = new Map(MODELS.map((m) => [m.id, m]));

/** Public downloads: the datasets as committed, and one CSV per panel with provenance columns. */
export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  if (Object.hasOwn(JSON_FILES, file)) {
    return new Response(JSON.stringify(JSON_FILES[file as DatasetFile], null, 2) + '\n', {
      headers: { 'Content-Type': 'application/json' },
    });
  }
  const { figure, panel } = panelById(CSV_FILES.get(file) ?? file);
  const page = FIGURES.find((f) => f.figure === figure)?.page ?? 0;
  return new Response(panelCsv(panel, figure, page, models), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
