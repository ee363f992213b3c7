/**
 * Build-time image files: /images/<chart-id>.svg (a standalone chart with Inter embedded),
 * /images/<chart-id>.png and /images/figure-<n>.png (1200×630 og:images rasterised by resvg
 * with Inter loaded from the TTF files). Node only: reads fonts from node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { FIGURES, panelBundle, panelLabel } from './datasets';
import {
  chartSourceLine,
  figureSourceLine,
  chartTitle,
  figureTitle,
  type SiteOrigin,
} from './meta';
import { defaultView } from '../lib/chart/view';
import { PALETTE } from '../lib/chart/families';
import { fontFaceCss, standaloneSvg } from '../lib/export/standalone';
import { figureGridSvg, PREVIEW_SIZE } from '../lib/export/preview-image';
import { chartImageFile, figureImageFile } from '../lib/site/routes';

/** The static Inter cuts the renderer uses: 400 for text, 600 for titles. */
const INTER_FILES = {
  400: '400Regular/Inter_400Regular.ttf',
  600: '600SemiBold/Inter_600SemiBold.ttf',
} as const;

/** Resolved from the project root, not from this module: the build bundles it into another directory. */
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** Absolute paths of the Inter TTF files. */
export function interFontFiles(): string[] {
  return Object.values(INTER_FILES).map((f) =>
    requireFromRoot.resolve(`@expo-google-fonts/inter/${f}`),
  );
}

let fontFace: string | undefined;

/**
 * The @font-face rule embedded in SVG files: the site's own variable Inter (latin subset, WOFF2,
 * about 48 KB), the same file chart downloads embed in the browser. A TTF would be ten times
 * larger in every file; resvg does not read @font-face anyway and gets the TTFs above.
 */
export function interFontFaceCss(): string {
  fontFace ??= fontFaceCss(
    readFileSync(
      requireFromRoot.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'),
    ).toString('base64'),
    'woff2',
  );
  return fontFace;
}

/** The standalone SVG of a chart in its default view: light theme, title, source line; Inter embedded unless `embedFont` is false. */
export function chartImageSvg(
  id: string,
  site: SiteOrigin,
  base: string,
  o: { canvas?: { width: number; height: number } | undefined; embedFont?: boolean } = {},
): string {
  const bundle = panelBundle(id);
  return standaloneSvg(bundle, defaultView(bundle.panel), {
    theme: 'light',
    lang: 'en',
    title: chartTitle(id),
    source: chartSourceLine(id, site, base),
    fontFaceCss: o.embedFont === false ? undefined : interFontFaceCss(),
    canvas: o.canvas,
  }).svg;
}

/** Rasterises an SVG with resvg using only the bundled Inter files (no system fonts, so builds match everywhere). */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: interFontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
    },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}

/** A chart's 1200×630 preview PNG: the same standalone SVG, letterboxed on the og:image canvas. */
export function chartImagePng(id: string, site: SiteOrigin, base: string): Buffer {
  // resvg ignores @font-face; skipping the 460 kB data URL keeps parsing fast.
  return svgToPng(chartImageSvg(id, site, base, { canvas: PREVIEW_SIZE, embedFont: false }));
}

/** A figure's 1200×630 SVG: each panel's standalone SVG (short title, no source line) nested in a grid; a one-panel figure is that panel's preview. */
export function figureImageSvg(n: number, site: SiteOrigin, base: string): string {
  const figure = FIGURES.find((f) => f.figure === n);
  if (!figure) throw new Error(`Unknown figure ${n}`);
  const source = figureSourceLine(n, site, base);
  const only = figure.panels.length === 1 ? figure.panels[0] : undefined;
  if (only) {
    // One panel: the chart preview itself, titled and sourced as the figure (no heading repeated over it).
    const bundle = panelBundle(only.chartId);
    return standaloneSvg(bundle, defaultView(bundle.panel), {
      theme: 'light',
      lang: 'en',
      title: figureTitle(n),
      source,
      canvas: PREVIEW_SIZE,
    }).svg;
  }
  const ordered = [...figure.panels].sort(
    (a, b) => (a.grid?.row ?? 0) - (b.grid?.row ?? 0) || (a.grid?.col ?? 0) - (b.grid?.col ?? 0),
  );
  const panels = ordered.map((p) => (cell: { width: number; height: number }) => {
    const bundle = panelBundle(p.chartId);
    // One type size for every panel of a figure, small enough that a cell keeps room for its plot.
    const fontSize = Math.max(
      10,
      Math.min(16, Math.round(Math.min(cell.height * 0.06, cell.width * 0.045))),
    );
    return standaloneSvg(bundle, defaultView(bundle.panel), {
      theme: 'light',
      lang: 'en',
      title: p.title || panelLabel(p.chartId),
      source: '',
      canvas: cell,
      fontSize,
      transparent: true,
    });
  });
  const light = PALETTE.light;
  return figureGridSvg(panels, {
    ...PREVIEW_SIZE,
    title: figureTitle(n),
    source,
    background: light.background,
    text: light.text,
    muted: light.muted,
    positions: ordered.every((p) => p.grid)
      ? ordered.map((p) => p.grid ?? { row: 1, col: 1 })
      : undefined,
  });
}

/** A figure's 1200×630 preview PNG. */
export function figureImagePng(n: number, site: SiteOrigin, base: string): Buffer {
  return svgToPng(figureImageSvg(n, site, base));
}

/** Every file under /images/: "<chart-id>.svg", "<chart-id>.png" and "figure-<n>.png". */
export function imageFileNames(chartIds: readonly string[]): string[] {
  return [
    ...chartIds.flatMap((id) => [chartImageFile(id, 'svg'), chartImageFile(id, 'png')]),
    ...FIGURES.map((f) => figureImageFile(f.figure)),
  ];
}

/** The bytes and content type of one /images/ file, or null for an unknown name. */
export function imageFile(
  file: string,
  site: SiteOrigin,
  base: string,
): { body: string | Buffer; type: string } | null {
  const fig = /^figure-(\d+)\.png$/.exec(file);
  if (fig) return { body: figureImagePng(Number(fig[1]), site, base), type: 'image/png' };
  const chart = /^(.+)\.(svg|png)$/.exec(file);
  if (!chart?.[1]) return null;
  return chart[2] === 'svg'
    ? { body: chartImageSvg(chart[1], site, base), type: 'image/svg+xml' }
    : { body: chartImagePng(chart[1], site, base), type: 'image/png' };
}
