import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoAxeViolations, useStoredTheme } from './helpers';
import { embedPaths, sitemapPaths } from '../../scripts/bench/site.mjs';

/**
 * axe (WCAG 2.0–2.2 A/AA) on every page of the build's sitemap (plus embed pages, which are
 * noindex and so not listed there), in the light and the dark theme.
 * One test per page (the two workers share them). Light runs every rule; the dark theme changes
 * only colours, so on most pages dark re-runs the colour rules (contrast), which is where axe spends
 * its time; one page of each route type runs every rule in dark too.
 */
// Embed pages are noindex and so not in the sitemap; two panels per language (the smallest and the largest) stand for them.
const pages = [...sitemapPaths(), ...embedPaths().filter((p) => /embed\/(fig2a|fig7a)\/$/.test(p))];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** First page of each route type ("", "charts", "zh/embed", …) runs the full rule set in dark. */
const fullDark = new Set<string>();
const seenTypes = new Set<string>();
for (const path of pages) {
  const type = path.split('/').slice(0, path.startsWith('zh/') ? 2 : 1).join('/');
  if (!seenTypes.has(type)) {
    seenTypes.add(type);
    fullDark.add(path);
  }
}

test.describe.configure({ mode: 'parallel' });

for (const path of pages) {
  test(`axe: /${path} (light and dark)`, async ({ page, context }) => {
    // The longest pages (e.g. /data/notes/) take axe well over the default 30 s on a busy 2-core machine.
    test.setTimeout(120_000);
    await useStoredTheme(page, 'light');
    await page.goto(`./${path}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expectNoAxeViolations(page);

    const dark = await context.newPage();
    await useStoredTheme(dark, 'dark');
    await dark.goto(`./${path}`);
    await expect(dark.locator('html')).toHaveAttribute('data-theme', 'dark');
    if (fullDark.has(path)) await expectNoAxeViolations(dark);
    else {
      const results = await new AxeBuilder({ page: dark }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).withRules(COLOUR_RULES).analyze();
      expect(results.violations.map((v) => `${v.id} (dark): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
}
