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

/** Elements (and a global) that would betray an injection; compare with a clean page's counts. */
export async function injectionCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({
    script: document.querySelectorAll('script').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
    iframe: document.querySelectorAll('iframe').length,
    img: document.querySelectorAll('img').length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
  }));
}

/** Records page errors and dialogs (dismissing them): a hostile link must cause neither. */
export function watchErrorsAndDialogs(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

/**
 * Runs in the page: whether an embed's chart is drawn for its frame's current box (the fitted
 * SVG's viewBox matches its slot, within a pixel, after the box's clamp to 160×100) and no redraw
 * is pending. Pass it to waitForFunction.
 */
export function embedIsFitted(): boolean {
  const chart = document.querySelector('emergence-chart');
  const slot = document.querySelector<HTMLElement>('[data-fit]');
  const svg = slot?.querySelector('svg');
  if (!chart || !slot || !svg || chart.hasAttribute('aria-busy')) return false;
  const vb = svg.viewBox.baseVal;
  return (
    Math.abs(vb.width - Math.max(160, Math.round(slot.clientWidth))) <= 1 &&
    Math.abs(vb.height - Math.max(100, Math.round(slot.clientHeight))) <= 1
  );
}
