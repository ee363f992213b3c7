import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataNotesSchema, type DataNotes } from '../../../src/lib/data/data-notes-schema.ts';
import { validateDataset } from '../../../src/lib/data/validate.ts';
import { loadTerminology, terminologyViolations } from '../../support/terminology';
import type { FiguresData } from '../../../src/lib/data/figures-schema.ts';
import { noteText } from '../../../src/lib/explainer/data-notes.ts';

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
    expect(n?.descriptionZh).toMatch(/解读一[\s\S]*解读二/);
  });

  it('Figure 5 row 2 series are named from the printed y-axis title; Figure 7C has no stray vertices', () => {
    for (const c of ['fig5-r2c1', 'fig5-r2c2', 'fig5-r2c3']) {
      const s = panels.find((p) => p.chartId === c)!.series[0]!;
      expect(s.name).toBe('Cross-entropy loss');
      expect(s.nameSource).toMatch(/y-axis title/);
    }
    expect(panels.find((p) => p.chartId === 'fig7c')!.x.label).toBe('');
  });

  it('every note has a Chinese description naming its charts, in the project terminology', () => {
    const rows = loadTerminology();
    const cjk = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef“”`;
    for (const n of notes) {
      const zh = n.descriptionZh;
      expect(zh, n.id).toMatch(/\p{Script=Han}/u);
      expect(zh, n.id).not.toBe(n.description);
      const figures = n.chartIds.map((id) => /^fig(\d+)/.exec(id)?.[1]).filter(Boolean);
      const named =
        n.chartIds.some((id) => zh.includes(id)) ||
        figures.some((f) => new RegExp(`图 ${f}(?!\\d)`).test(zh));
      expect(named, `${n.id}: ${zh}`).toBe(true);
      expect(zh, n.id).not.toMatch(new RegExp(`[${cjk}]\\s+[${cjk}]`, 'u'));
      expect(
        terminologyViolations(rows, [{ source: `data-notes.json › ${n.id}`, text: zh }]),
      ).toEqual([]);
    }
    const bad = structuredClone({ notes }) as { notes: Partial<DataNotes['notes'][number]>[] };
    delete bad.notes[3]!.descriptionZh;
    expect(() => validateDataset('content/data/data-notes.json', dataNotesSchema, bad)).toThrow(
      'content/data/data-notes.json: $.notes[3].descriptionZh: ',
    );
  });
});

describe('noteText(label or source, "zh")', () => {
  it('gives the fixed phrasings in Chinese and leaves ids and citations as written', () => {
    expect(noteText('not drawn in fig2a', 'zh')).toEqual({
      text: 'fig2a 中未画出',
      translated: true,
    });
    expect(noteText('PDF page 21, Figure 6', 'zh')).toEqual({
      text: 'PDF 第 21 页，图 6',
      translated: true,
    });
    expect(noteText('Figure 10 "Other" row, Chinchilla largest', 'zh').text).toBe(
      '图 10“Other”行，Chinchilla 最大模型',
    );
    expect(noteText('Wei et al. 2022b, Table 2', 'zh')).toEqual({
      text: 'Wei et al. 2022b, Table 2',
      translated: false,
    });
    expect(noteText('not drawn in fig2a', 'en')).toEqual({
      text: 'not drawn in fig2a',
      translated: false,
    });
  });
  it('translates every value label and source of the committed notes that is not an id list or a citation', () => {
    const untranslated = new Set<string>();
    for (const note of notes) {
      for (const text of [...note.values.map((v) => v.label), note.source]) {
        if (
          !noteText(text, 'zh').translated &&
          !/^(fig[\w-]+(, )?)+$/.test(text) &&
          !/^Wei et al\./.test(text)
        )
          untranslated.add(text);
      }
    }
    expect([...untranslated]).toEqual([]);
  });
});
