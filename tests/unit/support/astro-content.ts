/**
 * Unit tests' stand-in for `astro:content` (aliased in vitest.config.ts): the dataset collections
 * are served by the same reader the content collections' loaders use (src/site/dataset-files.ts),
 * so modules behind the data door (src/site/datasets.ts) run under vitest on the committed,
 * validated data. Only the dataset collections exist here; the paper pages need a real build.
 */
import { readAllDatasets, type DatasetFiles } from '../../../src/site/dataset-files';
import type { DatasetKey } from '../../../src/lib/data/datasets';

let files: Promise<DatasetFiles> | undefined;

/** The one entry ("all") of a dataset collection, as the loaders store it. */
export async function getEntry(
  collection: DatasetKey,
  id: string,
): Promise<{ id: string; data: unknown; body: string } | undefined> {
  files ??= readAllDatasets();
  const file = (await files)[collection];
  return file && id === 'all' ? { id, data: file.data, body: file.text } : undefined;
}

/** Not available in unit tests: the paper collections are read by the build. */
export function getCollection(name: string): never {
  throw new Error(`astro:content getCollection("${name}") is only available in an Astro build`);
}
