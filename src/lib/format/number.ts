import type { Lang } from '../i18n/ui';

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  '+': '⁺',
};

/** Writes an integer with Unicode superscript digits ("22" → "²²", "-3" → "⁻³"). */
export function superscript(n: number | string): string {
  return [...String(n)].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/** Splits a positive number into mantissa and power of ten, rounding the mantissa to `digits` significant digits (2.3e22 → [2.3, 22]). */
export function toScientific(value: number, digits = 2): { mantissa: number; exponent: number } {
  if (!(value > 0) || !Number.isFinite(value)) return { mantissa: value, exponent: 0 };
  let exponent = Math.floor(Math.log10(value));
  let mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  // Rounding can carry into the next decade: 9.96e21 → 10 × 10²¹ → 1.0 × 10²².
  if (mantissa >= 10) {
    mantissa = Number((mantissa / 10).toPrecision(digits));
    exponent += 1;
  }
  return { mantissa, exponent };
}

/** Formats a large quantity as the paper's readers write it: 2.3e22 → "2.3 × 10²²" (1e22 → "10²²"). */
export function formatScientific(value: number, digits = 2): string {
  const { mantissa, exponent } = toScientific(value, digits);
  if (!(value > 0)) return String(value);
  const power = `10${superscript(exponent)}`;
  return mantissa === 1 ? power : `${mantissa} × ${power}`;
}

/** Formats a parameter count for a language: "13B", "422M" in English; "130亿", "4.22亿" in Chinese. */
export function formatParamCount(value: number, lang: Lang = 'en'): string {
  if (!(value > 0)) return String(value);
  const round = (n: number): number => Number(n.toPrecision(3));
  if (lang === 'zh') {
    if (value >= 1e8) return `${round(value / 1e8)}亿`;
    return `${round(value / 1e4)}万`;
  }
  if (value >= 1e12) return `${round(value / 1e12)}T`;
  if (value >= 1e9) return `${round(value / 1e9)}B`;
  if (value >= 1e6) return `${round(value / 1e6)}M`;
  return `${round(value / 1e3)}K`;
}

/** Formats a plotted value for people: three significant digits, no exponent for ordinary magnitudes ("4.93", "62.1", "0.0123"). */
export function formatValue(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) return formatScientific(value, 3);
  return String(Number(value.toPrecision(3)));
}

/** Turns caret powers in prose ("10^22", "10^-3") into superscripts ("10²²"), for captions written in plain text. */
export function prettyPowers(text: string): string {
  return text.replace(/10\^\{?(-?\d+)\}?/g, (_, exp: string) => `10${superscript(exp)}`);
}
