import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { builtPages, customElements, routeType, SAMPLE_CHART_IDS, SAMPLE_PAGES } from './sample';
import { distDir } from '../../scripts/bench/site.mjs';

/**
 * The browser checks run on a sample (tests/e2e/sample.ts); these tests fail when the build grows
 * something the sample does not cover: a route type in either language, a custom element, or a
 * chart kind (chart type × axis scale and direction × x/y switches).
 */
interface Panel {
  chartId: string;
  kind: string;
  x: { scale: string; reversed?: boolean };
  y: { scale: string; reversed?: boolean };
}
const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as {
  figures: { panels: Panel[] }[];
};
const panels = figures.figures.flatMap((f) => f.panels);

/** What a chart's kind is made of, as separate features (each must appear somewhere in the sample). */
function chartFeatures(p: Panel): string[] {
  const html = readFileSync(`${distDir()}/charts/${p.chartId}/index.html`, 'utf8');
  const raw = /data-caps="([^"]*)"/.exec(html)?.[1];
  expect(raw, `charts/${p.chartId}/ has data-caps`).toBeTruthy();
  const caps = JSON.parse(raw!.replace(/&quot;/g, '"')) as {
    xOptions: string[];
    yOptions: string[];
  };
  const axis = (a: Panel['x']) => `${a.scale}${a.reversed ? ' reversed' : ''}`;
  return [
    `${p.kind}: x ${axis(p.x)}, y ${axis(p.y)}`,
    caps.xOptions.length ? 'x switch' : 'no x switch',
    caps.yOptions.length > 1 ? 'y switch' : 'no y switch',
  ];
}

test('every route type of the build is sampled in each language', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const sampled = new Set(
    SAMPLE_PAGES.map((p) => `${p.startsWith('zh/') ? 'zh' : 'en'} ${routeType(p)}`),
  );
  // 404.html exists once, for both languages.
  const missing = [...new Set(pages.map((p) => `${p.lang} ${routeType(p.path)}`))].filter(
    (t) => !sampled.has(t) && t !== 'zh 404.html',
  );
  expect(missing).toEqual([]);
});

test('every sampled page exists in the build', () => {
  const built = new Set(builtPages().map((p) => p.path));
  expect(SAMPLE_PAGES.filter((p) => !built.has(p))).toEqual([]);
});

test('every custom element of the build appears on a sampled page', () => {
  const inSample = new Set(SAMPLE_PAGES.flatMap((p) => [...customElements(p)]));
  const inBuild = new Set(builtPages().flatMap((p) => [...customElements(p.path)]));
  expect(inBuild.size).toBeGreaterThan(3);
  expect([...inBuild].filter((tag) => !inSample.has(tag))).toEqual([]);
});

test('every chart kind is sampled: type × axis scale and direction, with and without switches', () => {
  const all = new Set(panels.flatMap(chartFeatures));
  const sampled = new Set(
    panels.filter((p) => SAMPLE_CHART_IDS.includes(p.chartId)).flatMap(chartFeatures),
  );
  expect(all.size).toBeGreaterThanOrEqual(6);
  expect([...all].filter((f) => !sampled.has(f))).toEqual([]);
});
