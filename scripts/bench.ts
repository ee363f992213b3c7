/**
 * `npm run bench`: page weights, requests, site size, build time, chart JS before and after every
 * control was used, re-render time of the largest panel (Figure 7A), and the same panel drawn with
 * Chart.js 4 and Observable Plot for comparison. Prints one table and writes bench/latest.json.
 *
 * Options: --no-build (measure the existing build), --toggles N (default 41).
 * The build goes to $OUT_DIR (as astro.config.mjs honours it) or dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import { basePath, dirSize, distDir, gzipSize, pageWeight, serveStatic, total } from './bench/site.mjs';
import type { PeerApi, PeerSeries } from './bench/peer-types';

interface FiguresFile {
  figures: { panels: { chartId: string; series: { name: string; color: string; points: { x: number; y: number }[] }[] }[] }[];
}

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const toggles = Number(args[args.indexOf('--toggles') + 1]) || 41;
const dist = distDir();
const base = basePath();

/** The page types of the issue, each with one representative page. */
const PAGES = [
  { type: 'home', path: '' },
  { type: 'MDX section', path: 'paper/few-shot-prompting/' },
  { type: 'figure page', path: 'figures/2/' },
  { type: 'chart page', path: 'charts/fig2a/' },
  { type: 'embed page', path: 'embed/fig2a/' },
];
/** A chart page with every control (x switch and y switch) for the "after interaction" figure. */
const INTERACTION_PAGE = 'charts/fig3b/';
const LARGEST_PANEL = 'fig7a';

const kb = (n: number): string => (n / 1024).toFixed(1);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Runs `astro build` into the measured directory and returns its wall time in seconds. */
function timedBuild(): number {
  const started = performance.now();
  const { status } = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (status !== 0) throw new Error('astro build failed');
  return (performance.now() - started) / 1000;
}

/** Gzip size of a file in the build, by the URL the browser requested. */
function gzipOfUrl(url: string): number {
  const path = new URL(url).pathname;
  return gzipSize(readFileSync(join(dist, decodeURIComponent(path.slice(base.length)))));
}

/** A page that tolerates tsx's `__name` helper inside functions passed to page.evaluate. */
async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript('window.__name = (f) => f;');
  return page;
}

/** Counts requests until network idle, and the JS the page fetched. */
async function loadPage(page: Page, url: string): Promise<{ requests: number; fonts: number; js: Set<string> }> {
  let requests = 0;
  let fonts = 0;
  const js = new Set<string>();
  page.on('request', (r) => {
    requests++;
    if (r.resourceType() === 'font') fonts++;
    if (r.resourceType() === 'script') js.add(r.url());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { requests, fonts, js };
}

/** Uses every control of a chart page and returns the gzip bytes of all JS fetched (on load, after). */
async function chartJsAfterInteraction(browser: Browser, origin: string): Promise<{ onLoad: number; after: number; files: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const { js } = await loadPage(page, `${origin}${base}${INTERACTION_PAGE}`);
  const onLoad = [...js].reduce((s, u) => s + gzipOfUrl(u), 0);
  page.on('request', (r) => {
    if (r.resourceType() === 'script') js.add(r.url());
  });
  const chart = page.locator('emergence-chart.is-live');
  await chart.locator('button[data-x][aria-pressed="false"]').first().click();
  await chart.locator('button[data-y][aria-pressed="false"]').first().click();
  await chart.locator('button[data-series]').first().click();
  await chart.locator('button[data-mode="table"]').click();
  await chart.locator('button[data-mode="chart"]').click();
  await chart.locator('details.share-menu > summary').click();
  const download = page.waitForEvent('download');
  await chart.locator('button[data-action="download-image"]').click();
  await download;
  await page.waitForLoadState('networkidle');
  const after = [...js].reduce((s, u) => s + gzipOfUrl(u), 0);
  await context.close();
  return { onLoad, after, files: [...js].map((u) => posix.basename(new URL(u).pathname)) };
}

/** Median time of `await el.setView(...)` on Figure 7A, toggling the highlight (a geometry change). */
async function ourRerender(browser: Browser, origin: string): Promise<{ medianMs: number; samples: number }> {
  const page = await newPage(browser);
  await page.goto(`${origin}${base}charts/${LARGEST_PANEL}/`, { waitUntil: 'networkidle' });
  await page.locator('emergence-chart.is-live').waitFor();
  const times = await page.evaluate(async (n) => {
    interface El extends HTMLElement {
      view: { highlight: string | null };
      setView(v: unknown): Promise<void>;
    }
    const el = document.querySelector('emergence-chart') as El;
    const model = (JSON.parse(el.dataset.caps ?? '{}') as { modelIds: string[] }).modelIds.at(-1) ?? null;
    const toggle = async (): Promise<number> => {
      const t0 = performance.now();
      await el.setView({ ...el.view, highlight: el.view.highlight ? null : model });
      return performance.now() - t0;
    };
    await toggle(); // warm-up: loads the renderer and the panel data
    await toggle();
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(await toggle());
    return out;
  }, toggles);
  await page.close();
  return { medianMs: median(times), samples: times.length };
}

/** Bundles a peer entry with esbuild --minify and times its re-render toggle in Chromium. */
async function peer(browser: Browser, entry: string, series: PeerSeries[]): Promise<{ raw: number; gzip: number; medianMs: number; samples: number }> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error' });
  const code = result.outputFiles[0]!.contents;
  const dir = mkdtempSync(join(tmpdir(), 'bench-peer-'));
  writeFileSync(join(dir, 'bundle.js'), code);
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>peer</title></head><body><div id="chart" style="width:640px;height:400px"></div><script type="module" src="./bundle.js"></script></body></html>');
  const server = await serveStatic(dir);
  try {
    const page = await newPage(browser);
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    const times = await page.evaluate(
      async ({ data, n }) => {
        const api = (window as unknown as { peer: PeerApi }).peer;
        api.draw(document.getElementById('chart')!, data);
        const name = data[data.length - 1]!.name;
        let on = false;
        const toggle = async (): Promise<number> => {
          const t0 = performance.now();
          on = !on;
          api.highlight(on ? name : null);
          return performance.now() - t0;
        };
        await toggle();
        await toggle();
        const out: number[] = [];
        for (let i = 0; i < n; i++) out.push(await toggle());
        return out;
      },
      { data: series, n: toggles },
    );
    await page.close();
    return { raw: code.length, gzip: gzipSize(Buffer.from(code)), medianMs: median(times), samples: times.length };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const buildSeconds = skipBuild ? null : timedBuild();
const weights = PAGES.map((p) => ({ ...p, weight: pageWeight(dist, p.path, base) }));
const found = findChromium();
if (!found) throw new Error('No Chromium found (see scripts/find-chromium.mjs).');
const browser = await chromium.launch({ ...(found.path ? { executablePath: found.path } : {}), args: CHROMIUM_ARGS });
const server = await serveStatic(dist, { base });
const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as FiguresFile;
const panel = figures.figures.flatMap((f) => f.panels).find((p) => p.chartId === LARGEST_PANEL);
if (!panel) throw new Error(`${LARGEST_PANEL} not in content/data/figures.json`);
const series: PeerSeries[] = panel.series.map((s) => ({ name: s.name, color: s.color, points: s.points.map((pt) => ({ x: pt.x, y: pt.y })) }));
try {
  const rows = [];
  for (const p of weights) {
    const page = await browser.newPage();
    const load = await loadPage(page, `${server.url}${base}${p.path}`);
    await page.close();
    const w = p.weight;
    rows.push({
      type: p.type,
      path: `/${p.path}`,
      html: { raw: w.html.raw, gzip: w.html.gzip },
      css: { raw: total(w.css, 'raw'), gzip: total(w.css) },
      js: { raw: total(w.js, 'raw'), gzip: total(w.js) },
      lazyJs: { raw: total(w.lazyJs, 'raw'), gzip: total(w.lazyJs) },
      requests: load.requests,
      fontRequests: load.fonts,
    });
  }
  const interaction = await chartJsAfterInteraction(browser, server.url);
  const ours = await ourRerender(browser, server.url);
  const ourPanel = pageWeight(dist, `charts/${LARGEST_PANEL}/`, base);
  const chartjs = await peer(browser, 'scripts/bench/chartjs-fig7a.ts', series);
  const plot = await peer(browser, 'scripts/bench/plot-fig7a.ts', series);
  const siteBytes = dirSize(dist);

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: browser.version(),
    dist: relative(process.cwd(), dist) || '.',
    buildSeconds,
    siteBytes,
    pages: rows,
    chartJs: { page: `/${INTERACTION_PAGE}`, onLoadGzip: interaction.onLoad, afterAllControlsGzip: interaction.after, files: interaction.files },
    rerender: {
      panel: LARGEST_PANEL,
      toggle: 'highlight on/off (a geometry change: full re-render of both layouts)',
      ours: { jsGzip: total(ourPanel.js) + total(ourPanel.lazyJs), ...ours },
      chartjs: { jsGzip: chartjs.gzip, jsRaw: chartjs.raw, medianMs: chartjs.medianMs, samples: chartjs.samples },
      plot: { jsGzip: plot.gzip, jsRaw: plot.raw, medianMs: plot.medianMs, samples: plot.samples },
    },
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/latest.json', `${JSON.stringify(results, null, 2)}\n`);

  const lines: string[][] = [['measure', 'raw KB', 'gzip KB', 'other']];
  for (const r of rows) {
    lines.push([`${r.type} ${r.path}: HTML`, kb(r.html.raw), kb(r.html.gzip), '']);
    lines.push([`${r.type}: CSS`, kb(r.css.raw), kb(r.css.gzip), '']);
    lines.push([`${r.type}: JS on load`, kb(r.js.raw), kb(r.js.gzip), `+ ${kb(r.lazyJs.gzip)} KB gzip on interaction`]);
    lines.push([`${r.type}: requests on load`, '', '', `${r.requests} (${r.fontRequests} fonts)`]);
  }
  lines.push([`chart JS on load ${results.chartJs.page}`, '', kb(interaction.onLoad), '']);
  lines.push(['chart JS after every control', '', kb(interaction.after), `${interaction.files.length} files`]);
  lines.push(['site size (dist/)', kb(siteBytes), '', `${(siteBytes / 1024 / 1024).toFixed(1)} MB`]);
  lines.push(['full build (astro build)', '', '', buildSeconds === null ? 'skipped (--no-build)' : `${buildSeconds.toFixed(1)} s`]);
  lines.push([`${LARGEST_PANEL} re-render: ours (setView)`, '', kb(results.rerender.ours.jsGzip), `median ${ours.medianMs.toFixed(2)} ms of ${ours.samples}`]);
  lines.push([`${LARGEST_PANEL} re-render: Chart.js 4`, kb(chartjs.raw), kb(chartjs.gzip), `median ${chartjs.medianMs.toFixed(2)} ms of ${chartjs.samples}`]);
  lines.push([`${LARGEST_PANEL} re-render: Observable Plot`, kb(plot.raw), kb(plot.gzip), `median ${plot.medianMs.toFixed(2)} ms of ${plot.samples}`]);
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  for (const [i, l] of lines.entries()) {
    console.log(l.map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  }
  console.log(`\nWritten to bench/latest.json (build: ${dist}).`);
} finally {
  await server.close();
  await browser.close();
}
