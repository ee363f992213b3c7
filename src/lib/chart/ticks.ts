import { ticks as d3Ticks } from 'd3-array';

/** A tick label, with an optional superscript exponent ("10" + "22" prints 10²²). */
export interface TickLabel {
  text: string;
  exp?: string | undefined;
}

/**
 * Reads a printed tick label: "10^22" → base "10", exponent "22"; anything else stays text.
 * The datasets keep labels as printed, with "^" marking the raised part.
 */
export function parseTickLabel(label: string): TickLabel {
  const m = /^(.*?)\^\{?([^}]*)\}?$/.exec(label);
  return m ? { text: m[1] ?? '', exp: m[2] ?? '' } : { text: label };
}

/** Label for a power of ten: 1e22 → "10" with exponent "22". */
export function powerOfTenLabel(value: number): TickLabel {
  return { text: '10', exp: String(Math.round(Math.log10(value))) };
}

/**
 * Powers of ten covering [lo, hi] for a log axis; thinned to every second (or third) power when
 * there would be more than `maxTicks`, keeping even exponents like the paper (10¹⁸, 10²⁰, …).
 */
export function logTicks(lo: number, hi: number, maxTicks = 6): number[] {
  const a = Math.ceil(Math.log10(Math.min(lo, hi)) - 1e-9);
  const b = Math.floor(Math.log10(Math.max(lo, hi)) + 1e-9);
  const exps: number[] = [];
  for (let e = a; e <= b; e++) exps.push(e);
  let step = 1;
  while (exps.length / step > maxTicks) step++;
  // Number('1e23') is exact where 10 ** 23 is not (1.0000000000000001e23).
  return exps.filter((e) => e % step === 0).map((e) => Number(`1e${e}`));
}

/** Nice linear ticks over a domain (d3's algorithm), about `count` of them. */
export function linearTicks(lo: number, hi: number, count = 5): number[] {
  return d3Ticks(Math.min(lo, hi), Math.max(lo, hi), count);
}

/** Label for a linear tick: plain number without float noise (0.30000000000000004 → "0.3"). */
export function linearTickLabel(value: number): TickLabel {
  return { text: String(Number(value.toPrecision(10))) };
}

/** The smallest power-of-ten interval that contains [lo, hi] (for log axes that need a domain). */
export function powerOfTenDomain(lo: number, hi: number): [number, number] {
  return [
    Number(`1e${Math.floor(Math.log10(lo) + 1e-9)}`),
    Number(`1e${Math.ceil(Math.log10(hi) - 1e-9)}`),
  ];
}
