import { describe, it, expect } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import {
  chartImagePng,
  chartImageSvg,
  figureImagePng,
  imageFileNames,
  imageFile,
} from '../../src/site/preview-images';
import { chartMeta, chartTitle, figureMeta } from '../../src/site/meta';
import { bestGrid, clip, figureGridSvg, placeCells } from '../../src/lib/export/preview-image';
import { CHART_IDS, FIGURES } from '../../src/site/datasets';
import { pngSize } from '../support/png';

const SITE = 'https://example.org';
const BASE = '/emergence/';

/** Throws unless the string is well-formed XML (resvg parses with a strict XML parser before rendering). */
function parseSvg(svg: string): Resvg {
  return new Resvg(svg, { font: { loadSystemFonts: false } });
}

describe.each(['fig2a', 'fig8'])('preview images of %s', (id) => {
  it('the PNG is a 1200×630 PNG', () => {
    expect(pngSize(chartImagePng(id, SITE, BASE))).toEqual({ width: 1200, height: 630 });
  });

  it('the SVG is well-formed, carries the title and an embedded @font-face, and references nothing external', () => {
    const svg = chartImageSvg(id, SITE, BASE);
    expect(() => parseSvg(svg)).not.toThrow();
    expect(parseSvg(svg).width).toBeGreaterThan(0);
    const title = chartTitle(id);
    expect(svg).toContain(`>${title}</text>`);
    expect(svg).toMatch(
      /<style>@font-face\{font-family:'Inter Variable';[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\) format\('woff2'\)\}<\/style>/,
    );
    // The source line is the only place a URL may appear (as text); xmlns is a namespace name, not a fetch.
    const source = `Data: Wei et al. (2022), ${id === 'fig8' ? 'Figure 8' : 'Figure 2A'}, arXiv:2206.07682 · ${SITE}${BASE}charts/${id}/`;
    expect(svg).toContain(`>${source}</text>`);
    const rest = svg.replaceAll(source, '').replaceAll('xmlns="http://www.w3.org/2000/svg"', '');
    expect(rest).not.toMatch(/https?:/i);
    expect(rest).not.toMatch(/href=|url\((?!data:)/);
  });
});

describe('figure preview images', () => {
  it('every figure PNG is 1200×630 and shows all its panels', () => {
    for (const f of [FIGURES[0], FIGURES.find((x) => x.figure === 10)]) {
      if (!f) throw new Error('missing figure');
      expect(pngSize(figureImagePng(f.figure, SITE, BASE))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('lists one svg and one png per chart plus one png per figure, and serves each kind', () => {
    const names = imageFileNames(CHART_IDS);
    expect(names).toHaveLength(CHART_IDS.length * 2 + FIGURES.length);
    expect(new Set(names).size).toBe(names.length);
    expect(imageFile('figure-3.png', SITE, BASE)?.type).toBe('image/png');
    expect(imageFile('fig3a.svg', SITE, BASE)?.type).toBe('image/svg+xml');
    expect(imageFile('nothing', SITE, BASE)).toBeNull();
  });
});

describe('grid composition', () => {
  /** A stand-in panel that draws a rectangle filling the cell it is given, and records that cell. */
  const cells: { width: number; height: number }[] = [];
  const panel = (cell: { width: number; height: number }) => {
    cells.push(cell);
    const content = `<rect width="${cell.width}" height="${cell.height}"/>`;
    return { svg: `<svg xmlns="http://www.w3.org/2000/svg">${content}</svg>`, content, ...cell };
  };

  it('bestGrid picks the column count that draws the panels largest', () => {
    expect(bestGrid(1, { width: 4, height: 3 }, { width: 1200, height: 600 }, 0).cols).toBe(1);
    expect(bestGrid(8, { width: 4, height: 3 }, { width: 1200, height: 500 }, 10).cols).toBe(4);
  });

  it('placeCells keeps the paper grid or transposes it when that is larger', () => {
    const positions = Array.from({ length: 12 }, (_, i) => ({
      row: Math.floor(i / 3) + 1,
      col: (i % 3) + 1,
    }));
    const g = placeCells(12, { width: 4, height: 3 }, { width: 1100, height: 500 }, 10, positions);
    expect([g.rows, g.cols]).toEqual([3, 4]);
    expect(g.cells[1]).toEqual({ row: 1, col: 0 });
  });

  it('figureGridSvg lays each panel out for its own cell, inside the canvas, without nesting SVG documents', () => {
    cells.length = 0;
    const grid = figureGridSvg([panel, panel, panel], {
      title: 'Figure 1 & <co>',
      source: 'Data',
      background: '#fff',
      text: '#000',
      muted: '#555',
    });
    expect(grid.match(/<svg /g)).toHaveLength(1);
    expect(cells).toHaveLength(3);
    // Three cells side by side (1.5:1 panels in a 1200×630 canvas) sharing most of the width.
    const placed = [
      ...grid.matchAll(
        /<g transform="translate\(([\d.]+),([\d.]+)\)"><rect width="(\d+)" height="(\d+)"/g,
      ),
    ].map((m) => m.slice(1).map(Number));
    expect(placed).toHaveLength(3);
    for (const [x, y, w, h] of placed) {
      expect(x! + w!).toBeLessThanOrEqual(1200);
      expect(y! + h!).toBeLessThanOrEqual(630);
    }
    expect(placed.reduce((sum, p) => sum + p[2]!, 0)).toBeGreaterThan(1200 * 0.85);
    expect(grid).toContain('Figure 1 &amp; &lt;co&gt;');
    expect(() => parseSvg(grid)).not.toThrow();
  });

  it('clip shortens at a word boundary', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('alpha beta gamma delta', 15)).toBe('alpha beta…');
  });
});

describe('page metadata', () => {
  it('chartMeta gives the image path, a descriptive alt and the absolute oEmbed URL', () => {
    const m = chartMeta('fig2a', SITE, BASE);
    expect(m.image).toBe('/images/fig2a.png');
    expect(m.oembedUrl).toBe('https://example.org/emergence/oembed/fig2a.json');
    expect(m.imageAlt).toContain('Mod. arithmetic — Figure 2A');
    expect(m.imageAlt).toMatch(/LaMDA/);
  });

  it('figureMeta names the figure and its panels', () => {
    const m = figureMeta(2);
    expect(m.image).toBe('/images/figure-2.png');
    expect(m.imageAlt).toMatch(/^Figure 2: .+ 8 charts .*Mod\. arithmetic/);
    expect(() => figureMeta(99)).toThrow();
  });
});
