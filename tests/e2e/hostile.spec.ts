import { test, expect, type Page } from '@playwright/test';
import fc from 'fast-check';
import { defaultUrlState, parseUrlState } from '../../src/lib/state/url-state';
import type { ChartCapabilities, ChartView } from '../../src/lib/chart/view';

/**
 * Hostile query strings in a real browser: 50 generated queries (fixed seed) on a chart page and
 * an embed page. Nothing may throw, the chart's SVG stays, nothing gets injected, and whenever the
 * shared parser reports an invalid known parameter the notice is shown (and only then).
 */
const KNOWN = ['x', 'y', 'series', 'highlight', 'view', 'theme', 'controls', 'size', 'families', 'xaxis'];
const NASTY = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><iframe src=javascript:window.__pwned=1></iframe>",
  'javascript:window.__pwned=1',
  '__proto__',
  'constructor',
  '%00%ff%fe',
  '\u202e\u0000\ud83d\ude00',
  '1e309',
  '-0',
  String(Number.MAX_SAFE_INTEGER) + '999999999999',
  'GPT-3~GPT-3~LaMDA~<b>x</b>',
  'flops',
  'params',
  'log',
  'table',
  'dark',
  '0',
];

const key = fc.oneof({ arbitrary: fc.constantFrom(...KNOWN), weight: 3 }, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.string({ unit: 'binary', maxLength: 12 }));
const value = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  // 100 KB once encoded, so that even twelve of them stay under Chromium's 2 MB URL limit.
  fc.constantFrom('A'.repeat(100_000), '<'.repeat(33_000), '€'.repeat(11_000)),
);
const query = fc
  .tuple(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([pairs, repeat]) => {
    const all = repeat ? [...pairs, ...pairs] : pairs;
    return `?${all.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
  });
/** Hand-written cases that must always be covered, then 50 generated ones (fixed seed, so every run is the same). */
const FIXED = [
  `?x=${encodeURIComponent('<script>window.__pwned=1</script>')}`,
  `?series=${encodeURIComponent('"><img src=x onerror="window.__pwned=1">')}&series=LaMDA`,
  `?highlight=${encodeURIComponent('javascript:window.__pwned=1')}&view=${encodeURIComponent("'><iframe src=javascript:1>")}`,
  '?__proto__[x]=params&constructor[prototype][y]=log&x=__proto__&toString=1',
  `?x=${'A'.repeat(100_000)}&theme=dark&theme=light`,
];
const QUERIES = [...FIXED, ...fc.sample(query, { seed: 20220607, numRuns: 50 })];

test.describe.configure({ mode: 'parallel' });

/** Elements that would betray an injection. */
async function injectionCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({
    script: document.querySelectorAll('script').length,
    onerror: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    iframe: document.querySelectorAll('iframe').length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
  }));
}

for (const path of ['charts/fig2a/', 'embed/fig2a/']) {
  test.describe(`/${path}`, () => {
    let clean: Record<string, number>;

    test.beforeAll(async ({ browser, baseURL }) => {
      const page = await browser.newPage({ baseURL: baseURL! });
      await page.goto(`./${path}`);
      await expect(page.locator('emergence-chart.is-live')).toHaveCount(1);
      clean = await injectionCounts(page);
      await page.close();
    });

    QUERIES.forEach((q, i) => {
      test(`hostile query #${i}${i < FIXED.length ? ' (fixed)' : ''} (${q.length} chars)`, async ({ page, baseURL }) => {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('dialog', (d) => {
          errors.push(`dialog: ${d.message()}`);
          void d.dismiss();
        });
        const target = new URL(`./${path}${q}`, baseURL!).href;
        // Servers refuse request lines over ~16 KB (HTTP 431); the page under test is static, so
        // long URLs get the clean page's bytes while the browser keeps the hostile location.
        if (target.length > 8000) {
          const cleanUrl = new URL(`./${path}`, baseURL!).href;
          await page.route((u) => u.href === target, async (route) => route.fulfill({ response: await page.request.get(cleanUrl) }));
        }
        await page.goto(target);
        const chart = page.locator('emergence-chart');
        await expect(chart).toHaveClass(/is-live/);
        await page.waitForLoadState('networkidle');
        expect(await page.locator('svg.chart-svg').count()).toBeGreaterThan(0);
        expect(await injectionCounts(page)).toEqual(clean);
        const caps = JSON.parse((await chart.getAttribute('data-caps')) ?? '{}') as ChartCapabilities;
        const defaults = defaultUrlState(JSON.parse((await chart.getAttribute('data-default-view')) ?? '{}') as ChartView);
        const { issues } = parseUrlState(await page.evaluate(() => location.search), caps, defaults);
        const notice = page.locator('.url-notice');
        if (issues.length) {
          await expect(notice).toBeVisible();
          // The notice shows the values as text, never as markup.
          expect(await notice.locator('li').count()).toBe(issues.length);
        } else await expect(notice).toBeHidden();
        expect(errors).toEqual([]);
      });
    });
  });
}
