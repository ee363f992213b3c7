import { describe, it, expect } from 'vitest';
import {
  linearTicks,
  logTicks,
  parseTickLabel,
  powerOfTenDomain,
  powerOfTenLabel,
} from '../../../src/lib/chart/ticks';
import {
  formatParamCount,
  formatScientific,
  formatValue,
  prettyPowers,
  superscript,
  toScientific,
} from '../../../src/lib/format/number';

describe('ticks', () => {
  it('logTicks(1e18, 1e24) keeps the even powers, as the paper prints them, when seven would be too many', () => {
    expect(logTicks(1e18, 1e24)).toEqual([1e18, 1e20, 1e22, 1e24]);
  });
  it('logTicks(1e8, 1e11) lists every power when there are few', () => {
    expect(logTicks(1e8, 1e11)).toEqual([1e8, 1e9, 1e10, 1e11]);
  });
  it('logTicks(lo, hi) ignores the order of its arguments and stays inside the range', () => {
    expect(logTicks(3e20, 2e23)).toEqual([1e21, 1e22, 1e23]);
    expect(logTicks(2e23, 3e20)).toEqual([1e21, 1e22, 1e23]);
  });
  it("linearTicks(0, 50) gives d3's nice steps of 10", () => {
    expect(linearTicks(0, 50)).toEqual([0, 10, 20, 30, 40, 50]);
  });
  it('parseTickLabel("10^22") splits base and superscript; plain labels stay text', () => {
    expect(parseTickLabel('10^22')).toEqual({ text: '10', exp: '22' });
    expect(parseTickLabel('10^{-1}')).toEqual({ text: '10', exp: '-1' });
    expect(parseTickLabel('50')).toEqual({ text: '50' });
  });
  it('powerOfTenLabel(1e-2) and powerOfTenDomain(3e20, 2e23) work in decades', () => {
    expect(powerOfTenLabel(1e-2)).toEqual({ text: '10', exp: '-2' });
    expect(powerOfTenDomain(3e20, 2e23)).toEqual([1e20, 1e24]);
    expect(powerOfTenDomain(1e20, 1e22)).toEqual([1e20, 1e22]);
  });
});

describe('number formatting', () => {
  it('formatScientific(2.3e22) reads like the paper: "2.3 × 10²²"', () => {
    expect(formatScientific(2.3e22)).toBe('2.3 × 10²²');
    expect(formatScientific(1e24)).toBe('10²⁴');
  });
  it('toScientific(9.96e21, 2) carries the rounding into the next decade', () => {
    expect(toScientific(9.96e21, 2)).toEqual({ mantissa: 1, exponent: 22 });
    expect(formatScientific(9.96e21)).toBe('10²²');
  });
  it('formatParamCount(v, lang) uses B/M in English and 亿/万 in Chinese', () => {
    expect(formatParamCount(13e9)).toBe('13B');
    expect(formatParamCount(422e6)).toBe('422M');
    expect(formatParamCount(540e9, 'zh')).toBe('5400亿');
    expect(formatParamCount(422e6, 'zh')).toBe('4.22亿');
    expect(formatParamCount(2e6, 'zh')).toBe('200万');
  });
  it('formatValue(v) keeps three significant digits without float noise', () => {
    expect(formatValue(0.1 + 0.2)).toBe('0.3');
    expect(formatValue(33)).toBe('33');
    expect(formatValue(4.9321)).toBe('4.93');
    expect(formatValue(0)).toBe('0');
  });
  it('superscript() and prettyPowers() write exponents as Unicode superscripts', () => {
    expect(superscript(-12)).toBe('⁻¹²');
    expect(prettyPowers('about 10^22 FLOPs and 10^{-3}')).toBe('about 10²² FLOPs and 10⁻³');
  });
});
