import { test, expect } from '@playwright/test';
import { injectionCounts, watchErrorsAndDialogs } from './helpers';

/**
 * Hostile query strings in a real browser, on a chart page and an embed page: nothing throws or
 * opens a dialog, the chart's SVG stays, nothing gets injected, and the notice lists exactly the
 * parameters that were ignored — counted by hand from the README's parameter table, not by the
 * parser under test. The parser itself meets thousands of generated hostile queries in
 * tests/unit/state/url-state-oracle.test.ts (fast-check, checked against an independent model).
 */
const FIXED: { query: string; ignored: number; why: string; theme?: 'dark' }[] = [
  {
    query: `?x=${encodeURIComponent('<script>window.__pwned=1</script>')}`,
    ignored: 1,
    why: 'x: not flops or params',
  },
  {
    query: `?series=${encodeURIComponent('"><img src=x onerror="window.__pwned=1">')}&series=LaMDA`,
    ignored: 2,
    why: 'series given twice; the first names no series',
  },
  {
    query: `?highlight=${encodeURIComponent('javascript:window.__pwned=1')}&view=${encodeURIComponent("'><iframe src=javascript:1>")}`,
    ignored: 2,
    why: 'highlight: no such model; view: not chart or table',
  },
  {
    query: '?__proto__[x]=params&constructor[prototype][y]=log&x=__proto__&toString=1',
    ignored: 1,
    why: 'x: not flops or params (unknown keys are not parameters)',
  },
  {
    query: `?x=${'A'.repeat(100_000)}&theme=dark&theme=light`,
    ignored: 2,
    why: 'x: too long; theme given twice (the first, dark, applies)',
    theme: 'dark',
  },
  { query: '?y=log', ignored: 1, why: 'y: Figure 2A has no y switch' },
  {
    query: '?size=99999999x99999999',
    ignored: 1,
    why: 'size: not normal or slide (no arbitrary boxes)',
  },
  {
    query: `?labels=${encodeURIComponent('<svg onload=window.__pwned=1>')}&height=${encodeURIComponent('"><script>window.__pwned=1</script>')}`,
    ignored: 2,
    why: 'labels: not auto, direct or legend; height: not fit or auto',
  },
  { query: '?x=params&series=GPT-3', ignored: 0, why: 'all valid: no notice' },
  {
    query: '?labels=direct&size=slide&height=auto',
    ignored: 0,
    why: 'all valid (labels, size, height): no notice',
  },
];

test.describe.configure({ mode: 'parallel' });

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

    for (const { query, ignored, why, theme } of FIXED) {
      test(`${query.slice(0, 60)}${query.length > 60 ? '…' : ''}: ${why}`, async ({
        page,
        baseURL,
      }) => {
        const errors = watchErrorsAndDialogs(page);
        const target = new URL(`./${path}${query}`, baseURL!).href;
        // Servers refuse request lines over ~16 KB (HTTP 431); the page under test is static, so
        // long URLs get the clean page's bytes while the browser keeps the hostile location.
        if (target.length > 8000) {
          const cleanUrl = new URL(`./${path}`, baseURL!).href;
          await page.route(
            (u) => u.href === target,
            async (route) => route.fulfill({ response: await page.request.get(cleanUrl) }),
          );
        }
        await page.goto(target);
        const chart = page.locator('emergence-chart');
        await expect(chart).toHaveClass(/is-live/);
        await expect(chart).not.toHaveAttribute('aria-busy', 'true');
        expect(await page.locator('svg.chart-svg').count()).toBeGreaterThan(0);
        expect(await injectionCounts(page)).toEqual(clean);
        const notice = page.locator('.url-notice');
        if (ignored) {
          await expect(notice).toBeVisible();
          // The notice shows the values as text, never as markup.
          await expect(notice.locator('li')).toHaveCount(ignored);
        } else await expect(notice).toBeHidden();
        if (theme) await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(errors).toEqual([]);
      });
    }
  });
}
