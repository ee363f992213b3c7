import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Records every request whose origin differs from the page's, for the "nothing leaves the site" checks. */
export function watchForeignRequests(page: Page, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const target = request.url();
    if (target.startsWith('data:') || target.startsWith('blob:')) return;
    if (new URL(target).origin !== origin) foreign.push(target);
  });
  return foreign;
}

/** The axe rules a theme change can affect (the dark theme changes only colours). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe with the WCAG 2.x A/AA rules (2.2 included), or only `rules` of them, and expects no violations. */
export async function expectNoAxeViolations(page: Page, rules?: string[]): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ]);
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Forces a theme the way a returning reader has it: a stored choice applied before first paint. */
export async function useStoredTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('theme', value), theme);
}
