/**
 * Loaded on first use: updates a chart's SVG in place for a new view or box. The element tree of
 * the new view comes from the same pure chart model and renderer as the build (`chartTree`) and is
 * joined into the SVG on screen by key (./svg-join.ts); the layout the container query hides is
 * drawn when it becomes visible, not on every toggle.
 */
import { bundleChartModel, type PanelBundle } from '../lib/chart/panel-bundle';
import { chartTree, serializeSvg, type SvgNode } from '../lib/render/svg';
import { loadBundle } from './panel-data';
import { fitBox, type ChartBox, type LayoutName } from '../lib/chart/layout';
import type { ChartModel, LabelMode } from '../lib/chart/model-types';
import type { ChartView } from '../lib/chart/view';
import type { Lang } from '../lib/i18n/ui';
import { adopt, isBound, joinTree } from './svg-join';
import { ChartMotion, reducedMotion } from './chart-motion';

/** Aspect (height / width) of a fitted chart whose frame takes its height from the chart (auto-height embeds). */
const AUTO_HEIGHT_ASPECT = 0.62;

/**
 * The box a slot is drawn for: a named page layout, or (data-fit) the slot's own size on screen,
 * so an embed fills its frame. Returns null when a fitted slot is too small to draw (a 0×0 frame).
 */
export function slotBox(host: HTMLElement, slot: HTMLElement): LayoutName | ChartBox | null {
  if (slot.dataset.fit === undefined) return slot.dataset.layout as LayoutName;
  const type = host.dataset.size === 'slide' ? 'slide' : 'normal';
  const width = slot.clientWidth;
  const height = slot.dataset.fit === 'auto' ? width * AUTO_HEIGHT_ASPECT : slot.clientHeight;
  if (width < 40 || height < 40) return null;
  return fitBox(width, height, type);
}

/** What a chart wants drawn: its data and the latest view. */
interface Wanted {
  bundle: PanelBundle;
  view: ChartView;
}

const wanted = new WeakMap<HTMLElement, Wanted>();
/** Per slot: the view and box its SVG shows ("" until drawn by this module), and whether it is on screen (null until observed). */
interface SlotState {
  view: string;
  box: string;
  shown: boolean | null;
  /** The SVG element those describe. */
  svg: SVGSVGElement | null;
}
const slotState = new WeakMap<HTMLElement, SlotState>();
const stateOf = (slot: HTMLElement): SlotState => {
  let s = slotState.get(slot);
  if (!s) slotState.set(slot, (s = { view: '', box: '', shown: null, svg: null }));
  return s;
};
/**
 * The chart model of the last state drawn, per chart, without its highlight: a highlight only
 * changes how points are drawn (model.highlight is the view's, passed through), so it reuses the
 * geometry instead of laying the panel out again.
 */
const lastModel = new WeakMap<HTMLElement, { key: string; model: ChartModel }>();
const observed = new WeakSet<HTMLElement>();

/** Label mode the SVG draws series names in (set by the embed page). */
const labelsOf = (host: HTMLElement): LabelMode => (host.dataset.svgLabels ?? 'none') as LabelMode;

/** A slot's SVG ids keep their prefix (the frame's aria-describedby and the title's id point at them). */
const idPrefixOf = (slot: HTMLElement): string | undefined =>
  slot.querySelector('svg title')?.id.replace(/-title$/, '');

/** The element tree of a view in a box. */
function treeFor(
  host: HTMLElement,
  bundle: PanelBundle,
  view: ChartView,
  box: LayoutName | ChartBox,
  idPrefix: string | undefined,
  labels: LabelMode,
): SvgNode {
  const lang = (host.dataset.lang ?? 'en') as Lang;
  const boxKey = typeof box === 'string' ? box : `${box.width}x${box.height}/${box.type}`;
  const key = JSON.stringify([view.x, view.y, view.series, boxKey, labels, lang]);
  const cached = lastModel.get(host);
  const model =
    cached?.key === key
      ? { ...cached.model, highlight: view.highlight }
      : bundleChartModel(bundle, view, box, lang, { labels });
  if (cached?.key !== key) lastModel.set(host, { key, model });
  const name = typeof box === 'string' ? box : `${box.width}x${box.height}`;
  return chartTree(model, {
    colors: 'classes',
    idPrefix: idPrefix ?? `${bundle.panel.chartId}-${name}`,
  }).root;
}

/**
 * Binds a slot's build-time SVG to the tree it was rendered from (the chart's default view in the
 * slot's named box, series named by the HTML legend), so the first update is a keyed join too.
 */
function adoptBuildSvg(
  host: HTMLElement,
  slot: HTMLElement,
  bundle: PanelBundle,
  svg: SVGSVGElement,
): boolean {
  const initial = JSON.parse(host.dataset.defaultView ?? host.dataset.view ?? '{}') as ChartView;
  const layout = (slot.dataset.layout ?? 'large') as LayoutName;
  return adopt(svg, treeFor(host, bundle, initial, layout, idPrefixOf(slot), 'none'));
}

/** Draws `view` in one slot: a keyed join into its SVG (animated when asked and allowed), or the string where there is nothing to join into. */
function draw(
  host: HTMLElement,
  slot: HTMLElement,
  want: Wanted,
  motion: ChartMotion | null,
): void {
  const box = slotBox(host, slot);
  if (box === null) return;
  const labels = labelsOf(host);
  const [viewKey, boxKey] = [JSON.stringify(want.view), JSON.stringify([box, labels])];
  const state = stateOf(slot);
  const svg = slot.querySelector<SVGSVGElement>('svg.chart-svg');
  // Another script may have replaced the SVG: then what this module drew is gone.
  if (svg !== state.svg) [state.view, state.box] = ['', ''];
  if (state.view === viewKey && state.box === boxKey) return;
  const tree = treeFor(host, want.bundle, want.view, box, idPrefixOf(slot), labels);
  if (svg && (isBound(svg) || adoptBuildSvg(host, slot, want.bundle, svg))) {
    // A new box is a new layout, not a change to follow: only view changes in the same box animate
    // (a build-time SVG was drawn for the slot's named box; a fitted slot's is not its box yet).
    const sameBox = state.box === '' ? slot.dataset.fit === undefined : state.box === boxKey;
    joinTree(svg, tree, sameBox ? motion : null);
  } else {
    slot.innerHTML = serializeSvg(tree);
    const fresh = slot.querySelector<SVGSVGElement>('svg.chart-svg');
    if (fresh) adopt(fresh, tree);
  }
  [state.view, state.box, state.svg] = [
    viewKey,
    boxKey,
    slot.querySelector<SVGSVGElement>('svg.chart-svg'),
  ];
}

/** Whether a slot is on screen: from the ResizeObserver once it has reported, else from layout. */
function isShown(slot: HTMLElement): boolean {
  return slotState.get(slot)?.shown ?? slot.offsetParent !== null;
}

/** Draws a hidden page layout the moment the container query shows it (in the same frame, before it is painted). */
function observe(host: HTMLElement, slots: HTMLElement[]): void {
  if (observed.has(host)) return;
  observed.add(host);
  // A slot the container query hides has a 0×0 box, so showing it reports a size.
  const ro = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const slot = entry.target as HTMLElement;
      const state = stateOf(slot);
      state.shown = entry.contentRect.width > 0;
      const want = wanted.get(host);
      // Fitted slots (embeds) are laid out by embed-fit.ts, which also settles the label mode first.
      if (state.shown && want && slot.dataset.fit === undefined) draw(host, slot, want, null);
    }
  });
  for (const s of slots) ro.observe(s);
}

/**
 * Redraws the chart inside `host` for `view` in place: the layout on screen now, the hidden one
 * when it is shown. `current` says whether `view` is still the one wanted; with `animate` (a
 * reader's change of view, not a resize) the move is animated unless reduced motion is asked for.
 * Resolves once the final geometry is in the DOM, with `settled`: the end of the animation (a
 * promise inside an object, since an async function would otherwise wait for it).
 */
export async function rerender(
  host: HTMLElement,
  view: ChartView,
  current: () => boolean = () => true,
  { animate = false }: { animate?: boolean } = {},
): Promise<{ settled: Promise<unknown> }> {
  const url = host.dataset.panelUrl;
  const none = { settled: Promise.resolve() };
  if (!url) return none;
  const bundle = await loadBundle(url);
  if (!current()) return none;
  const want = { bundle, view };
  wanted.set(host, want);
  const slots = [...host.querySelectorAll<HTMLElement>('[data-layout]')];
  const motion = animate && !reducedMotion() ? new ChartMotion() : null;
  for (const slot of slots) if (isShown(slot)) draw(host, slot, want, motion);
  observe(host, slots);
  return motion ? { settled: motion.settled() } : none;
}
