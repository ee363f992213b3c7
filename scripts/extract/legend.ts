/** Find legend entries: a short sample line (with its marker) or a filled swatch, followed by a text label. */
import type { DrawnPath } from './pdf-ops.ts';
import type { Label } from './labels.ts';
import { centerY } from './labels.ts';
import { asMarker, type MarkerShape } from './series.ts';

/** One legend entry. */
export interface LegendEntry {
  name: string;
  color: string;
  marker: MarkerShape;
  markerFilled: boolean;
  dashed: boolean;
  /** 'line' for a sample line, 'swatch' for a filled box (bar charts). */
  kind: 'line' | 'swatch';
  /** The label object (so callers can exclude it from titles). */
  label: Label;
}

/** Find legend entries among labels: each must have a sample drawn just to its left. */
export function findLegend(
  labels: Label[],
  paths: DrawnPath[],
  boxes: [number, number, number, number][] = [],
): LegendEntry[] {
  const out: LegendEntry[] = [];
  for (const l of labels) {
    if (l.angle !== 0) continue;
    // Text inside a plot area is an annotation, never a legend entry.
    if (boxes.some((b) => l.x > b[0] && l.x < b[2] && l.y > b[1] && l.y < b[3])) continue;
    const cy = centerY(l);
    // Sample lines: horizontal open strokes of 8..25 pt ending left of the label.
    let best: { p: DrawnPath; gap: number } | null = null;
    for (const p of paths) {
      if (p.paint !== 'stroke' || p.closed || p.curves) continue;
      const [x0, y0, x1, y1] = p.bbox;
      const len = x1 - x0;
      if (y1 - y0 > 0.01 || len < 8 || len > 25) continue;
      const gap = l.x - x1;
      if (gap < 0 || gap > 30 || Math.abs(y0 - cy) > 2.5) continue;
      if (!best || gap < best.gap) best = { p, gap };
    }
    if (best) {
      const [x0, y0, x1] = best.p.bbox;
      const mid = (x0 + x1) / 2;
      const mk = paths
        .map((p) => asMarker(p))
        .find((m) => m && Math.abs(m.center[0] - mid) < 0.5 && Math.abs(m.center[1] - y0) < 0.5);
      out.push({
        name: l.text,
        color: best.p.stroke,
        marker: mk?.shape ?? 'none',
        markerFilled: mk?.filled ?? true,
        dashed: best.p.dash.length > 0,
        kind: 'line',
        label: l,
      });
      continue;
    }
    // Swatches: small filled rectangles just left of the label.
    const sw = paths.find((p) => {
      const [x0, y0, x1, y1] = p.bbox;
      return (
        (p.paint === 'fill' || p.paint === 'fillStroke') &&
        p.closed &&
        x1 - x0 > 3 &&
        x1 - x0 < 12 &&
        y1 - y0 > 3 &&
        y1 - y0 < 12 &&
        l.x - x1 > 0 &&
        l.x - x1 < 10 &&
        Math.abs((y0 + y1) / 2 - cy) < 2.5
      );
    });
    if (sw)
      out.push({
        name: l.text,
        color: sw.fill,
        marker: 'none',
        markerFilled: true,
        dashed: false,
        kind: 'swatch',
        label: l,
      });
  }
  return out;
}
