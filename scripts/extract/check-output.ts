/**
 * The extractor's last step before writing: every output file is validated against the site's own
 * schema for it (src/lib/data/datasets.ts), exactly as it will be written (numbers rounded), and
 * the references between datasets are checked with the files it does not write (captions,
 * glossary) read from content/data/. Nothing is written unless all of it passes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DATASETS,
  DATASET_KEYS,
  datasetOfFile,
  type DatasetKey,
  type Datasets,
} from '../../src/lib/data/datasets.ts';
import { checkCrossReferences } from '../../src/lib/data/cross-references.ts';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { toJson } from './write-json.ts';

/** Throws listing every problem of the output files (by file and JSON path); returns the validated datasets. */
export async function checkOutput(files: Record<string, unknown>, root: string): Promise<Datasets> {
  const unknown = Object.keys(files).filter((name) => !datasetOfFile(name));
  if (unknown.length)
    throw new Error(
      `No schema for output file(s) ${unknown.join(', ')}: add them to src/lib/data/datasets.ts.`,
    );
  const data: Partial<Record<DatasetKey, unknown>> = {};
  const problems: string[] = [];
  for (const key of DATASET_KEYS) {
    const { file, schema } = DATASETS[key];
    const name = file.replace(/^.*\//, '');
    const json: unknown =
      name in files
        ? JSON.parse(toJson(files[name]))
        : JSON.parse(await readFile(join(root, file), 'utf8'));
    try {
      data[key] = validateDataset(file, schema as never, json);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  checkCrossReferences(data as Datasets);
  return data as Datasets;
}
