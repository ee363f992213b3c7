import { r2 } from './symbols';

/** SVG path through points in order ("M x,y L x,y …"), coordinates rounded to two decimals like the rest of the geometry. */
export function linePath(points: readonly { cx: number; cy: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r2(p.cx)},${r2(p.cy)}`).join('');
}
