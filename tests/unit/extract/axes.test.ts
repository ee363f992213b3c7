import { describe, it, expect } from 'vitest';
import {
  calibrate,
  calibrationOk,
  toValue,
  toPos,
  type TickObs,
} from '../../../scripts/extract/axes.ts';
import { groupLabels, parseTickLabel, SCRIPTSPACE } from '../../../scripts/extract/labels.ts';
import type { TextRun } from '../../../scripts/extract/pdf-ops.ts';

const tick = (value: number, label: string, pos: number, mark: number | null = pos): TickObs => ({
  value,
  label,
  labelPos: pos,
  markPos: mark,
});

describe('axis calibration', () => {
  it('linear: 0,10,20 at 10,30,50 gives 2 pt per unit', () => {
    const c = calibrate([tick(0, '0', 10), tick(10, '10', 30), tick(20, '20', 50)], 60);
    expect(c.scale).toBe('linear');
    expect(c.reversed).toBe(false);
    expect(toValue(c, 40)).toBeCloseTo(15, 10);
    expect(toPos(c, 5)).toBeCloseTo(20, 10);
    expect(c.maxResidual).toBeLessThan(1e-12);
  });

  it('log: decades 18,20,22 at 100,120,140 (10 pt per decade)', () => {
    const c = calibrate(
      [tick(1e18, '10^18', 100), tick(1e20, '10^20', 120), tick(1e22, '10^22', 140)],
      50,
    );
    expect(c.scale).toBe('log');
    expect(Math.log10(toValue(c, 125))).toBeCloseTo(20.5, 10);
    expect(Math.log10(toValue(c, 95))).toBeCloseTo(17.5, 10);
  });

  it('reversed log with only two ticks (10^0 above 10^1), like Figure 3D', () => {
    const c = calibrate([tick(1, '10^0', 200), tick(10, '10^1', 150)], 80);
    expect(c.scale).toBe('log');
    expect(c.reversed).toBe(true);
    expect(toValue(c, 175)).toBeCloseTo(Math.sqrt(10), 10);
    expect(toValue(c, 100)).toBeCloseTo(100, 8);
  });

  it('two ticks a factor 100 apart with suffix labels are read as log (Figure 13A "1B", "100B")', () => {
    const c = calibrate([tick(1e9, '1B', 10), tick(1e11, '100B', 50)], 60);
    expect(c.scale).toBe('log');
    expect(toValue(c, 30)).toBeCloseTo(1e10, -2);
  });

  it('flags a label whose value does not fit its tick (Figure 6 "3.2" drawn at 3.0)', () => {
    // 0.05, 0.2, 0.8 are a factor 4 apart at 0, 10, 20; 3.2 would sit at 30 but its tick is at 27.
    const c = calibrate(
      [tick(0.05, '0.05', 0), tick(0.2, '0.2', 10), tick(0.8, '0.8', 20), tick(3.2, '3.2', 27)],
      35,
    );
    expect(c.scale).toBe('log');
    const off = c.ticks.filter((t) => t.offPosition).map((t) => t.label);
    expect(off).toEqual(['3.2']);
    expect(c.ticks[3]!.residual).toBeCloseTo(3 / 35, 6);
    expect(calibrationOk(c)).toBe(true);
    expect(toValue(c, 27)).toBeCloseTo(0.8 * 4 ** 0.7, 6);
  });

  it('fails when two ticks disagree with the rest', () => {
    const c = calibrate(
      [tick(0, '0', 0), tick(10, '10', 10), tick(20, '20', 25), tick(30, '30', 33)],
      40,
    );
    expect(calibrationOk(c)).toBe(false);
  });

  it('a label drawn away from its tick mark is off position even if its value fits', () => {
    const c = calibrate(
      [tick(0, '0', 0), tick(10, '10', 10), tick(20, '20', 24, 20), tick(30, '30', 30)],
      40,
    );
    expect(c.ticks[2]!.offPosition).toBe(true);
    expect(c.ticks[2]!.labelOffset).toBeCloseTo(4, 10);
  });
});

describe('tick labels', () => {
  const run = (
    str: string,
    x: number,
    y: number,
    size: number,
    width: number,
    block = 1,
  ): TextRun => ({ index: x, block, str, x, y, size, width, angle: 0, color: '#000000' });

  it('joins a raised smaller run as a superscript: "10" + "18" -> "10^18"', () => {
    const [l] = groupLabels([
      run('10', 100, 500, 7.97, 8.47),
      run('18', 108.47, 502.81, 5.98, 7.31),
    ]);
    expect(l!.text).toBe('10^18');
    expect(l!.width).toBeCloseTo(8.47 + 7.31 + SCRIPTSPACE, 10);
    expect(parseTickLabel(l!.text)).toBe(1e18);
  });

  it('keeps separate blocks separate', () => {
    const ls = groupLabels([run('10', 0, 0, 8, 8, 1), run('20', 30, 0, 8, 8, 2)]);
    expect(ls.map((l) => l.text)).toEqual(['10', '20']);
  });

  it('parses suffixes and decimals', () => {
    expect(parseTickLabel('540B')).toBe(540e9);
    expect(parseTickLabel('10M')).toBe(1e7);
    expect(parseTickLabel('1T')).toBe(1e12);
    expect(parseTickLabel('0.05')).toBe(0.05);
    expect(parseTickLabel('10^-1')).toBeCloseTo(0.1, 15);
    expect(parseTickLabel('Accuracy')).toBeNull();
  });
});
