import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { watchForeignRequests } from './helpers';

/**
 * Every chart's island, once: the sampled pages (sample-pages.spec.ts) cover each template and
 * chart kind under axe, but the island runs on each panel's own data. One page visits all 66
 * chart pages in turn (two shards), waits for the chart to go live, toggles its first series
 * (which loads the panel's data and redraws both layouts) and expects no console or page error,
 * no request to another origin, and a redrawn chart.
 */
const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as {
  figures: { panels: { chartId: string }[] }[];
};
const ids = figures.figures.flatMap((f) => f.panels.map((p) => p.chartId));
const SHARDS = 2;

test.describe.configure({ mode: 'parallel' });

for (let shard = 0; shard < SHARDS; shard++) {
  const mine = ids.filter((_, i) => i % SHARDS === shard);
  test(`every chart goes live and redraws without errors (${shard + 1}/${SHARDS}: ${mine.length} charts)`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    expect(ids.length).toBe(66);
    const foreign = watchForeignRequests(page, baseURL!);
    const errors: string[] = [];
    let current = '';
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${current}: console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${current}: pageerror: ${error.message}`));
    for (const id of mine) {
      current = id;
      await page.goto(`./charts/${id}/`);
      const chart = page.locator('emergence-chart').first();
      await expect(chart, id).toHaveClass(/is-live/);
      const first = chart.locator('button.legend-item[data-series]:not([disabled])').first();
      if ((await first.count()) === 0) continue;
      const large = chart.locator('.chart-layout[data-layout="large"]');
      const before = await large.innerHTML();
      await first.click();
      await expect(first, id).toHaveAttribute('aria-pressed', 'false');
      await expect(chart, id).not.toHaveAttribute('aria-busy', 'true');
      await expect
        .poll(() => large.innerHTML(), {
          message: `${id}: the chart is redrawn without the series`,
        })
        .not.toBe(before);
    }
    expect({ errors, foreign }).toEqual({ errors: [], foreign: [] });
  });
}
