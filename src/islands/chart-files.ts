/**
 * The share menu's files, loaded only when a reader asks for one: PNG and SVG laid out for their
 * canvas, copy-image, the PowerPoint file of the current view, and "Add to deck". Kept apart from
 * ./chart-share.ts so the chart's controls never carry the export code (budgeted separately as
 * JS loaded on request).
 */
import { loadBundle } from './panel-data';
import { addToDeck } from './deck-store';
import type { EmergenceChart } from './emergence-chart';
import type { ChartView } from '../lib/chart/view';
import {
  canvasFor,
  COPY_IMAGE_SIZE,
  fontFaceCss,
  pngPixelSize,
  standaloneSvg,
  type PngSize,
} from '../lib/export/standalone';
import type { RenderedSvg } from '../lib/render/svg';
import type { Lang } from '../lib/i18n/ui';
import type { ThemeName } from '../lib/chart/families';

let fontCss: Promise<string> | null = null;

/** The site's font as an embeddable @font-face rule (fetched once, same origin). */
function embeddedFont(fontUrl: string): Promise<string> {
  fontCss ??= fetch(fontUrl)
    .then((r) => r.arrayBuffer())
    .then((buf) => {
      let binary = '';
      const bytes = new Uint8Array(buf);
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return fontFaceCss(btoa(binary), 'woff2');
    })
    .catch(() => '');
  return fontCss;
}

/** Builds the standalone SVG of the current view in a theme, laid out for the size's canvas. */
async function fileSvg(
  chart: EmergenceChart,
  theme: ThemeName,
  transparent: boolean,
  size: PngSize | null,
  direct: boolean,
  permalink: string,
): Promise<RenderedSvg> {
  const bundle = await loadBundle(chart.dataset.panelUrl ?? '');
  const font = await embeddedFont(chart.dataset.fontUrl ?? '');
  return standaloneSvg(bundle, chart.view, {
    theme,
    lang: (chart.dataset.lang ?? 'en') as Lang,
    title: chart.dataset.title ?? '',
    source: `${chart.dataset.sourceLine ?? ''} · ${permalink}`,
    transparent,
    fontFaceCss: font || undefined,
    canvas: size ? canvasFor(size) : undefined,
    labels: direct ? 'direct' : 'legend',
  });
}

/** Rasterises an SVG string to a PNG blob of the given pixel size. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.decoding = 'sync';
  const loaded = new Promise((resolve, reject) => {
    image.onload = resolve;
    image.onerror = () => reject(new Error('The chart image could not be drawn.'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** PNG of the current view at a size key. */
async function pngOf(
  chart: EmergenceChart,
  theme: ThemeName,
  transparent: boolean,
  size: PngSize,
  direct: boolean,
  permalink: string,
): Promise<Blob> {
  const file = await fileSvg(chart, theme, transparent, size, direct, permalink);
  const px = pngPixelSize(size, file);
  return toPng(file.svg, px.width, px.height);
}

/** Starts a download of a blob. */
function download(blob: Blob, filename: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The theme the reader currently sees. */
function shownTheme(): ThemeName {
  const t = document.documentElement.dataset.theme;
  if (t === 'dark' || t === 'light') return t;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Runs one file action of the share menu; `form` is its download fieldset, `permalink` the view's
 * link (written into files). Returns the deck's number of slides after "Add to deck", else "".
 */
export async function runFileAction(
  chart: EmergenceChart,
  action: string,
  form: HTMLElement | null,
  permalink: string,
): Promise<string> {
  const field = (name: string): string =>
    form?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '';
  if (action === 'download-image') {
    const theme = (field('theme') === 'dark' ? 'dark' : 'light') as ThemeName;
    const transparent =
      form?.querySelector<HTMLInputElement>('[name="transparent"]')?.checked ?? false;
    const size = (field('size') || '1x') as PngSize;
    const direct = form?.querySelector<HTMLInputElement>('[name="direct"]')?.checked ?? true;
    const id = chart.dataset.chartId ?? 'chart';
    if (field('format') === 'svg') {
      const file = await fileSvg(
        chart,
        theme,
        transparent,
        canvasFor(size) ? size : null,
        direct,
        permalink,
      );
      download(
        new Blob([file.svg], { type: 'image/svg+xml' }),
        `${id}-${theme}${canvasFor(size) ? `-${size}` : ''}.svg`,
      );
    } else {
      download(
        await pngOf(chart, theme, transparent, size, direct, permalink),
        `${id}-${theme}-${size}.png`,
      );
    }
  } else if (action === 'copy-image') {
    // A 16:9 slide canvas: what Keynote, PowerPoint and Google Slides paste into.
    const blob = pngOf(chart, shownTheme(), false, COPY_IMAGE_SIZE, true, permalink);
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  } else if (action === 'download-pptx') {
    const { pptxOfView } = await import('./pptx-download');
    const picture = await pngOf(chart, 'light', false, '1920x1080', true, permalink);
    download(
      await pptxOfView(chart, { picture, permalink }),
      `${chart.dataset.chartId ?? 'chart'}.pptx`,
    );
  } else if (action === 'add-to-deck') {
    const defaults = JSON.parse(chart.dataset.defaultView ?? '{}') as ChartView;
    return String(addToDeck(chart.dataset.chartId ?? '', chart.view, defaults));
  }
  return '';
}
