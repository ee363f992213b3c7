import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { paperPageSchema } from './lib/data/paper-schema';
import { DATASET_KEYS, type DatasetKey } from './lib/data/datasets';
import { readAllDatasets, type DatasetFiles } from './site/dataset-files';

/**
 * Where the words live. CONTENT_ROOT lets a test point the build at a fixture with broken
 * frontmatter to check the error message names the file and the field.
 */
const root = process.env.CONTENT_ROOT ?? './content';

/**
 * Every dataset, read once per content sync: validated against its schema, then the references
 * between datasets checked (src/site/dataset-files.ts). DATA_ROOT points it at a fixture folder.
 * The last loader to take its dataset drops the shared read, so the next sync reads afresh.
 */
let datasets: Promise<DatasetFiles> | undefined;
let waiting = 0;

/**
 * A loader that stores one whole validated dataset as a single entry ("all"), with the file's text
 * as committed in `body` (the /data/<file>.json downloads serve it byte for byte).
 */
function datasetLoader(key: DatasetKey): Loader {
  return {
    name: `dataset-${key}`,
    load: async ({ store }) => {
      if (!datasets) {
        datasets = readAllDatasets();
        waiting = DATASET_KEYS.length;
      }
      const read = datasets;
      if (--waiting === 0) datasets = undefined;
      const { data, text } = (await read)[key];
      store.clear();
      store.set({ id: 'all', data: data as Record<string, unknown>, body: text });
    },
  };
}

/** The collection of one dataset. */
const dataset = (key: DatasetKey) => defineCollection({ loader: datasetLoader(key) });

const paper = defineCollection({
  loader: glob({ base: `${root}/paper`, pattern: '**/*.mdx' }),
  schema: paperPageSchema,
});

const paperZh = defineCollection({
  loader: glob({ base: `${root}/zh/paper`, pattern: '**/*.mdx' }),
  schema: paperPageSchema,
});

export const collections = {
  paper,
  paperZh,
  // The datasets of content/data/ (src/lib/data/datasets.ts), read by pages only through
  // src/site/datasets.ts. `satisfies` fails type-checking if a dataset has no collection.
  ...({
    figures: dataset('figures'),
    models: dataset('models'),
    abilities: dataset('abilities'),
    bigbench: dataset('bigbench'),
    references: dataset('references'),
    dataNotes: dataset('dataNotes'),
    captions: dataset('captions'),
    glossary: dataset('glossary'),
  } satisfies Record<DatasetKey, unknown>),
};
