/** Loaded on first use: redraws every layout of a chart with the shared renderer. */
import { renderPanel } from '../lib/chart/panel-bundle';
import { loadBundle } from './panel-data';
import type { ChartView } from '../lib/chart/view';
import type { LayoutName } from '../lib/chart/layout';
import type { Lang } from '../lib/i18n/ui';

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
  const draw = (slot: HTMLElement): void => {
    const layout = slot.dataset.layout as LayoutName;
    const idPrefix = slot.querySelector('svg title')?.id.replace(/-title$/, '');
    slot.innerHTML = renderPanel(bundle, view, layout, lang, { colors: 'classes', ...(idPrefix ? { idPrefix } : {}) });
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
