import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DataNotes } from '../../../src/lib/data/data-notes-schema.ts';
import type { FiguresData } from '../../../src/lib/data/figures-schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const notes = (JSON.parse(readFileSync(`${root}content/data/data-notes.json`, 'utf8')) as DataNotes)
  .notes;
const figs = JSON.parse(readFileSync(`${root}content/data/figures.json`, 'utf8')) as FiguresData;
const panels = figs.figures.flatMap((f) => f.panels);

describe('generated data notes', () => {
  it('every LaMDA model a Figure 2/11 panel leaves out is a model-missing note', () => {
    const all = new Set(
      panels
        .filter((p) => /^fig(2|11)[a-h]$/.test(p.chartId))
        .flatMap((p) =>
          p.series
            .filter((s) => s.family === 'LaMDA')
            .flatMap((s) => s.points.map((q) => q.model!)),
        ),
    );
    for (const p of panels.filter((q) => /^fig(2|11)[a-d]$/.test(q.chartId))) {
      const have = new Set(
        p.series.filter((s) => s.family === 'LaMDA').flatMap((s) => s.points.map((q) => q.model)),
      );
      for (const m of [...all].filter((id) => !have.has(id))) {
        const hit = notes.some(
          (n) => n.kind === 'model-missing' && n.chartIds.includes(p.chartId) && n.model === m,
        );
        expect(hit, `${p.chartId} ${m}`).toBe(true);
      }
    }
    expect(
      notes.some((n) => n.id === 'model-missing-sibling-fig2d-lamda' && n.model === 'lamda-69b'),
    ).toBe(true);
    expect(
      notes.some((n) => n.id === 'model-missing-sibling-fig11d-lamda' && n.model === 'lamda-69b'),
    ).toBe(true);
  });

  it('Figure 10 "Other" row is flagged as label-suspect with both readings', () => {
    const n = notes.find((x) => x.kind === 'label-suspect');
    expect(n?.chartIds).toContain('fig9');
    expect(n?.description).toMatch(/Reading 1[\s\S]*Reading 2/);
  });

  it('Figure 5 row 2 series are named from the printed y-axis title; Figure 7C has no stray vertices', () => {
    for (const c of ['fig5-r2c1', 'fig5-r2c2', 'fig5-r2c3']) {
      const s = panels.find((p) => p.chartId === c)!.series[0]!;
      expect(s.name).toBe('Cross-entropy loss');
      expect(s.nameSource).toMatch(/y-axis title/);
    }
    expect(panels.find((p) => p.chartId === 'fig7c')!.x.label).toBe('');
  });
});
