/**
 * Build-time preview images (og:image, oEmbed thumbnails): pure string work that arranges
 * standalone charts (src/lib/export/standalone.ts) on a fixed canvas. No second chart renderer:
 * each panel is laid out by `standaloneSvg` for the exact cell it gets.
 */
import { FONT_STACK, type RenderedSvg } from '../render/svg';
import { esc } from '../render/escape';
import { r2 } from '../chart/symbols';

/** The og:image size every preview PNG is rendered at. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** A grid for `count` cells of one aspect ratio: columns, rows and the scale the cells get. */
export interface GridLayout {
  cols: number;
  rows: number;
  scale: number;
}

/**
 * The column count that draws `count` panels of size `cell` largest inside `area`, with `gap`
 * between cells; ties go to fewer rows. Panels keep their reading order (row by row).
 */
export function bestGrid(
  count: number,
  cell: { width: number; height: number },
  area: { width: number; height: number },
  gap: number,
): GridLayout {
  let best: GridLayout = { cols: 1, rows: Math.max(count, 1), scale: 0 };
  for (let cols = 1; cols <= Math.max(count, 1); cols++) {
    const rows = Math.ceil(count / cols);
    const cellW = (area.width - gap * (cols - 1)) / cols;
    const cellH = (area.height - gap * (rows - 1)) / rows;
    const scale = Math.min(cellW / cell.width, cellH / cell.height);
    if (scale > best.scale + 1e-9) best = { cols, rows, scale };
  }
  return best;
}

/** Where a panel sits in the paper's figure (1-based). */
export interface GridCell {
  row: number;
  col: number;
}

/** What a figure grid image shows around its panels. */
export interface FigureGridOptions {
  /** The aspect (width / height) a panel reads best at, used to choose the grid. */
  panelAspect?: number | undefined;
  /** Canvas size (defaults to the og:image size). */
  width?: number | undefined;
  height?: number | undefined;
  /** Heading over the grid, e.g. "Figure 2: Eight emergent abilities…". */
  title: string;
  /** Line under the grid, e.g. "Data: Wei et al. 2022, Figure 2 · https://…". */
  source: string;
  /** Concrete colours (e.g. from PALETTE.light). */
  background: string;
  text: string;
  muted: string;
  /**
   * The paper's position of each panel. The image keeps that grid, or its transpose when that
   * draws the panels larger (Figure 10's 4×3 becomes 3×4), so rows and columns keep their meaning.
   * Without positions, panels flow in reading order into whatever grid draws them largest.
   */
  positions?: readonly GridCell[] | undefined;
}

/** Shortens text to about `max` characters at a word boundary, adding an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Scale at which a rows×cols grid of `cell`-sized panels fits `area`. */
function gridScale(
  rows: number,
  cols: number,
  cell: { width: number; height: number },
  area: { width: number; height: number },
  gap: number,
): number {
  return Math.min(
    (area.width - gap * (cols - 1)) / cols / cell.width,
    (area.height - gap * (rows - 1)) / rows / cell.height,
  );
}

/** Each panel's 0-based cell and the grid size, from positions (maybe transposed) or reading order. */
export function placeCells(
  count: number,
  cell: { width: number; height: number },
  area: { width: number; height: number },
  gap: number,
  positions?: readonly GridCell[],
): { rows: number; cols: number; cells: GridCell[] } {
  if (positions && positions.length === count && count > 0) {
    const rows = Math.max(...positions.map((p) => p.row));
    const cols = Math.max(...positions.map((p) => p.col));
    const transpose =
      gridScale(cols, rows, cell, area, gap) > gridScale(rows, cols, cell, area, gap) + 1e-9;
    return transpose
      ? {
          rows: cols,
          cols: rows,
          cells: positions.map((p) => ({ row: p.col - 1, col: p.row - 1 })),
        }
      : { rows, cols, cells: positions.map((p) => ({ row: p.row - 1, col: p.col - 1 })) };
  }
  const g = bestGrid(count, cell, area, gap);
  return {
    rows: g.rows,
    cols: g.cols,
    cells: Array.from({ length: count }, (_, i) => ({
      row: Math.floor(i / g.cols),
      col: i % g.cols,
    })),
  };
}

/** Draws one panel laid out for a cell of the given size. */
export type PanelRenderer = (cell: { width: number; height: number }) => RenderedSvg;

/**
 * A figure as one image: a heading, its panels in a grid (see `FigureGridOptions.positions`),
 * each laid out for its cell, and a source line.
 */
export function figureGridSvg(panels: readonly PanelRenderer[], o: FigureGridOptions): string {
  const width = o.width ?? PREVIEW_SIZE.width;
  const height = o.height ?? PREVIEW_SIZE.height;
  const pad = Math.round(Math.min(width, height) * 0.03);
  const titleSize = Math.round(height * 0.045);
  const sourceSize = Math.round(height * 0.026);
  const top = pad + titleSize * 1.5;
  const bottom = pad + sourceSize * 1.6;
  const gap = Math.round(pad / 2);
  const area = { width: width - 2 * pad, height: height - top - bottom };
  const aspect = o.panelAspect ?? 1.5;
  const grid = placeCells(panels.length, { width: aspect, height: 1 }, area, gap, o.positions);
  const cellW = (area.width - gap * (grid.cols - 1)) / grid.cols;
  const cellH = (area.height - gap * (grid.rows - 1)) / grid.rows;
  const cells = panels
    .map((draw, i) => {
      const c = grid.cells[i] ?? { row: 0, col: 0 };
      const r = draw({ width: Math.floor(cellW), height: Math.floor(cellH) });
      return `<g transform="translate(${r2(pad + c.col * (cellW + gap))},${r2(top + c.row * (cellH + gap))})">${r.content}</g>`;
    })
    .join('');
  // Roughly 0.55em per character of Inter at this size.
  const titleChars = Math.floor((width - 2 * pad) / (titleSize * 0.55));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT_STACK}">`,
    `<rect width="100%" height="100%" fill="${o.background}"/>`,
    `<text x="${pad}" y="${r2(pad + titleSize)}" font-size="${titleSize}" font-weight="600" fill="${o.text}">${esc(clip(o.title, titleChars))}</text>`,
    cells,
    `<text x="${pad}" y="${r2(height - pad)}" font-size="${sourceSize}" fill="${o.muted}">${esc(o.source)}</text>`,
    '</svg>',
  ].join('');
}
