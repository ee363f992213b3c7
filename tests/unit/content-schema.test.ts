import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Both suites build the site; they share this file so they never run at once (one .astro/ cache).
describe('astro build with broken frontmatter', () => {
  it('astro build(CONTENT_ROOT=fixture without title) fails naming the file and the missing field', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'eae-bad-content-'));
    try {
      const result = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          CONTENT_ROOT: './tests/fixtures/content-missing-title',
          OUT_DIR: outDir,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        timeout: 120_000,
      });
      // Colour codes (CI=true turns them on) would split "title: Required" apart.
      const output = (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '');
      expect(result.status).not.toBe(0);
      expect(output).toContain('tests/fixtures/content-missing-title/paper/no-title.mdx');
      expect(output).toMatch(/title\W+title: Required|title: Required/);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});

/**
 * Builds the site with DATA_ROOT pointing at a copy of content/data/ changed by `breakIt`, and
 * returns the build's exit status and output (colour codes removed).
 */
function buildWithData(breakIt: (dir: string) => void): { status: number | null; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'eae-bad-data-'));
  const data = join(work, 'data');
  try {
    cpSync('content/data', data, { recursive: true });
    breakIt(data);
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        DATA_ROOT: data,
        OUT_DIR: join(work, 'dist'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      timeout: 120_000,
    });
    return {
      status: result.status,
      output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, ''),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Edits one JSON file of a data folder, seen through the shape `T` the edit needs. */
function editJson<T>(dir: string, file: string, edit: (json: T) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as T;
  edit(json);
  writeFileSync(path, JSON.stringify(json));
}

describe('astro build with a broken dataset', () => {
  it('stops naming the file and the JSON path of a value its schema rejects', () => {
    const { status, output } = buildWithData((dir) =>
      editJson<{ figures: { panels: { series: { family?: string }[] }[] }[] }>(
        dir,
        'figures.json',
        (j) => {
          j.figures[0]!.panels[1]!.series[0]!.family = 'GPT-4';
        },
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /eae-bad-data-\w+\/data\/figures\.json: \$\.figures\[0\]\.panels\[1\]\.series\[0\]\.family: /,
    );
  }, 120_000);

  it('stops naming the file and the JSON path of a reference to a missing model', () => {
    const { status, output } = buildWithData((dir) =>
      editJson<{ notes: { model?: string }[] }>(dir, 'data-notes.json', (j) => {
        j.notes[4]!.model = 'palm-1t';
      }),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /eae-bad-data-\w+\/data\/data-notes\.json: \$\.notes\[4\]\.model: unknown model id "palm-1t"/,
    );
  }, 120_000);
});
