/** Loaded on first use: redraws a chart's layouts with the shared renderer, each for its box. */
import { renderPanel } from '../lib/render/render-panel';
import { loadBundle } from './panel-data';
import { fitBox, type ChartBox, type LayoutName } from '../lib/chart/layout';
import type { LabelMode } from '../lib/chart/model-types';
import type { ChartView } from '../lib/chart/view';
import type { Lang } from '../lib/i18n/ui';

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

/**
 * Redraws the chart inside `host` for `view`, keeping element ids so labels stay attached.
 * Resolves once every layout is drawn; `current` says whether `view` is still the one wanted.
 */
export async function rerender(host: HTMLElement, view: ChartView, current: () => boolean = () => true): Promise<void> {
  const url = host.dataset.panelUrl;
  if (!url) return;
  const bundle = await loadBundle(url);
  if (!current()) return;
  const lang = (host.dataset.lang ?? 'en') as Lang;
  const labels = (host.dataset.svgLabels ?? 'none') as LabelMode;
  const draw = (slot: HTMLElement): void => {
    const box = slotBox(host, slot);
    if (box === null) return;
    const idPrefix = slot.querySelector('svg title')?.id.replace(/-title$/, '');
    slot.innerHTML = renderPanel(bundle, view, box, lang, { colors: 'classes', labels, ...(idPrefix ? { idPrefix } : {}) }).svg;
  };
  const slots = [...host.querySelectorAll<HTMLElement>('[data-layout]')];
  // The layout on screen is drawn now; the one hidden by the media query (the other screen size)
  // in the next task, so a toggle costs one render, not two, before the reader sees it.
  const [shown, hidden] = [slots.filter((s) => s.offsetParent !== null), slots.filter((s) => s.offsetParent === null)];
  shown.forEach(draw);
  if (!hidden.length) return;
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (current()) hidden.forEach(draw);
}
