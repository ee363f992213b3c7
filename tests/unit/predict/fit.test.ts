import { describe, it, expect } from 'vitest';
import {
  clampToDomain,
  extrapolationSeries,
  fitLogLinear,
  predict,
  type LogLinearFit,
} from '../../../src/lib/predict/fit';

/** Narrows a fit outcome in a test, failing loudly when no line was fitted. */
function fitted(points: { x: number; y: number }[]): LogLinearFit {
  const outcome = fitLogLinear(points);
  if (outcome.status !== 'fit') throw new Error(`expected a fit, got ${outcome.reason}`);
  return outcome;
}

describe('fitLogLinear(points)', () => {
  it('recovers y = 3·log10(x) − 60 exactly from points on that line', () => {
    // log10 x = 20, 21, 22 → y = 0, 3, 6.
    const fit = fitted([
      { x: 1e20, y: 0 },
      { x: 1e21, y: 3 },
      { x: 1e22, y: 6 },
    ]);
    expect(fit.slope).toBeCloseTo(3, 10);
    expect(fit.intercept).toBeCloseTo(-60, 8);
    expect(fit.n).toBe(3);
  });

  it('fits two points exactly, whatever their order', () => {
    const fit = fitted([
      { x: 1e22, y: 6 },
      { x: 1e20, y: 0 },
    ]);
    expect(fit.slope).toBeCloseTo(3, 10);
    expect(fit.intercept).toBeCloseTo(-60, 8);
  });

  it('gives the least-squares line for scattered points', () => {
    // u = log10 x = 0..3, y = 1, 2, 2, 3: mean u 1.5, mean y 2, Σdu² = 5, Σdu·dy = 3 → slope 0.6, intercept 2 − 0.9 = 1.1.
    const fit = fitted([
      { x: 1, y: 1 },
      { x: 10, y: 2 },
      { x: 100, y: 2 },
      { x: 1000, y: 3 },
    ]);
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(1.1, 12);
  });

  it('a flat series fits slope 0 at its level', () => {
    const fit = fitted([
      { x: 1e19, y: 0.6 },
      { x: 1e21, y: 0.6 },
      { x: 1e23, y: 0.6 },
    ]);
    expect(fit.slope).toBeCloseTo(0, 12);
    expect(fit.intercept).toBeCloseTo(0.6, 12);
  });

  it('reports too-few-points for none or one point', () => {
    expect(fitLogLinear([])).toEqual({ status: 'none', reason: 'too-few-points', n: 0 });
    expect(fitLogLinear([{ x: 1e21, y: 3 }])).toEqual({
      status: 'none',
      reason: 'too-few-points',
      n: 1,
    });
  });

  it('ignores points a log axis cannot place (x ≤ 0, non-finite) before counting', () => {
    expect(
      fitLogLinear([
        { x: 0, y: 1 },
        { x: -5, y: 2 },
        { x: 1e20, y: 0 },
        { x: Number.NaN, y: 1 },
      ]),
    ).toEqual({ status: 'none', reason: 'too-few-points', n: 1 });
    const fit = fitted([
      { x: 0, y: 99 },
      { x: 1e20, y: 0 },
      { x: 1e22, y: 6 },
    ]);
    expect(fit.slope).toBeCloseTo(3, 10);
  });

  it('reports same-x when every point has the same scale', () => {
    expect(
      fitLogLinear([
        { x: 1e21, y: 1 },
        { x: 1e21, y: 5 },
      ]),
    ).toEqual({ status: 'none', reason: 'same-x', n: 2 });
    expect(
      fitLogLinear([
        { x: 1e21, y: 1 },
        { x: 1.0000000000000002e21, y: 5 },
      ]).status,
    ).toBe('none');
  });
});

describe('predict(fit, x, domain?)', () => {
  const fit = fitted([
    { x: 1e20, y: 0 },
    { x: 1e22, y: 6 },
  ]);

  it('evaluates the line at any scale, inside or beyond the fitted range', () => {
    expect(predict(fit, 1e21)).toBeCloseTo(3, 8);
    expect(predict(fit, 1e24)).toBeCloseTo(12, 8);
    expect(predict(fit, 1e18)).toBeCloseTo(-6, 8);
  });

  it('clamps to a y domain given in either order', () => {
    expect(predict(fit, 1e40, [-4, 52])).toBe(52);
    expect(predict(fit, 1e18, [-4, 52])).toBe(-4);
    expect(predict(fit, 1e18, [52, -4])).toBe(-4);
    expect(predict(fit, 1e24, [-4, 52])).toBeCloseTo(12, 8);
  });

  it('returns NaN where log10 is undefined', () => {
    expect(predict(fit, 0)).toBeNaN();
    expect(predict(fit, -1)).toBeNaN();
  });
});

describe('clampToDomain(y, domain)', () => {
  it('limits a value to the domain, whichever end is listed first', () => {
    expect(clampToDomain(5, [0, 10])).toBe(5);
    expect(clampToDomain(-1, [10, 0])).toBe(0);
    expect(clampToDomain(11, [0, 10])).toBe(10);
  });
});

describe('extrapolationSeries(fit, xFrom, xTo, steps, domain?)', () => {
  const fit = fitted([
    { x: 1e20, y: 0 },
    { x: 1e22, y: 6 },
  ]);

  it('spaces steps + 1 points evenly in log10(x), keeping the exact endpoints', () => {
    const pts = extrapolationSeries(fit, 1e20, 1e24, 4);
    expect(pts).toHaveLength(5);
    expect(pts[0]!.x).toBe(1e20);
    expect(pts[4]!.x).toBe(1e24);
    pts.forEach((p, i) => {
      expect(Math.log10(p.x)).toBeCloseTo(20 + i, 10);
      expect(p.y).toBeCloseTo(3 * i, 8);
    });
  });

  it('returns points in ascending x when called right to left', () => {
    const pts = extrapolationSeries(fit, 1e24, 1e20, 2);
    expect(pts.map((p) => Math.round(Math.log10(p.x)))).toEqual([20, 22, 24]);
  });

  it('clamps to the domain and adds the points where the line leaves it', () => {
    // From log10 x = 19 (y = −3) to 24 (y = 12) in domain [0, 10]: the line crosses 0 at 20 (already a
    // step) and 10 at 70/3 ≈ 23.33 (added).
    const pts = extrapolationSeries(fit, 1e19, 1e24, 5, [0, 10]);
    const us = pts.map((p) => Math.log10(p.x));
    expect(pts).toHaveLength(7);
    expect(us[5]).toBeCloseTo(70 / 3, 8);
    expect(pts.map((p) => p.y)).toEqual([
      0,
      expect.closeTo(0, 8),
      expect.closeTo(3, 8),
      expect.closeTo(6, 8),
      expect.closeTo(9, 8),
      expect.closeTo(10, 8),
      10,
    ]);
    expect(pts.every((p) => p.y >= 0 && p.y <= 10)).toBe(true);
  });

  it('gives one point for an empty range and none for scales a log axis cannot place', () => {
    expect(extrapolationSeries(fit, 1e21, 1e21, 8)).toEqual([{ x: 1e21, y: expect.closeTo(3, 8) }]);
    expect(extrapolationSeries(fit, 0, 1e21, 8)).toEqual([]);
    expect(extrapolationSeries(fit, 1e20, Number.POSITIVE_INFINITY, 8)).toEqual([]);
  });

  it('treats fewer than one step as one', () => {
    expect(extrapolationSeries(fit, 1e20, 1e22, 0)).toHaveLength(2);
  });
});
