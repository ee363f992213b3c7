/** Turn drawn paths inside a panel into series: polylines (data points) plus markers (shape). */
import type { DrawnPath, Pt } from './pdf-ops.ts';

/** Marker shapes as drawn by pgfplots. */
export type MarkerShape =
  'circle' | 'square' | 'diamond' | 'triangle' | 'pentagon' | 'star' | 'cross' | 'plus' | 'none';

/** A marker found on the page. */
export interface Marker {
  shape: MarkerShape;
  /** Centre (mean of the distinct vertices: the circumcentre for pgfplots' regular polygons). */
  center: Pt;
  color: string;
  /** False for open markers (stroked only, or filled white). */
  filled: boolean;
  index: number;
}

/** A raw series before calibration. */
export interface RawSeries {
  color: string;
  dashed: boolean;
  marker: MarkerShape;
  markerFilled: boolean;
  /** Data positions in PDF coordinates, in drawing order. */
  points: Pt[];
  /** Whether the points came from a polyline (true) or from markers alone (false). */
  fromPolyline: boolean;
  /** Markers that did not coincide with a polyline vertex (should be none). */
  strayMarkers: number;
  /** Polyline vertices without a marker (allowed: some series draw none). */
  unmarkedVertices: number;
  lineWidth: number;
  index: number;
}

const uniq = (pts: Pt[]): Pt[] => {
  const out: Pt[] = [];
  for (const p of pts)
    if (!out.some((q) => Math.abs(q[0] - p[0]) < 1e-3 && Math.abs(q[1] - p[1]) < 1e-3)) out.push(p);
  return out;
};

/** Classify a small closed path as a marker, or return null. */
export function asMarker(p: DrawnPath, maxSize = 8): Marker | null {
  const w = p.bbox[2] - p.bbox[0];
  const h = p.bbox[3] - p.bbox[1];
  if (w > maxSize || h > maxSize || (w < 0.8 && h < 0.8)) return null;
  if (p.paint === 'clip' || p.paint === 'none') return null;
  const filled = p.paint !== 'stroke' && p.fill !== '#ffffff';
  const color = p.paint === 'fill' ? p.fill : p.stroke;
  // Stroked crosses/pluses: several open two-point subpaths.
  if (!p.closed && p.subpaths.length >= 2 && p.subpaths.every((s) => s.length === 2)) {
    const diag = p.subpaths.every(
      (s) => Math.abs(s[0]![0] - s[1]![0]) > 0.2 && Math.abs(s[0]![1] - s[1]![1]) > 0.2,
    );
    const all = p.subpaths.flat();
    const c: Pt = [(p.bbox[0] + p.bbox[2]) / 2, (p.bbox[1] + p.bbox[3]) / 2];
    void all;
    return { shape: diag ? 'cross' : 'plus', center: c, color, filled: true, index: p.index };
  }
  if (!p.closed) return null;
  const main = p.subpaths[0] ?? [];
  if (p.curves) {
    // pgfplots circles end with a moveTo back to the centre; the bbox centre is the same point.
    return {
      shape: 'circle',
      center: [(p.bbox[0] + p.bbox[2]) / 2, (p.bbox[1] + p.bbox[3]) / 2],
      color,
      filled,
      index: p.index,
    };
  }
  const v = uniq(main);
  const n = v.length;
  const cx = v.reduce((s, q) => s + q[0], 0) / n;
  const cy = v.reduce((s, q) => s + q[1], 0) / n;
  let shape: MarkerShape;
  if (n === 3) shape = 'triangle';
  else if (n === 4) {
    const axis = v.every((q, k) => {
      const r = v[(k + 1) % n]!;
      return Math.abs(q[0] - r[0]) < 1e-3 || Math.abs(q[1] - r[1]) < 1e-3;
    });
    shape = axis ? 'square' : 'diamond';
  } else if (n === 5) shape = 'pentagon';
  else if (n === 10) shape = 'star';
  else return null;
  return { shape, center: [cx, cy], color, filled, index: p.index };
}

/** Is this path a data polyline (open, straight segments, coloured stroke)? */
export function isPolyline(p: DrawnPath): boolean {
  return (
    p.paint === 'stroke' &&
    !p.closed &&
    !p.curves &&
    p.subpaths.length === 1 &&
    (p.subpaths[0]?.length ?? 0) >= 2 &&
    p.lineWidth >= 0.3
  );
}

/** Build series from polylines and markers inside one panel (both already filtered to the panel). */
export function buildSeries(polylines: DrawnPath[], markers: Marker[], tol = 0.05): RawSeries[] {
  const used = new Set<Marker>();
  const out: RawSeries[] = [];
  for (const pl of polylines) {
    const pts = pl.subpaths[0] ?? [];
    const mine = markers.filter(
      (m) =>
        !used.has(m) &&
        m.color === pl.stroke &&
        pts.some((q) => Math.abs(q[0] - m.center[0]) < tol && Math.abs(q[1] - m.center[1]) < tol),
    );
    // A polyline and its markers share one marker shape (pgfplots draws one per \addplot).
    const shapes = new Map<string, Marker[]>();
    for (const m of mine) {
      const k = m.shape + (m.filled ? '' : '-open');
      shapes.set(k, [...(shapes.get(k) ?? []), m]);
    }
    const bestShape = [...shapes.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    for (const m of bestShape) used.add(m);
    const unmarked = pts.filter(
      (q) =>
        !bestShape.some(
          (m) => Math.abs(q[0] - m.center[0]) < tol && Math.abs(q[1] - m.center[1]) < tol,
        ),
    ).length;
    out.push({
      color: pl.stroke,
      dashed: pl.dash.length > 0,
      marker: bestShape[0]?.shape ?? 'none',
      markerFilled: bestShape[0]?.filled ?? true,
      points: pts,
      fromPolyline: true,
      strayMarkers: 0,
      unmarkedVertices: bestShape.length ? unmarked : 0,
      lineWidth: pl.lineWidth,
      index: pl.index,
    });
  }
  // Markers without a polyline: scatter series grouped by colour + shape + fill, in drawing order.
  const groups = new Map<string, Marker[]>();
  for (const m of markers) {
    if (used.has(m)) continue;
    const k = `${m.color}|${m.shape}|${m.filled}`;
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  for (const ms of groups.values()) {
    const first = ms[0]!;
    out.push({
      color: first.color,
      dashed: false,
      marker: first.shape,
      markerFilled: first.filled,
      points: ms.map((m) => m.center),
      fromPolyline: false,
      strayMarkers: 0,
      unmarkedVertices: 0,
      lineWidth: 0,
      index: first.index,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}
