import type { Marker } from './types';

/** Rounds to two decimals so geometry strings are short and deterministic. */
export function r2(n: number): string {
  const v = Math.round(n * 100) / 100;
  return String(Object.is(v, -0) ? 0 : v);
}

/** Path of a regular polygon with `sides` corners, radius `radius`, first corner straight up. */
function polygon(sides: number, radius: number, rotation = 0): string {
  const corners = Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides - Math.PI / 2;
    return `${r2(radius * Math.cos(angle))},${r2(radius * Math.sin(angle))}`;
  });
  return `M${corners.join('L')}Z`;
}

/** Path of a five-pointed star. */
function star(radius: number): string {
  const inner = radius * 0.45;
  const corners = Array.from({ length: 10 }, (_, i) => {
    const angle = (i * Math.PI) / 5 - Math.PI / 2;
    const rr = i % 2 === 0 ? radius : inner;
    return `${r2(rr * Math.cos(angle))},${r2(rr * Math.sin(angle))}`;
  });
  return `M${corners.join('L')}Z`;
}

/**
 * SVG path of a marker centred on (0, 0) with roughly equal visual area across shapes
 * (a square of the circle's radius looks bigger, so it is drawn a little smaller).
 */
export function markerPath(marker: Marker, size: number): string {
  const s = size;
  switch (marker) {
    case 'circle':
      return `M${r2(s)},0A${r2(s)},${r2(s)} 0 1,1 ${r2(-s)},0A${r2(s)},${r2(s)} 0 1,1 ${r2(s)},0Z`;
    case 'square':
      return polygon(4, s * 1.2, Math.PI / 4);
    case 'diamond':
      return polygon(4, s * 1.3);
    case 'triangle':
      return polygon(3, s * 1.35);
    case 'pentagon':
      return polygon(5, s * 1.15);
    case 'star':
      return star(s * 1.5);
    case 'cross':
      return `M${r2(-s)},${r2(-s)}L${r2(s)},${r2(s)}M${r2(-s)},${r2(s)}L${r2(s)},${r2(-s)}`;
    case 'plus':
      return `M${r2(-s)},0L${r2(s)},0M0,${r2(-s)}L0,${r2(s)}`;
    case 'none':
      return '';
    default:
      return polygon(4, s * 1.2, Math.PI / 4);
  }
}

/** Whether a marker is drawn with strokes only (no fill area). */
export function isStrokeMarker(marker: Marker): boolean {
  return marker === 'cross' || marker === 'plus';
}
