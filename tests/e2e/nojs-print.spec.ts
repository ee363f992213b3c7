import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';

/**
 * Without JavaScript every chart page still shows its chart (the build-time SVG) and its data
 * table; printed to PDF at Letter and A4, a chart page keeps its chart whole on one page.
 */
interface FiguresFile {
  figures: { panels: { chartId: string }[] }[];
}
const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as FiguresFile;
const ids = figures.figures.flatMap((f) => f.panels.map((p) => p.chartId));

test.describe.configure({ mode: 'parallel' });

test('figures.json lists the 66 charts', () => {
  expect(ids).toHaveLength(66);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const id of ids) {
    test(`/charts/${id}/ shows its SVG and data table`, async ({ page }) => {
      await page.goto(`./charts/${id}/`);
      await expect(page.locator('emergence-chart svg.chart-svg').filter({ visible: true }).first()).toBeVisible();
      const table = page.locator('emergence-chart details.chart-table table');
      await expect(table).toBeVisible();
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
    expect(endPage, `chart spans y=${box.y}..${box.y + box.height} across a ${paper.height}px page break`).toBe(startPage);
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
