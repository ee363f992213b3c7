/** The project's datasets: file path and schema of each, in one list (used by the content config and the site). */
import { figuresSchema } from './figures-schema.ts';
import { modelsSchema } from './models-schema.ts';
import { abilitiesFileSchema } from './abilities-schema.ts';
import { bigbenchFileSchema } from './bigbench-schema.ts';
import { referencesFileSchema } from './references-schema.ts';
import { dataNotesSchema } from './data-notes-schema.ts';

/** Every dataset in content/data/ with its schema; the key is the collection name. */
export const DATASETS = {
  figures: { file: 'content/data/figures.json', schema: figuresSchema },
  models: { file: 'content/data/models.json', schema: modelsSchema },
  abilities: { file: 'content/data/emergent-abilities.json', schema: abilitiesFileSchema },
  bigbench: { file: 'content/data/bigbench-tasks.json', schema: bigbenchFileSchema },
  references: { file: 'content/data/references.json', schema: referencesFileSchema },
  dataNotes: { file: 'content/data/data-notes.json', schema: dataNotesSchema },
} as const;
