/**
 * The embed page fills the frame it is given: the chart is laid out for the frame's exact box
 * (again whenever the frame is resized, from the panel data already loaded), the controls fold
 * into one "Options" button when they would take more than a row or the frame is short, and the
 * series are named on the lines when the HTML legend is not on screen.
 * With height=auto (articles) the chart takes the frame's width and the page posts its height to
 * the host ({type: "emergence-embed:height", id, height}); it only posts, it never listens.
 * Also keeps the "open in the explorer" link pointing at the current view.
 */
import type { EmergenceChart } from './emergence-chart';
import { STATE_APPLIED_EVENT } from './chart-events';
import { svgLabelMode, type EmbedSize, type LabelsParam } from '../lib/state/url-state';

const chart = document.querySelector<EmergenceChart>('emergence-chart');
const id = chart?.dataset.chartId ?? '';
const options = chart?.querySelector<HTMLButtonElement>('button.embed-options-toggle');
const toolbar = chart?.querySelector<HTMLElement>('.chart-toolbar');

/** Frames shorter than this fold the controls into the Options button. */
const SHORT_FRAME = 420;

/** Folds or unfolds the controls: folded when they would wrap or the frame is short. */
function foldControls(host: EmergenceChart): boolean {
  if (!toolbar || !options) return false;
  host.classList.remove('controls-folded');
  const rows =
    toolbar.scrollHeight >
    (toolbar.firstElementChild?.getBoundingClientRect().height ?? 0) * 1.6 + 4;
  const folded =
    !document.body.classList.contains('embed-no-controls') && (rows || innerHeight < SHORT_FRAME);
  host.classList.toggle('controls-folded', folded);
  options.hidden = !folded;
  if (!folded) setOpen(host, false);
  return folded;
}

/** Opens or closes the folded controls' panel. */
function setOpen(host: EmergenceChart, open: boolean): void {
  host.classList.toggle('options-open', open);
  options?.setAttribute('aria-expanded', String(open));
}

let lastKey = '';
let queued = false;

/** Lays the embed out for the frame's current size (once per animation frame, and only when something changed). */
function layout(host: EmergenceChart): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    const folded = foldControls(host);
    const legendShown = !folded && !document.body.classList.contains('embed-no-controls');
    const labels = svgLabelMode(
      (host.dataset.labels ?? 'auto') as LabelsParam,
      (host.dataset.size ?? 'normal') as EmbedSize,
      legendShown,
    );
    const slot = host.querySelector<HTMLElement>('[data-fit]');
    if (slot)
      slot.dataset.fit = document.body.classList.contains('embed-auto-height') ? 'auto' : '';
    const key = `${slot?.clientWidth}x${slot?.clientHeight}/${labels}/${host.dataset.size}/${slot?.dataset.fit}`;
    if (key === lastKey) return;
    lastKey = key;
    host.dataset.svgLabels = labels;
    void host.relayout();
  });
}

if (chart) {
  let observing = false;
  const start = (): void => {
    layout(chart);
    if (observing) return;
    observing = true;
    new ResizeObserver(() => layout(chart)).observe(document.documentElement);
  };
  // Every applied state (first load, back/forward) may change size, labels or height. It may also
  // have been applied before this module ran (it sets data-labels when it is).
  chart.addEventListener(STATE_APPLIED_EVENT, start);
  if (chart.dataset.labels !== undefined) start();
  options?.addEventListener('click', () =>
    setOpen(chart, !chart.classList.contains('options-open')),
  );
  // A press outside the open panel closes it, as menus do.
  document.addEventListener('pointerdown', (e) => {
    const target = e.target as Node;
    if (
      chart.classList.contains('options-open') &&
      !toolbar?.contains(target) &&
      !options?.contains(target)
    )
      setOpen(chart, false);
  });
  chart.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && chart.classList.contains('options-open')) {
      setOpen(chart, false);
      options?.focus();
    }
  });
}

if (window.parent !== window) {
  let last = 0;
  const post = (): void => {
    if (!document.body.classList.contains('embed-auto-height')) return;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // "*": the embed shares no secrets, and it cannot know the host's origin in advance.
    window.parent.postMessage({ type: 'emergence-embed:height', id, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}

const permalink = document.querySelector<HTMLAnchorElement>('a.embed-permalink');
if (chart && permalink) {
  const sync = (): void => {
    // The chart page takes the same parameters except the embed-only ones.
    const params = new URLSearchParams(location.search);
    for (const embedOnly of ['controls', 'size', 'height']) params.delete(embedOnly);
    const query = params.toString().replace(/%7E/g, '~');
    permalink.href = `${chart.dataset.chartPath ?? ''}${query ? `?${query}` : ''}`;
  };
  chart.addEventListener('chartviewchange', () => setTimeout(sync, 0));
  sync();
}
