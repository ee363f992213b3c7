import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeployBuild, siteUrlProblem } from '../../scripts/deploy-integration.mjs';

describe('deploy builds (scripts/deploy-integration.mjs)', () => {
  it('isDeployBuild(env) is true only for DEPLOY set to something other than "" or "0"', () => {
    expect(isDeployBuild({ DEPLOY: '1' })).toBe(true);
    expect(isDeployBuild({ DEPLOY: 'true' })).toBe(true);
    expect(isDeployBuild({ DEPLOY: '0' })).toBe(false);
    expect(isDeployBuild({ DEPLOY: '' })).toBe(false);
    expect(isDeployBuild({ CI: 'true', GITHUB_ACTIONS: 'true' })).toBe(false);
  });

  it('siteUrlProblem(value) names SITE_URL when it is missing, not a URL, not http(s) or this machine', () => {
    expect(siteUrlProblem(undefined)).toMatch(/^SITE_URL is not set/);
    expect(siteUrlProblem('example.org')).toMatch(/SITE_URL="example.org" is not a URL/);
    expect(siteUrlProblem('ftp://example.org')).toMatch(/not an http\(s\) URL/);
    expect(siteUrlProblem('http://localhost:4321')).toMatch(/points at this machine/);
    expect(siteUrlProblem('http://127.0.0.1:8080')).toMatch(/points at this machine/);
    expect(siteUrlProblem('https://example.github.io')).toBeNull();
  });

  it('DEPLOY=1 astro build without SITE_URL stops at once, naming the variable', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'eae-deploy-'));
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DEPLOY: '1',
        OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      };
      delete env['SITE_URL'];
      const result = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env,
        timeout: 120_000,
      });
      const output = (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '');
      expect(result.status).not.toBe(0);
      expect(output).toContain('SITE_URL is not set');
      // It stopped before building any page.
      expect(output).not.toMatch(/generating static routes/i);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
