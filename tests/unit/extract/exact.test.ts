import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exactPage, snap, tokenize } from '../../../scripts/extract/content-stream.ts';
import { calibrate, resolution, toValue, type TickObs } from '../../../scripts/extract/axes.ts';
import { round6 } from '../../../scripts/extract/write-json.ts';

const tick = (value: number, label: string, pos: number): TickObs => ({
  value,
  label,
  labelPos: pos,
  markPos: pos,
});
const PDF = fileURLToPath(
  new URL('../../../../shared/sources/wei2022-emergent-abilities-arxiv-v2.pdf', import.meta.url),
);

describe('content stream replay', () => {
  it('keeps decimals as written and skips strings, arrays and names', () => {
    const ops = [
      ...tokenize(
        'q 1 0 0 1 105.432 573.862 cm [(a) -333 (b)] TJ /F1 7.9701 Tf (x\\) y) Tj 185.31714 -141.73434 m Q',
      ),
    ];
    expect(ops.map((o) => o.op)).toEqual(['q', 'cm', 'TJ', 'Tf', 'Tj', 'm', 'Q']);
    expect(ops[1]!.args.map((a) => (a.t === 'num' ? a.s : '?'))).toEqual([
      '1',
      '0',
      '0',
      '1',
      '105.432',
      '573.862',
    ]);
    expect(ops[3]!.args.length).toBe(2);
  });

  it('translates vertices exactly onto the 1e-5 pt grid (pgfplots marker under a translation)', () => {
    const page = exactPage(
      '1 0 0 1 105.432 573.862 cm q 1 0 0 1 -27.683 -13.506 cm 11.04842 7.44023 m 10.7 7.44023 l S Q',
    );
    expect(page.paths).toHaveLength(1);
    const d = page.paths[0]!.data;
    expect(page.paths[0]!.onGrid).toBe(true);
    // 105.432 - 27.683 + 11.04842 = 88.79742 exactly, 573.862 - 13.506 + 7.44023 = 567.79623
    expect(d).toEqual([0, 88.79742, 567.79623, 1, 88.449, 567.79623]);
    // float32 cannot hold it
    expect(Math.fround(88.79742)).not.toBe(88.79742);
  });

  it('expands re like pdfjs and closes s/b paths; rotations leave the grid', () => {
    const p = exactPage(
      '10 20 5.5 0.25 re f 0 0 m 1 1 l s 0.7071 0.7071 -0.7071 0.7071 0 0 cm 1 0 m 2 0 l S',
    );
    expect(p.paths[0]!.data).toEqual([0, 10, 20, 1, 15.5, 20, 1, 15.5, 20.25, 1, 10, 20.25, 4]);
    expect(p.paths[1]!.data.at(-1)).toBe(4);
    expect(p.paths[2]!.onGrid).toBe(false);
  });

  it('snap removes summation noise only', () => {
    expect(snap(105.432 + -27.683 + 11.04842)).toBe(88.79742);
  });
});

describe('exact interpolation', () => {
  it('a vertex at the "0" tick is exactly 0 whichever ticks are the basis (Figure 2A Random baseline)', () => {
    const c = calibrate(
      [
        tick(0, '0', 580.78314),
        tick(10, '10', 598.08604),
        tick(20, '20', 615.38893),
        tick(50, '50', 667.29761),
      ],
      96.89618,
    );
    expect(toValue(c, 580.78314)).toBe(0);
    // 0.51909 pt above the 0 tick at 1.7302894 pt per unit: the PDF says 0.300002, not 0.3 (no snapping)
    expect(round6(toValue(c, 581.30223))).toBe(0.300002);
    expect(resolution(c)).toBe(5.8e-6);
  });

  it('log ticks give exact decades', () => {
    const c = calibrate(
      [
        tick(1e18, '10^18', 110.97856),
        tick(1e20, '10^20', 132.18539),
        tick(1e24, '10^24', 174.59909),
      ],
      74.22395,
    );
    expect(toValue(c, 110.97856)).toBe(1e18);
    expect(toValue(c, 174.59909)).toBe(1e24);
  });
});

describe.runIf(existsSync(PDF))('pdfjs paths replaced by content-stream decimals', () => {
  it('every figure page matches path for path and stays on the grid', async () => {
    const { openPdf, readPage } = await import('../../../scripts/extract/pdf-ops.ts');
    const doc = await openPdf(PDF);
    for (const n of [4, 22, 25]) {
      const pc = await readPage(doc, n);
      expect(pc.exact.paths).toBeGreaterThan(50);
      expect(pc.exact.onGrid).toBe(pc.exact.paths);
      for (const p of pc.paths)
        for (const sp of p.subpaths)
          for (const [x, y] of sp) {
            expect(snap(x)).toBe(x);
            expect(snap(y)).toBe(y);
          }
    }
  }, 60_000);
});
