/**
 * Keeps a chart page's (or embed's) URL in step with the chart: reads the query on load (invalid
 * values fall back to defaults and are named in a dismissible notice), applies it, and rewrites
 * the query with history.replaceState whenever the reader changes the view. Started by the chart
 * element itself (startUrlState); importing this module does nothing.
 */
import {
  parseUrlState,
  serializeUrlState,
  defaultUrlState,
  type ParamIssue,
  type UrlState,
} from '../lib/state/url-state';
import type { ChartCapabilities, ChartView } from '../lib/chart/view';
import type { EmergenceChart } from './emergence-chart';
import { STATE_APPLIED_EVENT, VIEW_EVENT } from './chart-events';
import { whenIdleAfterPaint } from './after-paint';

/** Shows which parameters were ignored; text only, never markup from the URL. */
function showNotice(host: HTMLElement, issues: ParamIssue[]): void {
  const box = host.querySelector<HTMLElement>('.url-notice');
  if (!box || issues.length === 0) return;
  const list = box.querySelector('ul');
  list?.replaceChildren(
    ...issues.map((i) => {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = `${i.param}=${i.rawValue}`;
      li.append(code, ` — ${i.reason}`);
      return li;
    }),
  );
  box.hidden = false;
  box.querySelector('button')?.addEventListener('click', () => {
    box.hidden = true;
  });
}

/** The current full state of a chart element. */
export function currentState(chart: EmergenceChart, base: UrlState): UrlState {
  const theme = document.documentElement.dataset.theme;
  return {
    ...base,
    ...chart.view,
    view: chart.dataset.mode === 'table' ? 'table' : 'chart',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
  };
}

/** Applies a parsed state to a chart (through setView, only when the view differs from the one drawn at build time). */
async function apply(chart: EmergenceChart, state: UrlState): Promise<void> {
  const view: ChartView = {
    x: state.x,
    y: state.y,
    series: state.series,
    highlight: state.highlight,
  };
  const same = JSON.stringify(view) === JSON.stringify(chart.view);
  if (!same) await chart.setView(view);
  if ((chart.dataset.mode ?? 'chart') !== state.view) chart.setMode(state.view);
  if (state.theme !== 'auto') document.documentElement.dataset.theme = state.theme;
  document.body.classList.toggle('embed-no-controls', !state.controls);
  document.body.classList.toggle('embed-slide', state.size === 'slide');
  document.body.classList.toggle('embed-auto-height', state.height === 'auto');
  chart.dataset.size = state.size;
  chart.dataset.labels = state.labels;
  const fitted = chart.querySelector('[data-fit]') !== null;
  if (!fitted && state.labels === 'direct' && chart.dataset.svgLabels !== 'direct') {
    chart.dataset.svgLabels = 'direct';
    await chart.relayout();
  }
  // Embeds lay themselves out once they know these (src/islands/embed-fit.ts); chart pages with labels=direct redraw now.
  chart.dispatchEvent(new CustomEvent(STATE_APPLIED_EVENT, { bubbles: true }));
}

/** Wires a chart to the URL (the chart calls this when it carries data-url-state; one per page). */
export function startUrlState(chart: EmergenceChart): void {
  void start(chart);
}

/** Reads and applies the URL's state, then keeps the URL in step with the chart. */
async function start(chart: EmergenceChart): Promise<void> {
  const caps = JSON.parse(chart.dataset.caps ?? '{}') as ChartCapabilities;
  const defaults = defaultUrlState(JSON.parse(chart.dataset.defaultView ?? '{}') as ChartView);
  let applied = defaults;
  const load = async (): Promise<void> => {
    const { state, issues } = parseUrlState(location.search, caps, defaults);
    showNotice(document.body, issues);
    applied = state;
    await apply(chart, state);
  };
  await load();
  const write = (): void => {
    // currentState keeps the embed-only values (controls, size, labels, height) of the applied state.
    const query = serializeUrlState(currentState(chart, applied), defaults);
    if (query !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  // After the next paint, when the page is idle: history.replaceState is slow (a few ms on a
  // 2-core machine, as much as the chart's update), and the link can wait that long.
  let queued = false;
  const writeSoon = (): void => {
    if (queued) return;
    queued = true;
    whenIdleAfterPaint(() => {
      queued = false;
      write();
    });
  };
  chart.addEventListener(VIEW_EVENT, writeSoon);
  document.addEventListener('themechange', writeSoon);
  addEventListener('popstate', () => void load());
}
