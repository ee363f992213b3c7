/**
 * `npm run bench`: page weights, requests, site size, build time, chart JS before and after every
 * control was used, and, on the largest panel (Figure 7A) in one run, this site against the same
 * panel drawn with Chart.js 4 and Observable Plot: the highlight toggle, the series toggle and the
 * x switch, each timed as the update's script time (median, p95; animation off) and as click →
 * next paint, with each library's JS. Prints the tables and the ratios to the targets of issue 12
 * (printed, not asserted) and writes bench/latest.json.
 *
 * Options: --no-build (measure the existing build), --toggles N (runs per interaction, default 41).
 * The build goes to $OUT_DIR (as astro.config.mjs honours it) or dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import {
  basePath,
  dirSize,
  distDir,
  gzipSize,
  pageWeight,
  serveStatic,
  total,
} from './bench/site.mjs';
import type { Interaction, PeerApi, PeerSeries } from './bench/peer-types';

/** The parts of a published panel bundle (/data/panels/<id>.json) the peers draw from. */
interface BundleFile {
  panel: {
    series: { name: string; color: string; points: { x: number; y: number; model?: string }[] }[];
  };
  models: { id: string; params: number | null }[];
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
 * same with what the page does after it (ours: the URL update of the permalink), and click →
 * next paint.
 */
interface InteractionResult extends Timing {
  withPageUpdates: Timing;
  clickToPaint: Timing;
}

const INTERACTIONS: Interaction[] = ['highlight', 'series', 'x'];

/**
 * Installs, in the page, what both measurements share: `window.__bench.run(kind)` performs one
 * interaction (resolving when its final geometry is in the DOM) and a capture-phase click
 * listener that records click → next paint: from the click event's timestamp to the first frame
 * after the update finished (a requestAnimationFrame, then a message posted from it, which runs
 * once that frame has been handed to the compositor). For our chart "finished" is aria-busy
 * clearing (the island sets it while it redraws); the peers update synchronously in the handler.
 */
async function installHarness(page: Page, lib: 'ours' | 'peer'): Promise<void> {
  await page.evaluate((which) => {
    interface Chart extends HTMLElement {
      view: { x: string; series: string[]; highlight: string | null };
      setView(v: unknown): Promise<void>;
    }
    interface Peer {
      highlight(m: string | null): void;
      toggleSeries(n: string): void;
      setX(x: 'flops' | 'params'): void;
    }
    const w = window as unknown as {
      __bench: { run(kind: string): Promise<void> | void; paints: number[]; drawnAt: number };
      peer: Peer;
      peerModel: string;
      peerSeries: string;
    };
    const paints: number[] = [];
    const state = { drawnAt: 0 };
    let run: (kind: string) => Promise<void> | void;
    const host = which === 'ours' ? (document.querySelector('emergence-chart') as Chart) : null;
    if (host) {
      const caps = JSON.parse(host.dataset.caps ?? '{}') as {
        modelIds: string[];
        seriesNames: string[];
      };
      const model = caps.modelIds.at(-1) ?? null;
      const name = caps.seriesNames[0] ?? '';
      // The chart announces a drawn view with chartviewchange; a capture listener on window hears it
      // before the page's own listeners (the URL update), so the re-render time is the drawing alone.
      addEventListener('chartviewchange', () => (state.drawnAt = performance.now()), true);
      run = (kind) => {
        const v = host.view;
        if (kind === 'highlight')
          return host.setView({ ...v, highlight: v.highlight ? null : model });
        if (kind === 'series')
          return host.setView({
            ...v,
            series: v.series.includes(name)
              ? v.series.filter((s) => s !== name)
              : caps.seriesNames.filter((s) => s === name || v.series.includes(s)),
          });
        return host.setView({ ...v, x: v.x === 'flops' ? 'params' : 'flops' });
      };
      // The highlight has no button of its own (it comes from the URL): a stand-in calls setView as a control would.
      const b = document.createElement('button');
      b.id = 'bench-highlight';
      b.textContent = 'highlight';
      b.style.cssText = 'position:fixed;top:0;left:0;z-index:9999';
      b.addEventListener('click', () => void run('highlight'));
      document.body.append(b);
    } else {
      let x: 'flops' | 'params' = 'flops';
      let on = false;
      run = (kind) => {
        if (kind === 'highlight') w.peer.highlight((on = !on) ? w.peerModel : null);
        else if (kind === 'series') w.peer.toggleSeries(w.peerSeries);
        else w.peer.setX((x = x === 'flops' ? 'params' : 'flops'));
        state.drawnAt = performance.now();
      };
      for (const kind of ['highlight', 'series', 'x']) {
        const b = document.createElement('button');
        b.id = `bench-${kind}`;
        b.textContent = kind;
        b.addEventListener('click', () => void run(kind));
        document.body.prepend(b);
      }
    }
    const painted = (t0: number): void => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => paints.push(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    };
    addEventListener(
      'click',
      (e) => {
        const t0 = e.timeStamp;
        if (!host) return painted(t0);
        const watch = new MutationObserver(() => {
          if (host.hasAttribute('aria-busy')) return;
          watch.disconnect();
          painted(t0);
        });
        watch.observe(host, { attributes: true, attributeFilter: ['aria-busy'] });
      },
      true,
    );
    w.__bench = {
      run,
      paints,
      get drawnAt() {
        return state.drawnAt;
      },
    };
  }, lib);
}

/** Times `n` runs of each interaction (after two warm-ups), one frame apart, then `n` clicks on its control. */
async function measureInteractions(
  page: Page,
  controls: Record<Interaction, string>,
  n: number,
): Promise<Record<Interaction, InteractionResult>> {
  const out = {} as Record<Interaction, InteractionResult>;
  for (const kind of INTERACTIONS) {
    const [times, totals] = await page.evaluate(
      async ({ kind, n }) => {
        const bench = (
          window as unknown as {
            __bench: { run(k: string): Promise<void> | void; drawnAt: number };
          }
        ).__bench;
        const frame = (): Promise<void> =>
          new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const once = async (): Promise<[number, number]> => {
          const t0 = performance.now();
          await bench.run(kind);
          const t = [bench.drawnAt - t0, performance.now() - t0] as [number, number];
          await frame();
          return t;
        };
        await once(); // warm-up: for our chart, loads the renderer and the panel data
        await once();
        const out: [number, number][] = [];
        for (let i = 0; i < n; i++) out.push(await once());
        return [out.map((t) => t[0]), out.map((t) => t[1])];
      },
      { kind, n },
    );
    const paints: number[] = [];
    for (let i = 0; i < n + 1; i++) {
      const before = await page.evaluate(
        () => (window as unknown as { __bench: { paints: number[] } }).__bench.paints.length,
      );
      // A random phase within the frame, so the wait for the next frame is sampled fairly for every library.
      await page.waitForTimeout(Math.random() * 17);
      // A plain mouse click at the control (no actionability checks running in the page during the event).
      const box = await page.locator(controls[kind]).first().boundingBox();
      if (!box) throw new Error(`${controls[kind]}: not on screen`);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction(
        (b) => (window as unknown as { __bench: { paints: number[] } }).__bench.paints.length > b,
        before,
      );
      const all = await page.evaluate(
        () => (window as unknown as { __bench: { paints: number[] } }).__bench.paints,
      );
      if (i > 0) paints.push(all.at(-1)!); // the first click is a warm-up
    }
    out[kind] = {
      ...summary(times),
      withPageUpdates: summary(totals),
      clickToPaint: summary(paints),
    };
  }
  return out;
}

/** Our chart on Figure 7A's page, animation off (reduced motion, as the bench compares updates, not transitions). */
async function ours(
  browser: Browser,
  origin: string,
): Promise<Record<Interaction, InteractionResult>> {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(`${origin}${base}charts/${LARGEST_PANEL}/`, { waitUntil: 'networkidle' });
  await page.locator('emergence-chart.is-live').waitFor();
  await installHarness(page, 'ours');
  const name = await page.evaluate(
    () =>
      (
        JSON.parse(
          document.querySelector<HTMLElement>('emergence-chart')!.dataset.caps ?? '{}',
        ) as { seriesNames: string[] }
      ).seriesNames[0] ?? '',
  );
  const result = await measureInteractions(
    page,
    {
      highlight: '#bench-highlight',
      series: `emergence-chart button[data-series="${name.replace(/"/g, '\\"')}"]`,
      x: 'emergence-chart button[data-x][aria-pressed="false"]',
    },
    toggles,
  );
  await context.close();
  return result;
}

/** Bundles a peer entry with esbuild --minify and measures the same three interactions in Chromium. */
async function peer(
  browser: Browser,
  entry: string,
  series: PeerSeries[],
): Promise<{ raw: number; gzip: number; interactions: Record<Interaction, InteractionResult> }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.contents;
  const dir = mkdtempSync(join(tmpdir(), 'bench-peer-'));
  writeFileSync(join(dir, 'bundle.js'), code);
  writeFileSync(
    join(dir, 'index.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>peer</title></head><body><div id="chart" style="width:640px;height:400px"></div><script type="module" src="./bundle.js"></script></body></html>',
  );
  const server = await serveStatic(dir);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await page.evaluate((data) => {
      const w = window as unknown as { peer: PeerApi; peerModel: string; peerSeries: string };
      w.peer.draw(document.getElementById('chart')!, data);
      const last = data.at(-1)!;
      w.peerModel = last.points.at(-1)!.model;
      w.peerSeries = data[0]!.name;
    }, series);
    await installHarness(page, 'peer');
    const interactions = await measureInteractions(
      page,
      { highlight: '#bench-highlight', series: '#bench-series', x: '#bench-x' },
      toggles,
    );
    await context.close();
    return { raw: code.length, gzip: gzipSize(Buffer.from(code)), interactions };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const buildSeconds = skipBuild ? null : timedBuild();
const weights = PAGES.map((p) => ({ ...p, weight: pageWeight(dist, p.path, base) }));
const found = findChromium();
if (!found) throw new Error('No Chromium found (see scripts/find-chromium.mjs).');
const browser = await chromium.launch({
  ...(found.path ? { executablePath: found.path } : {}),
  args: CHROMIUM_ARGS,
});
const server = await serveStatic(dist, { base });
// The peers draw the very data our chart draws: the published bundle of the panel, both x quantities per point.
const bundle = JSON.parse(
  readFileSync(join(dist, 'data', 'panels', `${LARGEST_PANEL}.json`), 'utf8'),
) as BundleFile;
const params = new Map(bundle.models.map((m) => [m.id, m.params]));
const series: PeerSeries[] = bundle.panel.series.map((s) => ({
  name: s.name,
  color: s.color,
  points: s.points.flatMap((pt) => {
    const p = pt.model ? params.get(pt.model) : null;
    return pt.model && p ? [{ flops: pt.x, params: p, y: pt.y, model: pt.model }] : [];
  }),
}));
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
  const oursJs = await chartJsAfterInteraction(browser, server.url, `charts/${LARGEST_PANEL}/`);
  const ourTimes = await ours(browser, server.url);
  const chartjs = await peer(browser, 'scripts/bench/chartjs-fig7a.ts', series);
  const plot = await peer(browser, 'scripts/bench/plot-fig7a.ts', series);
  const siteBytes = dirSize(dist);

  const interactions = Object.fromEntries(
    INTERACTIONS.map((k) => [
      k,
      { ours: ourTimes[k], chartjs: chartjs.interactions[k], plot: plot.interactions[k] },
    ]),
  ) as Record<Interaction, Record<'ours' | 'chartjs' | 'plot', InteractionResult>>;
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
      panel: LARGEST_PANEL,
      points: pointCount,
      method:
        'medianMs/p95Ms: script time of one redraw (ours: setView until the chart announces the drawn view, i.e. model, element tree and in-place keyed join, reduced motion so nothing animates; peers: the synchronous update call), one frame between runs. withPageUpdates: the same plus what the page does after (ours: the permalink URL update, history.replaceState). clickToPaint: a mouse click on the control, from the event timestamp to the first frame after the update finished (rAF + a message posted from it), clicked at a random phase of the frame.',
      ...interactions,
    },
    js: {
      ours: {
        page: `/charts/${LARGEST_PANEL}/`,
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

  const LIBS = [
    ['ours', 'this site (in-place join)'],
    ['chartjs', 'Chart.js 4'],
    ['plot', 'Observable Plot'],
  ] as const;
  const ms = (t: Timing): string => `${t.medianMs.toFixed(2)} / ${t.p95Ms.toFixed(2)}`;
  console.log(`\n${LARGEST_PANEL} (${pointCount} points), ${toggles} runs each; ms, median / p95`);
  const perf: string[][] = [
    [
      'interaction',
      'library',
      're-render',
      'with URL update',
      'click → next paint',
      'JS gzip on load / after every control',
    ],
  ];
  for (const k of INTERACTIONS) {
    for (const [lib, label] of LIBS) {
      const r = interactions[k][lib];
      perf.push([
        k,
        label,
        ms(r),
        lib === 'ours' ? ms(r.withPageUpdates) : '',
        ms(r.clickToPaint),
        `${kb(results.js[lib].onLoadGzip)} / ${kb(results.js[lib].afterAllControlsGzip)} KB`,
      ]);
    }
  }
  table(perf, [2, 3, 4]);
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
