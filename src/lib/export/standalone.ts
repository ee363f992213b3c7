/**
 * Standalone chart files (downloads, build-time preview images): the page renderer with concrete
 * colours, a title, a legend and a source line, an optional embedded font, and slide-sized
 * canvases that letterbox the chart. Pure string work, shared by the build and the browser.
 */
import { renderPanel, type PanelBundle } from '../chart/panel-bundle';
import type { ChartView } from '../chart/view';
import { PALETTE, type ThemeName } from '../chart/families';
import type { Lang } from '../i18n/ui';
import { r2 } from '../chart/symbols';

/** Output sizes offered for PNG downloads. */
export const PNG_SIZES = {
  '1x': { scale: 1 },
  '2x': { scale: 2 },
  '1920x1080': { width: 1920, height: 1080 },
  '1280x720': { width: 1280, height: 720 },
} as const;

/** A PNG size key. */
export type PngSize = keyof typeof PNG_SIZES;

/** What a standalone file shows and how. */
export interface StandaloneOptions {
  theme: ThemeName;
  lang: Lang;
  title: string;
  source: string;
  transparent?: boolean | undefined;
  /** A @font-face rule with the font as a data URL, so the file keeps its typeface. */
  fontFaceCss?: string | undefined;
  /** A fixed canvas (slides): the chart is scaled to fit and centred on it. */
  canvas?: { width: number; height: number } | undefined;
}

/** Reads width and height from an SVG string's root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}

/** Renders a panel as a self-contained SVG file. */
export function standaloneSvg(bundle: PanelBundle, view: ChartView, o: StandaloneOptions): string {
  const chart = renderPanel(bundle, view, 'large', o.lang, {
    colors: o.theme,
    idPrefix: `${bundle.panel.chartId}-file`,
    frame: { title: o.title, source: o.source, transparent: o.transparent || o.canvas !== undefined, fontFaceCss: o.fontFaceCss },
  });
  if (!o.canvas) return chart;
  const { width, height } = svgSize(chart);
  const pad = Math.round(Math.min(o.canvas.width, o.canvas.height) * 0.05);
  const scale = Math.min((o.canvas.width - 2 * pad) / width, (o.canvas.height - 2 * pad) / height);
  const w = width * scale;
  const h = height * scale;
  const bg = o.transparent ? '' : `<rect width="100%" height="100%" fill="${PALETTE[o.theme].background}"/>`;
  // The framed chart nests as an inner <svg>, scaled by its own viewBox: no text is resized by hand.
  const inner = chart.replace('<svg ', `<svg x="${r2((o.canvas.width - w) / 2)}" y="${r2((o.canvas.height - h) / 2)}" `).replace(/ width="[\d.]+" height="[\d.]+"/, ` width="${r2(w)}" height="${r2(h)}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.canvas.width} ${o.canvas.height}" width="${o.canvas.width}" height="${o.canvas.height}">${bg}${inner}</svg>`;
}

/** Pixel size of a PNG for a size key, given the SVG's own size. */
export function pngPixelSize(size: PngSize, svgWidth: number, svgHeight: number): { width: number; height: number } {
  const s = PNG_SIZES[size];
  if ('scale' in s) return { width: Math.round(svgWidth * s.scale), height: Math.round(svgHeight * s.scale) };
  return { width: s.width, height: s.height };
}

/** The canvas option for a size key: slide sizes letterbox, 1×/2× keep the chart's own aspect. */
export function canvasFor(size: PngSize): { width: number; height: number } | undefined {
  const s = PNG_SIZES[size];
  return 'scale' in s ? undefined : { width: s.width, height: s.height };
}

/** A @font-face rule embedding a font given as base64 (woff2 in the browser, TTF at build time). */
export function fontFaceCss(base64: string, format: 'woff2' | 'truetype', weight = '100 900'): string {
  const mime = format === 'woff2' ? 'font/woff2' : 'font/ttf';
  return `@font-face{font-family:'Inter Variable';font-weight:${weight};src:url(data:${mime};base64,${base64}) format('${format}')}`;
}
