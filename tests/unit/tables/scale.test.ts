import { describe, expect, it } from 'vitest';
import { parseParams, parseScaleString } from '../../../src/lib/format/scale.ts';
import { formatParamCount as formatParams } from '../../../src/lib/format/number.ts';

describe('parseScaleString', () => {
  it('parses E-notation as printed in Table 1', () => {
    expect(parseScaleString('2.3E+22')).toBe(2.3e22);
    expect(parseScaleString('8.9E+19')).toBe(8.9e19);
    expect(parseScaleString('5.0E+23')).toBe(5e23);
    expect(parseScaleString(' 1e-3 ')).toBe(0.001);
  });
  it('returns null for non-numbers such as "Many"', () => {
    expect(parseScaleString('Many')).toBeNull();
    expect(parseScaleString('')).toBeNull();
    expect(parseScaleString('2.3')).toBeNull();
  });
});

describe('parseParams', () => {
  it('handles M, B and T suffixes', () => {
    expect(parseParams('13B')).toBe(13e9);
    expect(parseParams('7.1B')).toBe(7.1e9);
    expect(parseParams('40M')).toBe(40e6);
    expect(parseParams('1.2T')).toBe(1.2e12);
    expect(parseParams('6b')).toBe(6e9);
  });
  it('returns null for other text', () => {
    expect(parseParams('Many')).toBeNull();
    expect(parseParams('13')).toBeNull();
    expect(parseParams('13K')).toBeNull();
  });
});

describe('formatParams', () => {
  it('formats like the paper', () => {
    expect(formatParams(13e9)).toBe('13B');
    expect(formatParams(7.1e9)).toBe('7.1B');
    expect(formatParams(40e6)).toBe('40M');
    expect(formatParams(137e9)).toBe('137B');
    expect(formatParams(1.2e12)).toBe('1.2T');
  });
  it('round-trips with parseParams', () => {
    for (const s of ['13B', '175B', '7.1B', '40M', '540B', '6B'])
      expect(formatParams(parseParams(s) ?? 0)).toBe(s);
  });
});
