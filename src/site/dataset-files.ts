/**
 * Reading the datasets from content/data/ (server side only): each file is parsed and validated
 * against its schema, then the cross-references between files are checked, so a broken dataset
 * stops the build naming the file and every JSON path at fault. The content collections'
 * loaders (src/content.config.ts) are the only callers in the site; unit tests reach the same code
 * through their stand-in for astro:content (tests/unit/support/astro-content.ts).
 */
import { readFile } from 'node:fs/promises';
import {
  DATASETS,
  DATASET_KEYS,
  type DatasetData,
  type DatasetKey,
  type Datasets,
} from '../lib/data/datasets';
import { checkCrossReferences } from '../lib/data/cross-references';
import { validateDataset } from '../lib/data/validate';

/** One dataset file as read: its validated data and its text as committed. */
export interface DatasetFile<K extends DatasetKey> {
  data: DatasetData<K>;
  text: string;
}

/** Every dataset file, read and validated. */
export type DatasetFiles = { [K in DatasetKey]: DatasetFile<K> };

/** The path a dataset is read from; DATA_ROOT points the build at a fixture folder instead of content/data. */
export function datasetPath(key: DatasetKey, dataRoot = process.env.DATA_ROOT): string {
  const { file } = DATASETS[key];
  return dataRoot ? file.replace('content/data', dataRoot) : file;
}

/** Reads one dataset file and validates it against its schema. */
export async function readDataset<K extends DatasetKey>(
  key: K,
  dataRoot?: string,
): Promise<DatasetFile<K>> {
  const path = datasetPath(key, dataRoot);
  let text: string;
  let json: unknown;
  try {
    text = await readFile(path, 'utf8');
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: cannot read JSON: ${(error as Error).message}`);
  }
  const schema = DATASETS[key].schema as unknown as Parameters<
    typeof validateDataset<DatasetData<K>>
  >[1];
  return { data: validateDataset(path, schema, json), text };
}

/** Reads and validates every dataset, then checks the references between them. */
export async function readAllDatasets(dataRoot?: string): Promise<DatasetFiles> {
  const files = Object.fromEntries(
    await Promise.all(DATASET_KEYS.map(async (k) => [k, await readDataset(k, dataRoot)] as const)),
  ) as DatasetFiles;
  checkCrossReferences(
    Object.fromEntries(DATASET_KEYS.map((k) => [k, files[k].data])) as unknown as Datasets,
    (k) => datasetPath(k, dataRoot),
  );
  return files;
}
