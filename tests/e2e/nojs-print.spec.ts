import { test, expect } from '@playwright/test';
import { SAMPLE_PAGES } from './sample';

/**
 * Without JavaScript the sampled chart pages (one per chart kind, both languages) show
 * their chart (the build-time SVG) and their data table, and embed pages their chart (the table is
 * the view=table state); that every one of the 66 × 2 × 2 chart and embed pages carries both in its
 * HTML is checked without a browser by scripts/check-dist.mjs.
 * Printed to PDF at Letter and A4, a chart page keeps its chart whole on one page.
 */
const chartPages = SAMPLE_PAGES.filter((p) => /(?:^|\/)(?:charts|embed)\/[^/]+\/$/.test(p));

test.describe.configure({ mode: 'parallel' });

test('the sample has chart and embed pages in both languages', () => {
  expect(chartPages.some((p) => p.startsWith('charts/'))).toBe(true);
  expect(chartPages.some((p) => p.startsWith('embed/'))).toBe(true);
  expect(chartPages.some((p) => p.startsWith('zh/charts/'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of chartPages) {
    test(`/${path} shows its SVG and data table`, async ({ page }) => {
      await page.goto(`./${path}`);
      await expect(
        page.locator('emergence-chart svg.chart-svg').filter({ visible: true }).first(),
      ).toBeVisible();
      const table = page.locator('emergence-chart details.chart-table table');
      // Chart pages show the data table; an embed shows the chart only (its table is the view=table state) but carries the rows.
      if (path.includes('embed/')) await expect(table).toBeAttached();
      else await expect(table).toBeVisible();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    });
  }
});

/** Paper sizes in CSS pixels (96 per inch). Chromium prints with no page margin unless the CSS sets one. */
const PAPER = { Letter: { width: 816, height: 1056 }, A4: { width: 794, height: 1123 } } as const;

for (const format of ['Letter', 'A4'] as const) {
  test(`printed at ${format}, a chart page keeps its chart on one page`, async ({ page }) => {
    const paper = PAPER[format];
    await page.setViewportSize(paper);
    await page.goto('./charts/fig7a/');
    await page.emulateMedia({ media: 'print' });
    const svg = page.locator('emergence-chart svg.chart-svg').filter({ visible: true });
    await expect(svg).toHaveCount(1);
    const box = (await svg.boundingBox())!;
    expect(box.height).toBeGreaterThan(50);
    expect(box.height).toBeLessThanOrEqual(paper.height);
    expect(box.x + box.width).toBeLessThanOrEqual(paper.width + 1);
    const startPage = Math.floor(box.y / paper.height);
    const endPage = Math.floor((box.y + box.height - 1) / paper.height);
    expect(
      endPage,
      `chart spans y=${box.y}..${box.y + box.height} across a ${paper.height}px page break`,
    ).toBe(startPage);
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    const docHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(pageCount).toBeGreaterThanOrEqual(1);
    // The PDF has as many pages as the print layout is tall (one more for a pushed-down block).
    expect(pageCount).toBeGreaterThanOrEqual(Math.ceil(docHeight / paper.height));
    expect(pageCount).toBeLessThanOrEqual(Math.ceil(docHeight / paper.height) + 1);
  });
}
