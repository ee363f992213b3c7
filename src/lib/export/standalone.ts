/**
 * Standalone chart files (downloads, copy-image, build-time preview images): the chart laid out
 * for the exact canvas it is drawn on, with concrete colours, a title, labels on the lines (or a
 * legend) and a source line, and optionally an embedded font. Pure string work, shared by the
 * build and the browser.
 */
import { bundleChartModel, type PanelBundle } from '../chart/panel-bundle';
import type { ChartView } from '../chart/view';
import type { LabelMode } from '../chart/model-types';
import { PALETTE, type ThemeName } from '../chart/families';
import { chartStyle, NAMED_BOXES, type ChartBox } from '../chart/layout';
import { clipToWidth } from '../chart/text-metrics';
import { FONT_STACK, renderChartSvg, type RenderedSvg } from '../render/svg';
import { esc } from '../render/escape';
import type { Lang } from '../i18n/ui';
import { r2 } from '../chart/symbols';

/** Output sizes offered for PNG downloads: the chart's own size at 1× and 2×, or a canvas it is laid out for. */
export const PNG_SIZES = {
  '1x': { scale: 1 },
  '2x': { scale: 2 },
  '1920x1080': { width: 1920, height: 1080 },
  '1280x720': { width: 1280, height: 720 },
  '1600x1200': { width: 1600, height: 1200 },
  '1080x1080': { width: 1080, height: 1080 },
} as const;

/** A PNG size key. */
export type PngSize = keyof typeof PNG_SIZES;

/** The canvas copy-image puts on the clipboard: a 16:9 slide, what Keynote, PowerPoint and Slides paste into. */
export const COPY_IMAGE_SIZE: PngSize = '1920x1080';

/** What a standalone file shows and how. */
export interface StandaloneOptions {
  theme: ThemeName;
  lang: Lang;
  title: string;
  /** Source line under the chart; empty for none (panels of a figure grid). */
  source: string;
  transparent?: boolean | undefined;
  /** A @font-face rule with the font as a data URL, so the file keeps its typeface. */
  fontFaceCss?: string | undefined;
  /** A fixed canvas (slides, previews): the chart is laid out to fill it, with slide-sized type. */
  canvas?: { width: number; height: number } | undefined;
  /** Series names on the lines (default) or in a legend. */
  labels?: Exclude<LabelMode, 'none'> | undefined;
  /** Base type size, when the caller fixes it (panels of one figure share it). */
  fontSize?: number | undefined;
}

/** Renders a panel as a self-contained SVG file laid out for its canvas (or, without one, around the page's large chart). */
export function standaloneSvg(
  bundle: PanelBundle,
  view: ChartView,
  o: StandaloneOptions,
): RenderedSvg {
  const canvas = o.canvas;
  const fs =
    o.fontSize ??
    (canvas
      ? chartStyle({ ...canvas, type: 'slide' }).fontSize
      : (NAMED_BOXES.large.fontSize ?? 14));
  const pad = canvas
    ? Math.round(Math.max(fs * 0.6, Math.min(canvas.width, canvas.height) * 0.03))
    : 16;
  const titleSize = r2n(fs * 1.3);
  const sourceSize = r2n(Math.max(10, fs * 0.72));
  const top = o.title ? pad + titleSize * 1.45 : pad;
  const bottom = o.source ? pad + sourceSize * 1.5 : pad;
  const box: ChartBox = canvas
    ? {
        width: canvas.width - 2 * pad,
        height: canvas.height - top - bottom,
        type: 'slide',
        fontSize: fs,
      }
    : NAMED_BOXES.large;
  const width = canvas?.width ?? box.width + 2 * pad;
  const height = canvas?.height ?? box.height + top + bottom;
  const model = bundleChartModel(bundle, view, box, o.lang, { labels: o.labels ?? 'direct' });
  const id = `${bundle.panel.chartId}-file`;
  const chart = renderChartSvg(model, { colors: o.theme, idPrefix: id, title: o.title });
  const p = PALETTE[o.theme];
  const content = [
    o.fontFaceCss ? `<style>${o.fontFaceCss}</style>` : '',
    o.transparent ? '' : `<rect width="${width}" height="${height}" fill="${p.background}"/>`,
    `<g font-family="${FONT_STACK}">`,
    o.title
      ? `<text x="${pad}" y="${r2(pad + titleSize)}" font-size="${r2(titleSize)}" font-weight="600" fill="${p.text}">${esc(clipToWidth(o.title, width - 2 * pad, titleSize))}</text>`
      : '',
    `<g transform="translate(${pad},${r2(top)})">${chart.content}</g>`,
    o.source
      ? `<text x="${pad}" y="${r2(height - pad - sourceSize * 0.3)}" font-size="${r2(sourceSize)}" fill="${p.muted}">${esc(clipToWidth(o.source, width - 2 * pad, sourceSize))}</text>`
      : '',
    '</g>',
  ].join('');
  const desc = `<title id="${id}-title">${esc(o.title)}</title><desc id="${id}-desc">${esc(model.description)}</desc>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${r2(height)}" width="${width}" height="${r2(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" data-chart="${esc(bundle.panel.chartId)}">${desc}${content}</svg>`;
  return { svg, content, width, height };
}

const r2n = (n: number): number => Math.round(n * 100) / 100;

/** Pixel size of a PNG for a size key, given the file's own size. */
export function pngPixelSize(
  size: PngSize,
  own: { width: number; height: number },
): { width: number; height: number } {
  const s = PNG_SIZES[size];
  if ('scale' in s)
    return { width: Math.round(own.width * s.scale), height: Math.round(own.height * s.scale) };
  return { width: s.width, height: s.height };
}

/** The canvas option for a size key: slide sizes are canvases the chart is laid out for; 1×/2× keep the chart's own size. */
export function canvasFor(size: PngSize): { width: number; height: number } | undefined {
  const s = PNG_SIZES[size];
  return 'scale' in s ? undefined : { width: s.width, height: s.height };
}

/** A @font-face rule embedding a font given as base64 (woff2 in the browser, TTF at build time). */
export function fontFaceCss(
  base64: string,
  format: 'woff2' | 'truetype',
  weight = '100 900',
): string {
  const mime = format === 'woff2' ? 'font/woff2' : 'font/ttf';
  return `@font-face{font-family:'Inter Variable';font-weight:${weight};src:url(data:${mime};base64,${base64}) format('${format}')}`;
}
