import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface Point {
  x: number;
  y: number;
  model?: string;
}
const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as {
  figures: {
    figure: number;
    panels: { chartId: string; series: { name: string; points: Point[] }[] }[];
  }[];
};
const panel = (id: string) =>
  figures.figures.flatMap((f) => f.panels).find((p) => p.chartId === id)!;

/** The chart element of a chart page and its visible (large-layout) SVG. */
function chartOf(page: Page) {
  const chart = page.locator('emergence-chart').first();
  return { chart, svg: chart.locator('.chart-layout[data-layout="large"] svg.chart-svg') };
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
});

test('hovering a point shows its model, scale, value and source', async ({ page }) => {
  await page.goto('./charts/fig2a/');
  const { chart, svg } = chartOf(page);
  await expect(chart).toHaveClass(/is-live/);
  const point = svg.locator('g.series[data-series="GPT-3"] g.pt').last();
  await point.hover();
  const tip = chart.locator('.chart-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('GPT-3');
  await expect(tip).toContainText('Training FLOPs');
  await expect(tip).toContainText('Source: Figure 2A');
});

test('keyboard: Tab into the chart, arrows move along and across series, Escape closes the tooltip', async ({
  page,
}) => {
  await page.goto('./charts/fig2a/');
  const { chart } = chartOf(page);
  await expect(chart).toHaveClass(/is-live/);
  const frame = chart.locator('.chart-frame');
  await frame.focus();
  await expect(frame).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const tip = chart.locator('.chart-tooltip');
  const live = chart.locator('.chart-live');
  await expect(tip).toBeVisible();
  const first = await live.textContent();
  // The first point is the leftmost point of the first series (LaMDA).
  expect(first).toContain('LaMDA');
  await page.keyboard.press('ArrowRight');
  await expect(live).not.toHaveText(first ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(live).toContainText('GPT-3');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('legend buttons toggle a series and its table rows (aria-pressed)', async ({ page }) => {
  await page.goto('./charts/fig2a/');
  const { chart, svg } = chartOf(page);
  const lamda = chart.getByRole('button', { name: 'LaMDA' });
  await expect(lamda).toHaveAttribute('aria-pressed', 'true');
  await lamda.click();
  await expect(lamda).toHaveAttribute('aria-pressed', 'false');
  await expect(svg.locator('g.series[data-series="LaMDA"]')).toHaveAttribute('display', 'none');
  await expect(chart.locator('tr[data-series="LaMDA"]').first()).toBeHidden();
  await lamda.click();
  await expect(svg.locator('g.series[data-series="LaMDA"]')).not.toHaveAttribute('display', 'none');
});

test('when the chart data cannot load, a toggle is undone and says why; the next try works', async ({
  page,
}) => {
  await page.goto('./charts/fig2a/');
  const { chart, svg } = chartOf(page);
  await expect(chart).toHaveClass(/is-live/);
  const before = await svg.innerHTML();
  await page.route('**/data/panels/*.json', (route) => route.abort());
  const lamda = chart.getByRole('button', { name: 'LaMDA' });
  await lamda.click();
  await expect(chart.locator('.chart-live')).toHaveText(/could not be loaded/);
  await expect(chart).not.toHaveAttribute('aria-busy', 'true');
  await expect(lamda).toHaveAttribute('aria-pressed', 'true');
  await expect(chart.locator('tr[data-series="LaMDA"]').first()).toBeAttached();
  expect(await chart.locator('tr[data-series="LaMDA"][hidden]').count()).toBe(0);
  expect(await svg.innerHTML()).toBe(before);
  await page.unroute('**/data/panels/*.json');
  await lamda.click();
  await expect(lamda).toHaveAttribute('aria-pressed', 'false');
  await expect(svg.locator('g.series[data-series="LaMDA"]')).toHaveAttribute('display', 'none');
});

test('the x switch redraws the chart against parameters, and back', async ({ page }) => {
  await page.goto('./charts/fig2a/');
  const { chart, svg } = chartOf(page);
  const xSwitch = chart.getByRole('group', { name: 'X axis' });
  await xSwitch.getByRole('button', { name: 'Parameters' }).click();
  await expect(svg.locator('.axis-x text').last()).toHaveText('Model scale (number of parameters)');
  await expect(page).toHaveURL(/\?x=params$/);
  await xSwitch.getByRole('button', { name: 'FLOPs' }).click();
  await expect(svg.locator('.axis-x text').last()).toHaveText('Model scale (training FLOPs)');
  await expect(page).toHaveURL(/\/charts\/fig2a\/$/);
});

test('the y switch turns the reversed log axis of Figure 3D linear', async ({ page }) => {
  await page.goto('./charts/fig3d/');
  const { chart, svg } = chartOf(page);
  await expect(svg.locator('.axis-y tspan').first()).toBeVisible();
  await chart.getByRole('button', { name: 'Linear' }).click();
  // Linear ticks are plain numbers: no superscript exponents left on the y axis.
  await expect(svg.locator('.axis-y tspan')).toHaveCount(0);
  await expect(chart.getByRole('button', { name: 'Linear' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the table view shows the data and sorts by a column', async ({ page }) => {
  await page.goto('./charts/fig2a/');
  const { chart } = chartOf(page);
  await chart.getByRole('button', { name: 'Table' }).click();
  await expect(chart.locator('.chart-frame')).toBeHidden();
  const table = chart.locator('.chart-table table');
  await expect(table).toBeVisible();
  const expected = panel('fig2a')
    .series.flatMap((s) => s.points.map((p) => p.y))
    .sort((a, b) => a - b);
  await table.getByRole('button', { name: 'Accuracy (%)' }).click();
  const cells = await table
    .locator('tbody tr td:last-child')
    .evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));
  expect(cells).toEqual(expected);
  await table.getByRole('button', { name: 'Accuracy (%)' }).click();
  const desc = await table
    .locator('tbody tr td:last-child')
    .evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));
  expect(desc).toEqual([...expected].reverse());
});

test('with JavaScript off a chart page shows its SVG and its data table', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('./charts/fig7a/');
  await expect(page.locator('svg.chart-svg').first()).toBeVisible();
  const rows = panel('fig7a').series.reduce((n, s) => n + s.points.length, 0);
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(rows);
  await context.close();
});

test('figure and chart pages fit 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['./figures/2/', './charts/fig2a/', './charts/fig8/', './figures/10/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    await expect(
      page
        .locator('.chart-layout[data-layout="compact"] svg, .chart-layout[data-layout="small"] svg')
        .first(),
    ).toBeVisible();
  }
});

// axe on figure and chart pages (every chart kind, light and dark): tests/e2e/sample-pages.spec.ts.
