/** Axis calibration: map PDF coordinates to data values from tick marks and tick labels. */

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

/** Convert a PDF coordinate to a data value. */
export function toValue(c: Calibration, pos: number): number {
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
export function calibrate(obs: TickObs[], axisLength: number, opts: { markTol?: number; scale?: 'log' | 'linear' } = {}): Calibration {
  const markTol = opts.markTol ?? Math.max(0.35, RESIDUAL_LIMIT * axisLength);
  if (obs.length < 2) throw new Error(`axis needs at least two labelled ticks, got ${obs.length}`);
  const ticks = obs.map((o) => {
    const labelOffset = o.markPos === null ? null : o.labelPos - o.markPos;
    const off = labelOffset !== null && Math.abs(labelOffset) > markTol;
    return { value: o.value, label: o.label, pos: off || o.markPos === null ? o.labelPos : o.markPos, residual: 0, offPosition: off, labelOffset };
  });
  const usable = ticks.map((t, i) => (t.offPosition ? -1 : i)).filter((i) => i >= 0);
  const scales: ('log' | 'linear')[] = opts.scale
    ? [opts.scale]
    : ticks.some((t) => t.value <= 0)
      ? ['linear']
      : usable.length <= 2
        ? [ticks.some((t) => t.label.includes('^')) || Math.max(...ticks.map((t) => t.value)) / Math.min(...ticks.map((t) => t.value)) >= 10 ? 'log' : 'linear']
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
        const maxR = Math.max(0, ...res.filter((r, k) => !ticks[k]!.offPosition && r <= RESIDUAL_LIMIT));
        const span = Math.abs(tj.pos - ti.pos);
        const key = [outliers, maxR, -span];
        const better = !best || key[0]! < bestKey[0]! || (key[0] === bestKey[0] && (key[1]! < bestKey[1]! - 1e-9 || (Math.abs(key[1]! - bestKey[1]!) <= 1e-9 && key[2]! < bestKey[2]!)));
        if (better) {
          bestKey = key;
          best = {
            scale, reversed: b < 0, a, b, maxResidual: maxR, basis: [i, j], outliers,
            ticks: ticks.map((t, k) => ({ ...t, residual: res[k] ?? 0, offPosition: t.offPosition || (res[k] ?? 0) > RESIDUAL_LIMIT })),
          };
        }
      }
    }
  }
  if (!best) throw new Error('axis calibration failed: no usable tick pair');
  return best;
}
