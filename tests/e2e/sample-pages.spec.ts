import { test, expect, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  useStoredTheme,
  watchForeignRequests,
  COLOUR_RULES,
} from './helpers';
import { SAMPLE_PAGES } from './sample';

/**
 * On every sampled page (each route type in both languages, each component, each chart kind: see
 * tests/e2e/sample.ts), in the light and the dark theme: no CSP violation, console error, page
 * error or request to another origin while the page loads and its islands start, and no axe
 * (WCAG 2.0–2.2 A/AA) violation: every rule in light; in dark, which changes only colours, the
 * colour rules (contrast), where axe spends its time. The same properties that need no browser (CSP meta, inline
 * scripts, foreign URLs in the markup) are checked on every built page by scripts/check-dist.mjs.
 */
test.describe.configure({ mode: 'parallel' });

/** Loads a page in a stored theme, collecting what must stay empty; returns the collected problems. */
async function loadWatched(
  page: Page,
  baseURL: string,
  path: string,
  theme: 'light' | 'dark',
): Promise<{ violations: string[]; errors: string[]; foreign: string[] }> {
  await useStoredTheme(page, theme);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const foreign = watchForeignRequests(page, baseURL);
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`./${path}`, { waitUntil: 'load' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  // Islands start on DOMContentLoaded; give their first tasks (and any request they make) a moment.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))),
  );
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  return { violations, errors, foreign };
}

for (const path of SAMPLE_PAGES) {
  test(`/${path}: no CSP violation, error or foreign request; no axe violation (light and dark)`, async ({
    page,
    context,
    baseURL,
  }) => {
    // axe walks every node: the longest pages (e.g. /data/notes/) take it well over 30 s on a busy 2-core machine.
    test.setTimeout(120_000);
    const clean = { violations: [], errors: [], foreign: [] };
    expect(await loadWatched(page, baseURL!, path, 'light')).toEqual(clean);
    await expectNoAxeViolations(page);
    const dark = await context.newPage();
    expect(await loadWatched(dark, baseURL!, path, 'dark')).toEqual(clean);
    await expectNoAxeViolations(dark, COLOUR_RULES);
  });
}
