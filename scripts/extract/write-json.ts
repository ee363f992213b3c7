/** Deterministic JSON: stable key order (as built, with object keys sorted where asked), numbers to 6 significant digits. */

/**
 * Round a number to 6 significant digits (integers stay integers).
 *
 * Rounding policy for the extracted data: the inputs are exact (content-stream decimals on the
 * 1e-5 pt grid, interpolated as one rational number between two tick marks), so the digits kept are
 * the drawing's own, not float32 or double noise. Values are NOT snapped to nearby round numbers:
 * 0.300002 (Figure 2A, a point 0.51909 pt above the "0" tick with 1.7302894 pt per unit) is what
 * the PDF coordinates say; it is 0.3 within the axis' `resolution` (one coordinate step), which
 * figures.json records per axis so readers can judge. Exact zeros stay 0.
 */
export function round6(v: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  return Number(v.toPrecision(6));
}

/** Deep-copy a value with every number rounded to 6 significant digits and keys starting with "_" dropped. */
export function normalize(v: unknown): unknown {
  if (typeof v === 'number') return round6(v);
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k.startsWith('_') || x === undefined) continue;
      out[k] = normalize(x);
    }
    return out;
  }
  return v;
}

/** Serialise: 2-space indent, trailing newline. Key order is the insertion order of the builders (kept stable). */
export function toJson(v: unknown): string {
  return JSON.stringify(normalize(v), null, 2) + '\n';
}
