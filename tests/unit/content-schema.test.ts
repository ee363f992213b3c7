import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
