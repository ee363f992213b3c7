/**
 * "Extrapolate the trend" as a reader of the paper's plots would do it by eye.
 *
 * Every scaling plot in Wei et al. (2022) draws model scale on a log x axis, so the straight line a
 * reader would lay along the small models is straight in log10(x), not in x: we fit
 * y = slope · log10(x) + intercept by ordinary least squares. A line that is straight on such a plot
 * is exactly what "the trend predicted …" means to someone looking at it. The y axis stays linear,
 * as printed.
 */

/** A point to fit: x is model scale (FLOPs or parameters, > 0), y the score as plotted. */
export interface XY {
  x: number;
  y: number;
}

/** A fitted line: y = slope · log10(x) + intercept. */
export interface LogLinearFit {
  status: 'fit';
  /** Change in y per tenfold increase in x. */
  slope: number;
  /** y at x = 1 (log10 x = 0). */
  intercept: number;
  /** Number of points the line was fitted on. */
  n: number;
}

/** Why no line could be fitted. */
export interface NoFit {
  status: 'none';
  /** too-few-points: fewer than two usable points; same-x: every point has the same scale. */
  reason: 'too-few-points' | 'same-x';
  /** Number of usable points (x > 0, both coordinates finite). */
  n: number;
}

/** The outcome of `fitLogLinear`. */
export type FitOutcome = LogLinearFit | NoFit;

/** A y range as [a, b] in either order (reversed axes store [high, low]). */
export type YDomain = readonly [number, number] | readonly number[];

/** Points a log scale can place: finite coordinates and x > 0. */
function usable(points: readonly XY[]): XY[] {
  return points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && p.x > 0);
}

/** Least-squares fit of y against log10(x); points with x ≤ 0 or non-finite values are ignored. */
export function fitLogLinear(points: readonly XY[]): FitOutcome {
  const pts = usable(points);
  const n = pts.length;
  if (n < 2) return { status: 'none', reason: 'too-few-points', n };
  const us = pts.map((p) => Math.log10(p.x));
  const meanU = us.reduce((a, b) => a + b, 0) / n;
  const meanY = pts.reduce((a, p) => a + p.y, 0) / n;
  let sUU = 0;
  let sUY = 0;
  pts.forEach((p, i) => {
    const du = us[i]! - meanU;
    sUU += du * du;
    sUY += du * (p.y - meanY);
  });
  // Relative tolerance: 1e22 and 1.0000000000000002e22 are "the same scale" for this purpose.
  if (sUU <= 1e-18 * Math.max(1, meanU * meanU)) return { status: 'none', reason: 'same-x', n };
  const slope = sUY / sUU;
  return { status: 'fit', slope, intercept: meanY - slope * meanU, n };
}

/** Limits a value to a y domain given in either order. */
export function clampToDomain(y: number, domain: YDomain): number {
  const lo = Math.min(...domain);
  const hi = Math.max(...domain);
  return Math.min(hi, Math.max(lo, y));
}

/** The fitted line's value at x (NaN for x ≤ 0), optionally clamped to a y domain. */
export function predict(fit: LogLinearFit, x: number, domain?: YDomain): number {
  if (!(x > 0)) return Number.NaN;
  const y = fit.slope * Math.log10(x) + fit.intercept;
  return domain ? clampToDomain(y, domain) : y;
}

/**
 * Points along the fitted line from xFrom to xTo (either order; output ascending in x), evenly
 * spaced in log10(x): `steps` intervals, so steps + 1 points. With a domain, y is clamped and the
 * points where the line leaves the domain are added, so the drawn line bends exactly at the edge.
 */
export function extrapolationSeries(
  fit: LogLinearFit,
  xFrom: number,
  xTo: number,
  steps: number,
  domain?: YDomain,
): XY[] {
  if (!(xFrom > 0) || !(xTo > 0) || !Number.isFinite(xFrom) || !Number.isFinite(xTo)) return [];
  const [a, b] = [Math.log10(Math.min(xFrom, xTo)), Math.log10(Math.max(xFrom, xTo))];
  if (a === b) return [{ x: 10 ** a, y: predict(fit, 10 ** a, domain) }];
  const k = Math.max(1, Math.floor(steps));
  const us = Array.from({ length: k + 1 }, (_, i) => (i === k ? b : a + ((b - a) * i) / k));
  if (domain && fit.slope !== 0) {
    for (const bound of [Math.min(...domain), Math.max(...domain)]) {
      const u = (bound - fit.intercept) / fit.slope;
      if (u > a && u < b && !us.includes(u)) us.push(u);
    }
    us.sort((p, q) => p - q);
  }
  return us.map((u) => {
    // Use the exact endpoints, not 10 ** log10(x), so callers can compare them with their data.
    const x = u === a ? Math.min(xFrom, xTo) : u === b ? Math.max(xFrom, xTo) : 10 ** u;
    return { x, y: predict(fit, x, domain) };
  });
}
