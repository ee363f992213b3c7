/** The project's datasets: file path and schema of each, in one list (used by the content config, the site and the extractor). */
import type { z } from 'zod';
import { figuresSchema } from './figures-schema.ts';
import { modelsSchema } from './models-schema.ts';
import { abilitiesFileSchema } from './abilities-schema.ts';
import { bigbenchFileSchema } from './bigbench-schema.ts';
import { referencesFileSchema } from './references-schema.ts';
import { dataNotesSchema } from './data-notes-schema.ts';
import { captionsFileSchema } from './captions-schema.ts';
import { glossaryFileSchema } from './glossary-schema.ts';

/** Every dataset in content/data/ with its schema; the key is the collection name. */
export const DATASETS = {
  figures: { file: 'content/data/figures.json', schema: figuresSchema },
  models: { file: 'content/data/models.json', schema: modelsSchema },
  abilities: { file: 'content/data/emergent-abilities.json', schema: abilitiesFileSchema },
  bigbench: { file: 'content/data/bigbench-tasks.json', schema: bigbenchFileSchema },
  references: { file: 'content/data/references.json', schema: referencesFileSchema },
  dataNotes: { file: 'content/data/data-notes.json', schema: dataNotesSchema },
  captions: { file: 'content/data/figure-captions.json', schema: captionsFileSchema },
  glossary: { file: 'content/data/glossary.json', schema: glossaryFileSchema },
} as const;

/** A dataset's key (its collection name). */
export type DatasetKey = keyof typeof DATASETS;

/** The validated contents of one dataset, derived from its schema. */
export type DatasetData<K extends DatasetKey> = z.output<(typeof DATASETS)[K]['schema']>;

/** Every dataset, validated. */
export type Datasets = { [K in DatasetKey]: DatasetData<K> };

/** Every dataset key, in the order above. */
export const DATASET_KEYS = Object.keys(DATASETS) as DatasetKey[];

/** The dataset stored in a file name ("figures.json" → "figures"), or undefined. */
export function datasetOfFile(name: string): DatasetKey | undefined {
  return DATASET_KEYS.find((k) => DATASETS[k].file.endsWith(`/${name}`));
}
