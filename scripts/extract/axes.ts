/** Axis calibration: map PDF coordinates to data values from tick marks and tick labels. */
import { GRID, GRID_DECIMALS } from './content-stream.ts';

/** One observed tick: parsed label value, where the label is drawn, and the tick mark nearest to it. */
export interface TickObs {
  /** Parsed value of the label. */
  value: number;
  /** Label as printed ("10^18"). */
  label: string;
  /** Label anchor position along the axis (centre of the label). */
  labelPos: number;
  /** Position of the nearest major tick mark, or null if the axis draws none. */
  markPos: number | null;
}

/** A calibrated tick in the output. */
export interface CalibratedTick {
  value: number;
  label: string;
  /** Position used (tick mark if the label sits on one, else the label anchor). */
  pos: number;
  /** |pos − position predicted from value| as a fraction of the axis length. */
  residual: number;
  /** True when the label is not drawn at its tick mark, or its value does not fit the mark's position. */
  offPosition: boolean;
  /** Distance from the label anchor to the nearest tick mark, in PDF points (null without marks). */
  labelOffset: number | null;
}

/** A linear map pos = a + b·f(value), f = log10 or identity. */
export interface Calibration {
  scale: 'log' | 'linear';
  /** True when data values increase towards smaller PDF coordinates (leftward / downward). */
  reversed: boolean;
  a: number;
  b: number;
  ticks: CalibratedTick[];
  /** Largest residual among ticks drawn at their tick marks (fraction of axis length). */
  maxResidual: number;
  /** The two ticks the map was built from (indices into ticks). */
  basis: [number, number];
  /** Ticks drawn at a mark whose position does not fit their label value. */
  outliers: number;
}

/**
 * Whether a calibration is acceptable: every tick fits within RESIDUAL_LIMIT, except at most one
 * tick reported off position, and only when at least three other ticks agree.
 */
export function calibrationOk(c: Calibration): boolean {
  const off = c.ticks.filter((t) => t.offPosition).length;
  return off === 0 || (off === 1 && c.ticks.length - off >= 3);
}

/** Largest allowed tick residual, as a fraction of the axis length. */
export const RESIDUAL_LIMIT = 0.005;

const f = (scale: 'log' | 'linear', v: number): number => (scale === 'log' ? Math.log10(v) : v);

/**
 * The data-value step of one PDF coordinate step (1e-5 pt) on this axis, to two significant digits:
 * absolute on linear axes, relative (factor − 1) on log axes. Values that differ from a round number
 * by about this much (0.300002 for 0.3 on Figure 2A's y axis, resolution 5.8e-6) are reported as drawn.
 */
export function resolution(c: Calibration): number {
  const step = GRID / Math.abs(c.b);
  return Number((c.scale === 'log' ? 10 ** step - 1 : step).toPrecision(2));
}

/** A page coordinate in integer units of the 1e-5 pt grid, or null when it is not on the grid (e.g. a label centre). */
function gridUnits(pos: number): number | null {
  const u = pos * 10 ** GRID_DECIMALS;
  const r = Math.round(u);
  return Math.abs(u - r) < 1e-6 && Number.isSafeInteger(r) ? r : null;
}

/** A tick value as an integer over 10^k ("0.05" → 5, k 2), or null. */
function decimalOf(v: number): { n: number; k: number } | null {
  const s = String(v);
  if (/e/i.test(s)) return null;
  const k = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
  const n = Math.round(v * 10 ** k);
  return Number.isSafeInteger(n) ? { n, k } : null;
}

/**
 * Convert a PDF coordinate to a data value.
 *
 * Interpolates between the two basis ticks. When the position and both basis tick marks lie on the
 * content stream's 1e-5 pt grid (all drawn vertices do), a linear value is computed as one exact
 * rational number n / d in integers and rounded once: a vertex drawn exactly at the "0" tick gives 0,
 * not 3e-15. A log value's exponent is computed the same way (exact for decades), then 10^e.
 * Positions off the grid (label centres) fall back to pos → (pos − a) / b.
 */
export function toValue(c: Calibration, pos: number): number {
  const ti = c.ticks[c.basis[0]];
  const tj = c.ticks[c.basis[1]];
  const P = gridUnits(pos);
  const Pi = ti ? gridUnits(ti.pos) : null;
  const Pj = tj ? gridUnits(tj.pos) : null;
  if (ti && tj && P !== null && Pi !== null && Pj !== null && Pi !== Pj) {
    if (c.scale === 'linear') {
      const di = decimalOf(ti.value);
      const dj = decimalOf(tj.value);
      if (di && dj) {
        const k = Math.max(di.k, dj.k);
        const ni = di.n * 10 ** (k - di.k);
        const nj = dj.n * 10 ** (k - dj.k);
        const num = ni * (Pj - P) + nj * (P - Pi);
        const den = (Pj - Pi) * 10 ** k;
        if (
          Number.isSafeInteger(num) &&
          Number.isSafeInteger(den) &&
          Number.isSafeInteger(ni * (Pj - P)) &&
          Number.isSafeInteger(nj * (P - Pi))
        )
          return num / den + 0;
      }
    } else {
      const ei = Math.log10(ti.value);
      const ej = Math.log10(tj.value);
      const e =
        Number.isInteger(ei) && Number.isInteger(ej)
          ? (ei * (Pj - P) + ej * (P - Pi)) / (Pj - Pi)
          : ei + ((ej - ei) * (P - Pi)) / (Pj - Pi);
      return 10 ** e;
    }
  }
  const u = (pos - c.a) / c.b;
  return c.scale === 'log' ? 10 ** u : u;
}

/** Convert a data value to a PDF coordinate. */
export function toPos(c: Calibration, value: number): number {
  return c.a + c.b * f(c.scale, value);
}

/**
 * Calibrate an axis. Each tick's position is its tick mark when the label sits on one
 * (within `markTol` points), else the label's own anchor, flagged off-position.
 * The map comes from the pair of on-mark ticks that best explains the others; log vs linear
 * is chosen by residual (with two ticks only, superscript labels imply log).
 */
export function calibrate(
  obs: TickObs[],
  axisLength: number,
  opts: { markTol?: number; scale?: 'log' | 'linear' } = {},
): Calibration {
  const markTol = opts.markTol ?? Math.max(0.35, RESIDUAL_LIMIT * axisLength);
  if (obs.length < 2) throw new Error(`axis needs at least two labelled ticks, got ${obs.length}`);
  const ticks = obs.map((o) => {
    const labelOffset = o.markPos === null ? null : o.labelPos - o.markPos;
    const off = labelOffset !== null && Math.abs(labelOffset) > markTol;
    return {
      value: o.value,
      label: o.label,
      pos: off || o.markPos === null ? o.labelPos : o.markPos,
      residual: 0,
      offPosition: off,
      labelOffset,
    };
  });
  const usable = ticks.map((t, i) => (t.offPosition ? -1 : i)).filter((i) => i >= 0);
  const scales: ('log' | 'linear')[] = opts.scale
    ? [opts.scale]
    : ticks.some((t) => t.value <= 0)
      ? ['linear']
      : usable.length <= 2
        ? [
            ticks.some((t) => t.label.includes('^')) ||
            Math.max(...ticks.map((t) => t.value)) / Math.min(...ticks.map((t) => t.value)) >= 10
              ? 'log'
              : 'linear',
          ]
        : ['linear', 'log'];
  let best: Calibration | null = null;
  let bestKey: number[] = [];
  for (const scale of scales) {
    for (let p = 0; p < usable.length; p++) {
      for (let q = p + 1; q < usable.length; q++) {
        const i = usable[p] as number;
        const j = usable[q] as number;
        const ti = ticks[i]!;
        const tj = ticks[j]!;
        const fi = f(scale, ti.value);
        const fj = f(scale, tj.value);
        if (fi === fj) continue;
        const b = (tj.pos - ti.pos) / (fj - fi);
        const a = ti.pos - b * fi;
        const res = ticks.map((t) => Math.abs(a + b * f(scale, t.value) - t.pos) / axisLength);
        // Prefer the pair that leaves the fewest ticks beyond the limit, then the smallest residual.
        const outliers = res.filter((r, k) => !ticks[k]!.offPosition && r > RESIDUAL_LIMIT).length;
        const maxR = Math.max(
          0,
          ...res.filter((r, k) => !ticks[k]!.offPosition && r <= RESIDUAL_LIMIT),
        );
        const span = Math.abs(tj.pos - ti.pos);
        const key = [outliers, maxR, -span];
        // Residuals closer than two grid steps (2e-5 pt) are equal: tick marks are themselves rounded to
        // the grid, so such differences carry no information; the wider pair then wins (it divides the
        // rounding of its own two marks by the largest span).
        const tie = (2 * GRID) / axisLength;
        const better =
          !best ||
          key[0]! < bestKey[0]! ||
          (key[0] === bestKey[0] &&
            (key[1]! < bestKey[1]! - tie ||
              (Math.abs(key[1]! - bestKey[1]!) <= tie && key[2]! < bestKey[2]!)));
        if (better) {
          bestKey = key;
          best = {
            scale,
            reversed: b < 0,
            a,
            b,
            maxResidual: maxR,
            basis: [i, j],
            outliers,
            ticks: ticks.map((t, k) => ({
              ...t,
              residual: res[k] ?? 0,
              offPosition: t.offPosition || (res[k] ?? 0) > RESIDUAL_LIMIT,
            })),
          };
        }
      }
    }
  }
  if (!best) throw new Error('axis calibration failed: no usable tick pair');
  return best;
}
