import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One door for data (issue 13): content/data/ reaches pages, islands' build-time payloads and
 * endpoints only through the content collections, read by src/site/datasets.ts. These scans keep
 * anything else from opening a second door.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|astro|mdx|mjs)$/.test(name) ? [path] : [];
  });
}

/** Places in `source` that import a dataset file or read one from disk. */
function secondDoors(source: string): string[] {
  return [
    ...source.matchAll(/^\s*import\s[^;]*?['"][^'"]*content\/data\/[^'"]+\.json['"]/gm),
    ...source.matchAll(/readFile(?:Sync)?\([^)]*content\/data/g),
  ].map((m) => m[0].trim());
}

const SOURCES = files('src').map((path) => ({ path, source: readFileSync(path, 'utf8') }));

describe('the data door', () => {
  it('no module under src/ imports a dataset file or reads one from disk', () => {
    const found = SOURCES.flatMap(({ path, source }) =>
      secondDoors(source).map((d) => `${path}: ${d}`),
    );
    expect(found).toEqual([]);
  });

  it('only src/site/datasets.ts opens the dataset collections', () => {
    const readers = SOURCES.filter(({ source }) =>
      /\bgetEntry\b|getCollection\(\s*['"](?!paper)/.test(source),
    ).map(({ path }) => path);
    expect(readers).toEqual(['src/site/datasets.ts']);
  });

  it('the content config reads the datasets only through the validating reader', () => {
    const config = readFileSync('src/content.config.ts', 'utf8');
    expect(config).toContain('readAllDatasets');
    expect(secondDoors(config)).toEqual([]);
  });

  it('would see the imports this project used to have', () => {
    expect(
      secondDoors("import figuresJson from '../../content/data/figures.json';\nconst x = 1;"),
    ).toHaveLength(1);
    expect(secondDoors("const t = readFileSync('content/data/models.json', 'utf8');")).toHaveLength(
      1,
    );
    expect(secondDoors("import { DATA } from '../site/datasets';")).toEqual([]);
  });
});
