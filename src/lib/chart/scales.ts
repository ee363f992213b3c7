/**
 * Position scales for the chart model. They follow d3-scale's scaleLinear, scaleLog and
 * scaleBand for the cases charts here need, written out because d3-scale's interpolators pull
 * d3-interpolate, d3-color and d3-format (about 9 KB gzip) into the browser for two lines of maths.
 */

/** Maps data values to pixels. */
export type PositionScale = (value: number) => number;

/** A linear map from `domain` to `range` (either may run backwards: that is how axes reverse). */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): PositionScale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** A base-10 logarithmic map from a positive `domain` to `range`. */
export function logScale(
  [d0, d1]: readonly [number, number],
  range: readonly [number, number],
): PositionScale {
  const linear = linearScale([Math.log10(d0), Math.log10(d1)], range);
  return (value) => linear(Math.log10(value));
}

/** Evenly spaced bands for `count` categories across `range`, with `padding` (0–1) between and around them. */
export function bandScale(
  count: number,
  [r0, r1]: readonly [number, number],
  padding: number,
): { start: (index: number) => number; bandwidth: number } {
  // As d3's scaleBand with paddingInner = paddingOuter = padding.
  const step = (r1 - r0) / Math.max(1, count - padding + 2 * padding);
  return { start: (index) => r0 + step * padding + step * index, bandwidth: step * (1 - padding) };
}
