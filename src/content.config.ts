import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { paperPageSchema } from './lib/data/paper-schema';
import { DATASETS } from './lib/data/datasets';
import { validateDataset, checkFigures } from './lib/data/validate';
import type { FiguresData } from './lib/data/figures-schema';
import type { ModelsData } from './lib/data/models-schema';

/**
 * Where the words live. CONTENT_ROOT lets a test point the build at a fixture with broken
 * frontmatter to check the error message names the file and the field.
 */
const root = process.env.CONTENT_ROOT ?? './content';
/** DATA_ROOT does the same for the datasets (a fixture folder with a broken figures.json). */
const dataRoot = process.env.DATA_ROOT;

/** Reads one dataset file and validates it; the error names the file and every JSON path at fault. */
async function readDataset(key: keyof typeof DATASETS): Promise<unknown> {
  const { file, schema } = DATASETS[key];
  const path = dataRoot ? file.replace('content/data', dataRoot) : file;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read JSON: ${(error as Error).message}`);
  }
  return validateDataset(path, schema as never, json);
}

/** A loader that stores a whole validated dataset as one entry ("all"); figures are also checked against models. */
function datasetLoader(key: keyof typeof DATASETS): Loader {
  return {
    name: `dataset-${key}`,
    load: async ({ store }) => {
      const data = (await readDataset(key)) as Record<string, unknown>;
      if (key === 'figures')
        checkFigures(data as unknown as FiguresData, (await readDataset('models')) as ModelsData);
      store.clear();
      store.set({ id: 'all', data });
    },
  };
}

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
  figures: defineCollection({ loader: datasetLoader('figures') }),
  models: defineCollection({ loader: datasetLoader('models') }),
  abilities: defineCollection({ loader: datasetLoader('abilities') }),
  bigbench: defineCollection({ loader: datasetLoader('bigbench') }),
  references: defineCollection({ loader: datasetLoader('references') }),
  dataNotes: defineCollection({ loader: datasetLoader('dataNotes') }),
};
