/**
 * `npm run bench`: page weights, requests, site size, build time, chart JS before and after every
 * control was used, and, on the panel with the most points (found in the build), this site against
 * the same panel drawn at the same size with Chart.js 4 and Observable Plot, the three taking
 * turns: the highlight toggle, the series toggle and the x switch, each timed as the update's
 * script time (median, p95; animation off) and as click → next paint, with each library's JS (see
 * METHOD). Prints the tables and the ratios to the targets of issue 12 (printed, not asserted) and
 * writes bench/latest.json. Where the time of a click goes: scripts/bench/click-trace.ts.
 *
 * Options: --no-build (measure the existing build), --toggles N (runs per interaction, default 41),
 * --quiet MS (quiet time before each click, default 80; 0 clicks as soon as the last result is in).
 * The build goes to $OUT_DIR (as astro.config.mjs honours it) or dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
  basePath,
  dirSize,
  distDir,
  gzipSize,
  pageWeight,
  serveStatic,
  total,
} from './bench/site.mjs';
import type { Interaction } from './bench/peer-types';
import {
  largestPanel,
  LIBS,
  openOurs,
  openPeer,
  VIEWPORT,
  type Lib,
  type Subject,
  launchChromium,
} from './bench/subjects';

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

/**
 * Quiet time before each click. Chromium keeps asking for frames for about three frames after the
 * last one; a click in that window waits for the next vsync, a click after it is drawn at once.
 * Clicks this far apart are drawn as a reader's are (their clicks are hundreds of ms apart).
 */
const QUIET_MS = args.includes('--quiet') ? Number(args[args.indexOf('--quiet') + 1]) : 80;

/** How the interaction figures are measured (written to bench/latest.json with them). */
const METHOD = [
  'Each library draws the panel with the most points, from the same bundle, at the size our chart has on its page (the peers on a bare page); the libraries take turns, one run each in a rotating order, so load from other processes falls on all alike.',
  'medianMs/p95Ms: script time of one redraw (ours: setView until the chart announces the drawn view with chartviewchange, i.e. model, element tree and in-place keyed join, reduced motion so nothing animates; peers: the synchronous update call), one frame between runs.',
  'withPageUpdates: the same plus what the page does for it later (ours: the permalink, history.replaceState, written when the page is idle after the frame).',
  `clickToPaint: a mouse click on the control, ${QUIET_MS} ms plus a random part of a frame after the page's last activity (as a reader's clicks come: Chromium keeps frames running for about three frames after the last one, and the wait for the page's result was polled on a timer, not on rAF, so that it does not keep frames running itself), from the event timestamp to the first frame after the chart was drawn (rAF + a message posted from it; ours: after chartviewchange).`,
  'clickToSettled (ours): the same to the first frame after aria-busy clears, i.e. the data table below the chart in step too (it follows one frame later).',
].join(' ');

const kb = (n: number): string => (n / 1024).toFixed(1);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Runs `astro build` into the measured directory and returns its wall time in seconds. */
function timedBuild(): number {
  const started = performance.now();
  const { status } = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (status !== 0) throw new Error('astro build failed');
  return (performance.now() - started) / 1000;
}

/** Gzip size of a file in the build, by the URL the browser requested. */
function gzipOfUrl(url: string): number {
  const path = new URL(url).pathname;
  return gzipSize(readFileSync(join(dist, decodeURIComponent(path.slice(base.length)))));
}

/** Counts requests until network idle, and the JS the page fetched. */
async function loadPage(
  page: Page,
  url: string,
): Promise<{ requests: number; fonts: number; js: Set<string> }> {
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
async function chartJsAfterInteraction(
  browser: Browser,
  origin: string,
  pagePath: string,
): Promise<{ onLoad: number; after: number; withFile: number; files: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const { js } = await loadPage(page, `${origin}${base}${pagePath}`);
  const onLoad = [...js].reduce((s, u) => s + gzipOfUrl(u), 0);
  page.on('request', (r) => {
    if (r.resourceType() === 'script') js.add(r.url());
  });
  const chart = page.locator('emergence-chart.is-live');
  for (const control of [
    'button[data-x][aria-pressed="false"]',
    'button[data-y][aria-pressed="false"]',
    'button[data-series]',
  ]) {
    const button = chart.locator(control).first();
    if (await button.count()) await button.click();
  }
  await chart.locator('button[data-mode="table"]').click();
  await chart.locator('button[data-mode="chart"]').click();
  await chart.locator('details.share-menu > summary').click();
  await chart.locator('button[data-action="copy-link"]').click();
  await page.waitForLoadState('networkidle');
  const after = [...js].reduce((s, u) => s + gzipOfUrl(u), 0);
  // A file (here a PNG) loads the export code on request: measured apart, as budgets.json does.
  const download = page.waitForEvent('download');
  await chart.locator('button[data-action="download-image"]').click();
  await download;
  await page.waitForLoadState('networkidle');
  const withFile = [...js].reduce((s, u) => s + gzipOfUrl(u), 0);
  await context.close();
  return {
    onLoad,
    after,
    withFile,
    files: [...js].map((u) => posix.basename(new URL(u).pathname)),
  };
}

/** Median and 95th percentile of a sample (nearest rank). */
function summary(xs: number[]): Timing {
  const s = [...xs].sort((a, b) => a - b);
  const p95 = s[Math.max(0, Math.ceil(s.length * 0.95) - 1)] ?? Number.NaN;
  return { medianMs: round3(median(xs)), p95Ms: round3(p95), samples: xs.length };
}
const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Median and p95 of one interaction, in ms, over `samples` runs. */
interface Timing {
  medianMs: number;
  p95Ms: number;
  samples: number;
}

/**
 * One library's figures for one interaction: script time of the redraw (medianMs, p95Ms), the
 * same with what the page does after it (ours: the permalink's history.replaceState, run when the
 * page is idle after the frame), click → next paint, and (ours only) click → the frame after the
 * whole chart element is in step (its data table follows the chart one frame later).
 */
interface InteractionResult extends Timing {
  withPageUpdates: Timing;
  clickToPaint: Timing;
  clickToSettled?: Timing;
}

const INTERACTIONS: Interaction[] = ['highlight', 'series', 'x'];

/** Rotates a list by `i` places, so each library in turn goes first. */
const rotate = <T>(xs: T[], i: number): T[] => xs.map((_, k) => xs[(k + i) % xs.length]!);

/**
 * Times each interaction in every library, the libraries taking turns (one run of each, in a
 * rotating order, then the next), so that load from other processes on the machine falls on all
 * of them alike: first `n` script-time runs after two warm-ups, each followed by a frame, then
 * `n` clicks on the control after one warm-up click, each at a random phase of the frame.
 */
async function measureInteractions(
  subjects: Subject[],
  n: number,
): Promise<Record<Lib, Record<Interaction, InteractionResult>>> {
  type Sample = { times: number[]; totals: number[]; paints: number[]; settles: number[] };
  const out = Object.fromEntries(LIBS.map((l) => [l, {}])) as Record<
    Lib,
    Record<Interaction, InteractionResult>
  >;
  const time = (s: Subject, kind: Interaction): Promise<[number, number]> =>
    s.page.evaluate(
      (k) =>
        (
          window as unknown as { __bench: { time(k: string): Promise<[number, number]> } }
        ).__bench.time(k),
      kind,
    );
  const counts = (s: Subject): Promise<[number, number]> =>
    s.page.evaluate(() => {
      const b = (window as unknown as { __bench: { paints: number[]; settles: number[] } }).__bench;
      return [b.paints.length, b.settles.length];
    });
  /** One mouse click on the control at a random phase of the frame; returns [click → paint, click → settled]. */
  const click = async (s: Subject, kind: Interaction): Promise<[number, number | null]> => {
    const [paints, settles] = await counts(s);
    const ours = s.lib === 'ours';
    // A reader's clicks are far apart: the page has been quiet for a while (QUIET_MS), and the click
    // lands at a random phase of the frame.
    await s.page.waitForTimeout(QUIET_MS + Math.random() * 17);
    // A plain mouse click at the control (no actionability checks running in the page during the event).
    const box = await s.page.locator(s.controls[kind]).first().boundingBox();
    if (!box) throw new Error(`${s.lib} ${s.controls[kind]}: not on screen`);
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await s.page.waitForFunction(
      ([p, q, o]) => {
        const b = (window as unknown as { __bench: { paints: number[]; settles: number[] } })
          .__bench;
        return b.paints.length > p && (!o || b.settles.length > q);
      },
      [paints, settles, ours] as const,
      // Polled on a timer: polling on requestAnimationFrame would itself keep frames running.
      { polling: 5 },
    );
    return s.page.evaluate((o) => {
      const b = (window as unknown as { __bench: { paints: number[]; settles: number[] } }).__bench;
      return [b.paints.at(-1)!, o ? b.settles.at(-1)! : null] as [number, number | null];
    }, ours);
  };
  for (const kind of INTERACTIONS) {
    const samples = new Map<Lib, Sample>(
      subjects.map((s) => [s.lib, { times: [], totals: [], paints: [], settles: [] }]),
    );
    // Warm-ups: for our chart the first run loads the renderer and the panel data.
    for (const s of subjects) for (let i = 0; i < 2; i++) await time(s, kind);
    for (let i = 0; i < n; i++) {
      for (const s of rotate(subjects, i)) {
        const [t, total] = await time(s, kind);
        samples.get(s.lib)!.times.push(t);
        samples.get(s.lib)!.totals.push(total);
      }
    }
    for (const s of subjects) await click(s, kind);
    for (let i = 0; i < n; i++) {
      for (const s of rotate(subjects, i)) {
        const [paint, settled] = await click(s, kind);
        samples.get(s.lib)!.paints.push(paint);
        if (settled !== null) samples.get(s.lib)!.settles.push(settled);
      }
    }
    for (const [lib, x] of samples) {
      out[lib][kind] = {
        ...summary(x.times),
        withPageUpdates: summary(x.totals),
        clickToPaint: summary(x.paints),
        ...(x.settles.length ? { clickToSettled: summary(x.settles) } : {}),
      };
    }
  }
  return out;
}

const buildSeconds = skipBuild ? null : timedBuild();
const weights = PAGES.map((p) => ({ ...p, weight: pageWeight(dist, p.path, base) }));
const browser = await launchChromium();
const server = await serveStatic(dist, { base });
// The peers draw the very data our chart draws: the published bundle of the panel, both x quantities per point.
const largest = largestPanel(dist);
const series = largest.series;
const pointCount = series.reduce((n, s) => n + s.points.length, 0);
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
  const interaction = await chartJsAfterInteraction(browser, server.url, INTERACTION_PAGE);
  const oursJs = await chartJsAfterInteraction(browser, server.url, `charts/${largest.id}/`);
  const oursPage = await openOurs(browser, `${server.url}${base}charts/${largest.id}/`);
  const chartjs = await openPeer(
    browser,
    'chartjs',
    'scripts/bench/chartjs-panel.ts',
    series,
    oursPage.box,
  );
  const plot = await openPeer(browser, 'plot', 'scripts/bench/plot-panel.ts', series, oursPage.box);
  const measured = await measureInteractions([oursPage, chartjs, plot], toggles);
  for (const s of [oursPage, chartjs, plot]) await s.close();
  const siteBytes = dirSize(dist);

  const interactions = Object.fromEntries(
    INTERACTIONS.map((k) => [
      k,
      { ours: measured.ours[k], chartjs: measured.chartjs[k], plot: measured.plot[k] },
    ]),
  ) as Record<Interaction, Record<Lib, InteractionResult>>;
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: browser.version(),
    dist: relative(process.cwd(), dist) || '.',
    buildSeconds,
    siteBytes,
    pages: rows,
    chartJs: {
      page: `/${INTERACTION_PAGE}`,
      onLoadGzip: interaction.onLoad,
      afterAllControlsGzip: interaction.after,
      withImageDownloadGzip: interaction.withFile,
      files: interaction.files,
    },
    interactions: {
      panel: largest.id,
      points: pointCount,
      box: oursPage.box,
      viewport: VIEWPORT,
      method: METHOD,
      ...interactions,
    },
    js: {
      ours: {
        page: `/charts/${largest.id}/`,
        onLoadGzip: oursJs.onLoad,
        afterAllControlsGzip: oursJs.after,
      },
      chartjs: { onLoadGzip: chartjs.gzip, afterAllControlsGzip: chartjs.gzip, raw: chartjs.raw },
      plot: { onLoadGzip: plot.gzip, afterAllControlsGzip: plot.gzip, raw: plot.raw },
    },
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/latest.json', `${JSON.stringify(results, null, 2)}\n`);

  const lines: string[][] = [['measure', 'raw KB', 'gzip KB', 'other']];
  for (const r of rows) {
    lines.push([`${r.type} ${r.path}: HTML`, kb(r.html.raw), kb(r.html.gzip), '']);
    lines.push([`${r.type}: CSS`, kb(r.css.raw), kb(r.css.gzip), '']);
    lines.push([
      `${r.type}: JS on load`,
      kb(r.js.raw),
      kb(r.js.gzip),
      `+ ${kb(r.lazyJs.gzip)} KB gzip on interaction`,
    ]);
    lines.push([`${r.type}: requests on load`, '', '', `${r.requests} (${r.fontRequests} fonts)`]);
  }
  lines.push([`chart JS on load ${results.chartJs.page}`, '', kb(interaction.onLoad), '']);
  lines.push([
    'chart JS after every control',
    '',
    kb(interaction.after),
    `${interaction.files.length} files`,
  ]);
  lines.push([
    'site size (dist/)',
    kb(siteBytes),
    '',
    `${(siteBytes / 1024 / 1024).toFixed(1)} MB`,
  ]);
  lines.push([
    'full build (astro build)',
    '',
    '',
    buildSeconds === null ? 'skipped (--no-build)' : `${buildSeconds.toFixed(1)} s`,
  ]);
  const table = (ls: string[][], right: number[]): void => {
    const ws = ls[0]!.map((_, i) => Math.max(...ls.map((l) => l[i]!.length)));
    for (const [i, l] of ls.entries()) {
      console.log(
        l
          .map((cell, c) => (right.includes(c) ? cell.padStart(ws[c]!) : cell.padEnd(ws[c]!)))
          .join(' | '),
      );
      if (i === 0) console.log(ws.map((w) => '-'.repeat(w)).join('-|-'));
    }
  };
  table(lines, [1, 2]);

  const LABELS: Record<Lib, string> = {
    ours: 'this site (in-place join)',
    chartjs: 'Chart.js 4',
    plot: 'Observable Plot',
  };
  const ms = (t: Timing): string => `${t.medianMs.toFixed(2)} / ${t.p95Ms.toFixed(2)}`;
  console.log(
    `\n${largest.id} (${pointCount} points, drawn at ${oursPage.box.width} × ${oursPage.box.height}), ${toggles} runs each, libraries taking turns; ms, median / p95`,
  );
  const perf: string[][] = [
    [
      'interaction',
      'library',
      're-render',
      'with URL update',
      'click → next paint',
      'click → table in step',
      'JS gzip on load / after every control',
    ],
  ];
  for (const k of INTERACTIONS) {
    for (const lib of LIBS) {
      const r = interactions[k][lib];
      perf.push([
        k,
        LABELS[lib],
        ms(r),
        lib === 'ours' ? ms(r.withPageUpdates) : '',
        ms(r.clickToPaint),
        r.clickToSettled ? ms(r.clickToSettled) : '',
        `${kb(results.js[lib].onLoadGzip)} / ${kb(results.js[lib].afterAllControlsGzip)} KB`,
      ]);
    }
  }
  table(perf, [2, 3, 4, 5]);
  console.log('\nTargets (printed, not asserted):');
  for (const k of INTERACTIONS) {
    const r = interactions[k];
    const ratio = (peerLib: 'chartjs' | 'plot'): string =>
      `${(r.ours.medianMs / r[peerLib].medianMs).toFixed(2)}× ${peerLib}`;
    const ok = r.ours.medianMs <= r.chartjs.medianMs && r.ours.medianMs <= r.plot.medianMs;
    console.log(
      `  ${k}: our median re-render is ${ratio('chartjs')}, ${ratio('plot')} ${ok ? '(met: ≤ both)' : '(MISSED: target ≤ both)'}; click → next paint p95 ${r.ours.clickToPaint.p95Ms.toFixed(1)} ms ${r.ours.clickToPaint.p95Ms <= 16 ? '(met: ≤ 16 ms)' : '(MISSED: target ≤ 16 ms)'}`,
    );
  }
  console.log(
    `  chart JS on load ${kb(interaction.onLoad)} KB (target ≤ 8), after every control ${kb(interaction.after)} KB (target ≤ 25), with an image download ${kb(interaction.withFile)} KB; Chart.js ${kb(chartjs.gzip)} KB, Plot ${kb(plot.gzip)} KB`,
  );
  console.log(`\nWritten to bench/latest.json (build: ${dist}).`);
} finally {
  await server.close();
  await browser.close();
}
