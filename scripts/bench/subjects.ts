/**
 * The three charts the benchmark compares, each in its own page with the same harness: our chart
 * on its page, and the same panel drawn at the same size with Chart.js and Observable Plot on bare
 * pages. Shared by scripts/bench.ts (timings) and scripts/bench/click-trace.ts (where the time of
 * a click goes, from a Chromium trace).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../find-chromium.mjs';
import { gzipSize, serveStatic } from './site.mjs';
import type { Interaction, PeerApi, PeerSeries } from './peer-types';

/** A chart's size on screen in CSS pixels. */
export interface Box {
  width: number;
  height: number;
}

/** The parts of a published panel bundle (/data/panels/<id>.json) the peers draw from. */
interface BundleFile {
  panel: {
    series?: { name: string; color: string; points: { x: number; y: number; model?: string }[] }[];
  };
  models: { id: string; params: number | null }[];
}

/** Every library's page is measured in a window of this size (our chart page lays its chart out for it). */
export const VIEWPORT = { width: 1280, height: 900 };

/** The libraries compared. */
export type Lib = 'ours' | 'chartjs' | 'plot';
export const LIBS: Lib[] = ['ours', 'chartjs', 'plot'];

/** A page with one library's chart, its harness installed, and the selectors of its three controls. */
export interface Subject {
  lib: Lib;
  page: Page;
  controls: Record<Interaction, string>;
  close(): Promise<void>;
}

/**
 * Installs, in the page, what both measurements share: `window.__bench.time(kind)` performs one
 * interaction and returns its script times, and a capture-phase click listener records click →
 * next paint: from the click event's timestamp to the first frame after the update was drawn (a
 * requestAnimationFrame, then a message posted from it, which runs once that frame has been
 * handed to the compositor). "Drawn" is, for our chart, the chartviewchange event it fires once
 * the new view is in the SVG (the same moment the re-render time ends at); the peers draw
 * synchronously in the handler. For our chart the listener also records click → the first frame
 * after aria-busy clears (set while the chart element updates, its data table included).
 */
export async function installHarness(page: Page, lib: 'ours' | 'peer'): Promise<void> {
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
      __bench: {
        time(kind: string): Promise<[number, number]>;
        paints: number[];
        settles: number[];
      };
      peer: Peer;
      peerModel: string;
      peerSeries: string;
    };
    const paints: number[] = [];
    const settles: number[] = [];
    const state = { drawnAt: 0, urlMs: 0, urlWrites: 0 };
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
      // before the page's own listeners, so the re-render time is the drawing alone.
      addEventListener('chartviewchange', () => (state.drawnAt = performance.now()), true);
      // The permalink is written later, when the page is idle: its own cost, timed where it runs.
      const replace = history.replaceState.bind(history);
      history.replaceState = (...a: Parameters<History['replaceState']>) => {
        const t = performance.now();
        replace(...a);
        state.urlMs = performance.now() - t;
        state.urlWrites++;
      };
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
    const frame = (): Promise<void> =>
      new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const time = async (kind: string): Promise<[number, number]> => {
      const writes = state.urlWrites;
      const t0 = performance.now();
      await run(kind);
      const drawn = state.drawnAt - t0;
      let total = performance.now() - t0;
      await frame();
      if (host) {
        // Our permalink: wait for the idle write (at most a second and a half) and add its time.
        const until = performance.now() + 1500;
        while (state.urlWrites === writes && performance.now() < until)
          await new Promise((r) => setTimeout(r, 5));
        if (state.urlWrites > writes) total += state.urlMs;
        if (host.hasAttribute('aria-busy')) await frame();
      }
      return [drawn, total];
    };
    // User timing marks (bench-click-N, bench-paint-N) let a Chromium trace find each click's window.
    let clicks = 0;
    const afterFrame = (t0: number, into: number[], mark?: string): void => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          into.push(performance.now() - t0);
          if (mark) performance.mark(mark);
        };
        channel.port2.postMessage(null);
      });
    };
    addEventListener(
      'click',
      (e) => {
        const t0 = e.timeStamp;
        const n = clicks++;
        performance.mark(`bench-click-${n}`, { startTime: t0 });
        if (!host) return afterFrame(t0, paints, `bench-paint-${n}`);
        addEventListener('chartviewchange', () => afterFrame(t0, paints, `bench-paint-${n}`), {
          once: true,
          capture: true,
        });
        const watch = new MutationObserver(() => {
          if (host.hasAttribute('aria-busy')) return;
          watch.disconnect();
          afterFrame(t0, settles);
        });
        watch.observe(host, { attributes: true, attributeFilter: ['aria-busy'] });
      },
      true,
    );
    w.__bench = { time, paints, settles };
  }, lib);
}

/**
 * Our chart on a panel's chart page (`pageUrl`), animation off (reduced motion, as the bench
 * compares updates, not transitions), with the size its SVG has on screen.
 */
export async function openOurs(browser: Browser, pageUrl: string): Promise<Subject & { box: Box }> {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: VIEWPORT,
  });
  const page = await context.newPage();
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  await page.locator('emergence-chart.is-live').waitFor();
  await installHarness(page, 'ours');
  const [name, box] = await page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('emergence-chart')!;
    const svg = host.querySelector('[data-layout="large"] svg')!.getBoundingClientRect();
    return [
      (JSON.parse(host.dataset.caps ?? '{}') as { seriesNames: string[] }).seriesNames[0] ?? '',
      { width: Math.round(svg.width), height: Math.round(svg.height) },
    ] as const;
  });
  return {
    lib: 'ours',
    page,
    box,
    controls: {
      highlight: '#bench-highlight',
      series: `emergence-chart button[data-series="${name.replace(/"/g, '\\"')}"]`,
      x: 'emergence-chart button[data-x][aria-pressed="false"]',
    },
    close: () => context.close(),
  };
}

/** Bundles a peer entry with esbuild --minify and opens it, drawing the panel at our chart's size on screen. */
export async function openPeer(
  browser: Browser,
  lib: Lib,
  entry: string,
  series: PeerSeries[],
  box: Box,
): Promise<Subject & { raw: number; gzip: number }> {
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
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>peer</title></head><body><div id="chart" style="width:${box.width}px;height:${box.height}px"></div><script type="module" src="./bundle.js"></script></body></html>`,
  );
  const server = await serveStatic(dir);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  await page.evaluate(
    ({ data, box }) => {
      const w = window as unknown as { peer: PeerApi; peerModel: string; peerSeries: string };
      w.peer.draw(document.getElementById('chart')!, data, box.width, box.height);
      const last = data.at(-1)!;
      w.peerModel = last.points.at(-1)!.model;
      w.peerSeries = data[0]!.name;
    },
    { data: series, box },
  );
  await installHarness(page, 'peer');
  return {
    lib,
    page,
    controls: { highlight: '#bench-highlight', series: '#bench-series', x: '#bench-x' },
    raw: code.length,
    gzip: gzipSize(Buffer.from(code)),
    close: async () => {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A panel's series as the peers draw them: points of models with both x quantities, from its published bundle. */
export function panelSeries(dist: string, id: string): PeerSeries[] {
  const bundle = JSON.parse(
    readFileSync(join(dist, 'data', 'panels', `${id}.json`), 'utf8'),
  ) as BundleFile;
  const params = new Map(bundle.models.map((m) => [m.id, m.params]));
  return (bundle.panel.series ?? []).map((s) => ({
    name: s.name,
    color: s.color,
    points: s.points.flatMap((pt) => {
      const p = pt.model ? params.get(pt.model) : null;
      return pt.model && p ? [{ flops: pt.x, params: p, y: pt.y, model: pt.model }] : [];
    }),
  }));
}

/**
 * The panel with the most points (each a model with both x quantities, as the peers draw them):
 * the "largest panel", found in the build rather than named.
 */
export function largestPanel(dist: string): { id: string; series: PeerSeries[] } {
  let best: { id: string; series: PeerSeries[]; points: number } | null = null;
  for (const file of readdirSync(join(dist, 'data', 'panels')).sort()) {
    if (!file.endsWith('.json')) continue;
    const id = file.slice(0, -'.json'.length);
    const series = panelSeries(dist, id);
    const points = series.reduce((n, s) => n + s.points.length, 0);
    if (!best || points > best.points) best = { id, series, points };
  }
  if (!best) throw new Error('No panel bundles in the build.');
  return best;
}

/** Launches the Chromium the tests use (scripts/find-chromium.mjs), or throws saying none was found. */
export async function launchChromium(): Promise<Browser> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found (see scripts/find-chromium.mjs).');
  return chromium.launch({
    ...(found.path ? { executablePath: found.path } : {}),
    args: CHROMIUM_ARGS,
  });
}
