/**
 * Where the time of a click goes: records a Chromium trace of N clicks on each control of each
 * library of the benchmark (scripts/bench/subjects.ts, the same pages and harness as
 * `npm run bench`) and prints, per click window (from the click event to the first frame after the
 * update, the harness's bench-click-N and bench-paint-N marks), the main thread's CPU time by
 * phase: script, style, layout, pre-paint, paint, layerize, commit, other. Thread time, not wall
 * time, so that load from other processes does not blur the comparison.
 *
 *     npx tsx scripts/bench/click-trace.ts [--panel fig7c] [--clicks 20]
 *
 * Needs a build in dist/ (or $OUT_DIR). Prints medians over the clicks, in ms.
 */
import type { Page } from '@playwright/test';
import { basePath, distDir, serveStatic } from './site.mjs';
import {
  largestPanel,
  launchChromium,
  openOurs,
  openPeer,
  panelSeries,
  type Subject,
} from './subjects';
import type { Interaction } from './peer-types';

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
const clicks = Number(option('--clicks') ?? 20);
const dist = distDir();
const base = basePath();

/** A trace event as Chromium writes it (complete events carry dur and tdur, in µs). */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/** Phases of a frame, by the trace events that open them (the time of nested events goes to the nearest). */
const PHASES: [string, RegExp][] = [
  ['style', /^(UpdateLayoutTree|Document::updateStyle|Document::recalcStyle)$/],
  ['layout', /^(Layout|LocalFrameView::layout)$/],
  ['pre-paint', /^PrePaint$/],
  ['paint', /^Paint$/],
  ['layerize', /^Layerize$/],
  ['commit', /^Commit$/],
  ['script', /^(EventDispatch|FunctionCall|RunMicrotasks|V8\.|TimerFire|FireAnimationFrame)/],
];
const NAMES = [...PHASES.map(([p]) => p), 'other'];

/** CPU time (thread time, ms) by phase between two timestamps on one thread. */
function phaseTimes(events: TraceEvent[], from: number, to: number): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(NAMES.map((n) => [n, 0]));
  const inWindow = events
    .filter((e) => e.ph === 'X' && e.ts >= from && e.ts <= to && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { e: TraceEvent; phase: string; children: number }[] = [];
  const close = (): void => {
    const top = stack.pop()!;
    out[top.phase]! += (top.e.tdur! - top.children) / 1000;
    if (stack.length) stack.at(-1)!.children += top.e.tdur!;
  };
  for (const e of inWindow) {
    while (stack.length && stack.at(-1)!.e.ts + (stack.at(-1)!.e.dur ?? 0) <= e.ts) close();
    const own = PHASES.find(([, re]) => re.test(e.name))?.[0];
    stack.push({ e, phase: own ?? stack.at(-1)?.phase ?? 'other', children: 0 });
  }
  while (stack.length) close();
  return out;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN;
};

/** Clicks a control `n` times under a trace; returns click → paint (wall) and phase times per click. */
async function traceClicks(
  s: Subject,
  kind: Interaction,
  n: number,
): Promise<{ wall: number[]; phases: Record<string, number>[] }> {
  const page: Page = s.page;
  const click = async (): Promise<void> => {
    const before = await page.evaluate(
      () => (window as unknown as { __bench: { paints: number[] } }).__bench.paints.length,
    );
    await page.waitForTimeout(80 + Math.random() * 17);
    const box = await page.locator(s.controls[kind]).first().boundingBox();
    if (!box) throw new Error(`${s.lib} ${s.controls[kind]}: not on screen`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(
      (b) => (window as unknown as { __bench: { paints: number[] } }).__bench.paints.length > b,
      before,
      { polling: 5 },
    );
    // Our chart's data table follows a frame later: let it settle before the next click.
    await page.waitForFunction(
      () => !document.querySelector('emergence-chart')?.hasAttribute('aria-busy'),
      undefined,
      { polling: 5 },
    );
  };
  await click(); // warm-up (our chart: loads the renderer and the panel data)
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  for (let i = 0; i < n; i++) await click();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const marks = trace.traceEvents.filter((e) => /^bench-(click|paint)-\d+$/.test(e.name));
  const main = marks[0];
  if (!main) throw new Error(`${s.lib}: no marks in the trace`);
  const thread = trace.traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const at = (name: string): number | undefined => marks.find((m) => m.name === name)?.ts;
  const wall: number[] = [];
  const phases: Record<string, number>[] = [];
  for (const m of marks) {
    const k = /^bench-click-(\d+)$/.exec(m.name)?.[1];
    const end = k === undefined ? undefined : at(`bench-paint-${k}`);
    if (end === undefined) continue;
    wall.push((end - m.ts) / 1000);
    phases.push(phaseTimes(thread, m.ts, end));
  }
  return { wall, phases };
}

const browser = await launchChromium();
const server = await serveStatic(dist, { base });
try {
  const largest = largestPanel(dist);
  const panel = option('--panel') ?? largest.id;
  const ours = await openOurs(browser, `${server.url}${base}charts/${panel}/`);
  const series = panelSeries(dist, panel);
  const subjects: Subject[] = [
    ours,
    await openPeer(browser, 'chartjs', 'scripts/bench/chartjs-panel.ts', series, ours.box),
    await openPeer(browser, 'plot', 'scripts/bench/plot-panel.ts', series, ours.box),
  ];
  console.log(
    `${panel}, ${clicks} clicks each; median ms: click → next paint (wall), then main-thread CPU by phase`,
  );
  console.log(['interaction', 'library', 'wall', ...NAMES, 'CPU'].join('\t'));
  for (const kind of ['highlight', 'series', 'x'] as const) {
    for (const s of subjects) {
      const { wall, phases } = await traceClicks(s, kind, clicks);
      const by = NAMES.map((n) => median(phases.map((p) => p[n]!)));
      const cpu = median(phases.map((p) => NAMES.reduce((t, n) => t + p[n]!, 0)));
      console.log(
        [kind, s.lib, median(wall), ...by, cpu]
          .map((v) => (typeof v === 'number' ? v.toFixed(2) : v))
          .join('\t'),
      );
    }
  }
  for (const s of subjects) await s.close();
} finally {
  await server.close();
  await browser.close();
}
