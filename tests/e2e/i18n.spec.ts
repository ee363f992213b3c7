import { test, expect } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML route under dir, as site paths ("/paper/x/"). */
function routes(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory())
      return name === 'zh' && prefix === '' ? [] : routes(full, `${prefix}/${name}`);
    return name === 'index.html' ? [`${prefix}/`] : [];
  });
}

test('every English route of the build has a Chinese twin under /zh/', () => {
  const dist = process.env.OUT_DIR ?? 'dist';
  const en = routes(dist).filter((r) => !r.startsWith('/pagefind'));
  const zh = new Set(routes(join(dist, 'zh')).map((r) => r));
  const missing = en.filter((r) => !zh.has(r));
  expect(missing).toEqual([]);
  expect(en.length).toBeGreaterThan(100);
});

test('the language switcher goes to the twin page and back, with lang and hreflang set', async ({
  page,
}) => {
  await page.goto('./paper/what-is-scale/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute(
    'href',
    /\/zh\/paper\/what-is-scale\/$/,
  );
  await page.getByRole('link', { name: /中文/ }).click();
  await expect(page).toHaveURL(/\/zh\/paper\/what-is-scale\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/paper\/what-is-scale\/$/);
});

test('Chinese chart pages localise controls, tooltips and numbers', async ({ page }) => {
  await page.goto('./zh/charts/fig2a/');
  const chart = page.locator('emergence-chart');
  await expect(chart).toHaveClass(/is-live/);
  await expect(
    chart.getByRole('group', { name: '横轴' }).getByRole('button', { name: '参数量' }),
  ).toBeVisible();
  await chart.locator('.chart-frame').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(chart.locator('.chart-tooltip')).toContainText('来源：图 2A');
  await expect(chart.locator('.chart-tooltip')).toContainText(/参数量：[\d.]+(亿|万)/);
});
