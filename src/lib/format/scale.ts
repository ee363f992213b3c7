/** Scale strings as the paper prints them: FLOPs like "2.3E+22", parameter counts like "13B". */

const SUFFIX = { M: 1e6, B: 1e9, T: 1e12 } as const;
type Suffix = keyof typeof SUFFIX;

/**
 * Round away binary floating-point noise (2.3 * 1e22 → 2.3000000000000002e22) so that a parsed
 * value equals the literal a reader would type; 12 significant digits is far beyond the table's.
 */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** Parse a printed E-notation number ("2.3E+22" → 2.3e22); null if the string is not in that form. */
export function parseScaleString(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*[eE]\s*([+-]?\d+)\s*$/.exec(s);
  if (!m) return null;
  return clean(Number(`${m[1]}e${m[2]}`));
}

/** Parse a parameter count with an M/B/T suffix ("13B" → 13e9, "7.1B" → 7.1e9); null if unparsable. */
export function parseParams(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([MBT])\s*$/i.exec(s);
  if (!m) return null;
  const suffix = (m[2] ?? '').toUpperCase() as Suffix;
  return clean(Number(m[1]) * SUFFIX[suffix]);
}
