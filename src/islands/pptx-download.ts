/**
 * "PowerPoint (.pptx)" in a chart's share menu: the current view as a native, editable chart, with
 * a picture of the same view on a second slide. Loaded on request only (chart-share.ts imports it
 * when the button is pressed), and the writer (pptxgenjs + JSZip, the bulk of the bytes) is a
 * further dynamic import, so nothing here runs or downloads on page load.
 */
import { loadBundle } from './panel-data';
import type { EmergenceChart } from './emergence-chart';
import type { Lang } from '../lib/i18n/ui';
import { pptxChartOf } from '../lib/export/pptx-chart';

/** What the share menu passes in: a PNG of the current view and the permalink it already built. */
export interface PptxOptions {
  picture: Blob;
  permalink: string;
}

/** Builds the .pptx of the chart's current view. */
export async function pptxOfView(chart: EmergenceChart, options: PptxOptions): Promise<Blob> {
  const id = chart.dataset.chartId ?? 'chart';
  const writer = import('../lib/export/pptx');
  const bundle = await loadBundle(chart.dataset.panelUrl ?? '');
  const chartData = pptxChartOf(bundle, chart.view, {
    title: chart.dataset.title ?? id,
    sourceText: chart.dataset.sourceLine ?? '',
    permalink: options.permalink,
    lang: (chart.dataset.lang ?? 'en') as Lang,
  });
  const png = new Uint8Array(await options.picture.arrayBuffer());
  const { pngSize, writePptx, PPTX_MIME } = await writer;
  const size = pngSize(png);
  if (!size) throw new Error('The chart picture is not a PNG.');
  // The picture slide's note, in the page's language, as the share menu's button carries it.
  const note =
    chart.querySelector<HTMLElement>('[data-action="download-pptx"]')?.dataset.note ?? '';
  const bytes = await writePptx(chartData, { png, ...size, note });
  return new Blob([new Uint8Array(bytes)], { type: PPTX_MIME });
}
