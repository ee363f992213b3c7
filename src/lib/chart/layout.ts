/** Named chart sizes: the SVG viewBox and type size each context is designed for. */
export type LayoutName = 'large' | 'compact' | 'small';

/** Pixel geometry of a chart layout (viewBox units). */
export interface Layout {
  width: number;
  height: number;
  fontSize: number;
  marker: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * large: a chart page or embed on a wide screen; compact: the same chart on a phone (shown by a
 * media query instead of scaling the large one down to unreadable type); small: figure thumbnails.
 */
export const LAYOUTS: Record<LayoutName, Layout> = {
  large: { width: 640, height: 400, fontSize: 14, marker: 4.5, margin: { top: 14, right: 18, bottom: 54, left: 66 } },
  compact: { width: 360, height: 320, fontSize: 13, marker: 4, margin: { top: 12, right: 12, bottom: 50, left: 56 } },
  small: { width: 320, height: 240, fontSize: 12, marker: 3.2, margin: { top: 10, right: 10, bottom: 44, left: 50 } },
};
