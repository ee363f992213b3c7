/**
 * Chart boxes: every chart is laid out for the box it is given (width × height in px and a type
 * scale) rather than for a fixed aspect. The page's responsive layouts are named boxes; embeds,
 * slides and exports pass their own.
 */

/** Named boxes of the site's pages: chart page or article (large), phone (compact), figure thumbnail (small). */
export type LayoutName = 'large' | 'compact' | 'small';

/** Type scale: page reading distance, or a projected slide read from the back of a room. */
export type TypeScale = 'normal' | 'slide';

/** A box to lay a chart out in (px). */
export interface ChartBox {
  width: number;
  height: number;
  type: TypeScale;
  /** Base type size; derived from the box and type scale when absent. */
  fontSize?: number | undefined;
}

/** Sizes of text, marks and lines for one box. */
export interface ChartStyle {
  fontSize: number;
  /** Marker radius (px). */
  markerSize: number;
  /** Series line width (px). */
  lineWidth: number;
  /** Whether ticks without a label keep their tick mark and gridline (never on slides). */
  minorGrid: boolean;
}

/**
 * large: a chart page or article on a wide screen; compact: the same chart on a phone (shown by a
 * container query instead of scaling the large one down to unreadable type); small: thumbnails.
 */
export const NAMED_BOXES: Record<LayoutName, ChartBox> = {
  large: { width: 640, height: 400, type: 'normal', fontSize: 14 },
  compact: { width: 360, height: 320, type: 'normal', fontSize: 13 },
  small: { width: 320, height: 240, type: 'normal', fontSize: 12 },
};

/** Smallest and largest boxes a chart is laid out for; anything outside is clamped. */
export const BOX_LIMITS = {
  minWidth: 160,
  minHeight: 100,
  maxWidth: 4096,
  maxHeight: 4096,
} as const;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** A box clamped to the limits and rounded to whole pixels (a NaN side becomes the minimum). */
export function fitBox(width: number, height: number, type: TypeScale): ChartBox {
  const w = Number.isFinite(width) ? width : 0;
  const h = Number.isFinite(height) ? height : 0;
  return {
    width: Math.round(clamp(w, BOX_LIMITS.minWidth, BOX_LIMITS.maxWidth)),
    height: Math.round(clamp(h, BOX_LIMITS.minHeight, BOX_LIMITS.maxHeight)),
    type,
  };
}

/** Type size for reading at arm's length: grows with the box, from 11 to 16 px. */
function readingFontSize(box: ChartBox): number {
  return Math.round(clamp(Math.min(box.width / 46, box.height / 26), 11, 16));
}

/**
 * Text and mark sizes for a box. Slides: text at least 2.5 % of the box height (3 % here: 22 px
 * at 720 px) and at least a fifth larger than the same box would get for reading, lines at least
 * 3 px, markers at least 10 px across.
 */
export function chartStyle(box: ChartBox): ChartStyle {
  if (box.type === 'slide') {
    const fontSize =
      box.fontSize ??
      Math.max(12, Math.ceil(box.height * 0.03), Math.round(readingFontSize(box) * 1.2));
    return {
      fontSize,
      markerSize: Math.max(5, fontSize * 0.3),
      lineWidth: Math.max(3, fontSize * 0.14),
      minorGrid: false,
    };
  }
  const fontSize = box.fontSize ?? readingFontSize(box);
  return {
    fontSize,
    markerSize: Math.round(fontSize * 0.32 * 10) / 10,
    lineWidth: 2,
    minorGrid: true,
  };
}
