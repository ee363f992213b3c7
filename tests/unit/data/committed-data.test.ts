import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { figuresSchema, type FiguresData } from '../../../src/lib/data/figures-schema.ts';
import { modelsSchema, type ModelsData } from '../../../src/lib/data/models-schema.ts';
import { dataNotesSchema, type DataNotes } from '../../../src/lib/data/data-notes-schema.ts';
import { validateDataset, checkFigures } from '../../../src/lib/data/validate.ts';
import { TOLERANCE } from '../../../scripts/extract/cross-checks.ts';
import { toJson } from '../../../scripts/extract/write-json.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (f: string): unknown => JSON.parse(readFileSync(`${root}content/data/${f}`, 'utf8'));
const PDF = `${root}../shared/sources/wei2022-emergent-abilities-arxiv-v2.pdf`;
const REF = `${root}../shared/reference`;

const figs = validateDataset<FiguresData>('content/data/figures.json', figuresSchema, read('figures.json'));
const models = validateDataset<ModelsData>('content/data/models.json', modelsSchema, read('models.json'));
const notes = validateDataset<DataNotes>('content/data/data-notes.json', dataNotesSchema, read('data-notes.json'));
const panel = (id: string) => figs.figures.flatMap((f) => f.panels).find((p) => p.chartId === id)!;
const csv = (f: string) => {
  const [h, ...rows] = readFileSync(`${REF}/${f}`, 'utf8').trim().split(/\r?\n/);
  const cols = h!.split(',').map((c) => c.trim());
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i]!, v.trim()])));
};
const mentioned = (chartId: string, value: number, ref: number) =>
  notes.notes.some((n) => n.chartIds.includes(chartId) && n.values.some((v) => v.value === value || (typeof v.value === 'number' && Math.abs(v.value - value) < 1e-6)) && n.values.some((v) => v.value === ref));

describe('committed datasets', () => {
  it('validate and join', () => {
    expect(() => checkFigures(figs, models)).not.toThrow();
    expect(figs.figures.reduce((n, f) => n + f.panels.length, 0)).toBe(66);
  });

  it('every point of a family series names a model', () => {
    for (const f of figs.figures.filter((x) => [2, 3, 11, 12].includes(x.figure)))
      for (const p of f.panels) for (const s of p.series) if (s.family) for (const q of s.points) expect(q.model, `${p.chartId} ${s.name}`).toBeTruthy();
  });
});

describe.runIf(existsSync(REF))('cross-checks against /work/shared/reference', () => {
  it('Hendrycks MMLU vs Figure 2G GPT-3: agree within tolerance or are listed in data-notes.json', () => {
    const gpt = panel('fig2g').series.find((s) => s.family === 'GPT-3')!;
    for (const row of csv('hendrycks_mmlu_gpt3_fewshot.csv')) {
      const m = models.models.find((x) => x.family === 'GPT-3' && x.name === `GPT-3 ${row.params}`);
      const pt = gpt.points.find((q) => q.model === m?.id);
      expect(pt, row.model).toBeDefined();
      const ref = Number(row.mmlu_fewshot_avg_pct);
      if (Math.abs(pt!.y - ref) > TOLERANCE.accuracyAbs) expect(mentioned('fig2g', pt!.y, ref), row.model).toBe(true);
      else expect(Math.abs(pt!.y - ref)).toBeLessThanOrEqual(TOLERANCE.accuracyAbs);
    }
  });

  it('chain-of-thought Table 2 (GSM8K, LaMDA) vs Figure 3A: disagreements are listed', () => {
    const p = panel('fig3a');
    const std = p.series.find((s) => /^No/.test(s.name))!;
    const cot = p.series.find((s) => !/^No/.test(s.name))!;
    const rows = csv('cot_appB_table2_gsm8k_lamda_gpt_palm.csv').filter((r) => r.family === 'LaMDA');
    expect(rows).toHaveLength(std.points.length);
    rows.forEach((row, i) => {
      for (const [s, col] of [[std, 'gsm8k_standard'], [cot, 'gsm8k_cot']] as const) {
        const y = s.points[i]!.y;
        const ref = Number(row[col]);
        if (Math.abs(y - ref) > TOLERANCE.accuracyAbs) expect(mentioned('fig3a', y, ref), `${row.model} ${col}`).toBe(true);
        else expect(Math.abs(y - ref)).toBeLessThanOrEqual(TOLERANCE.accuracyAbs);
      }
    });
  });

  it('Table 1 FLOPs vs drawn FLOPs: disagreements beyond 5% are listed', () => {
    const t1 = existsSync(`${root}content/data/emergent-abilities.json`) ? 'emergent-abilities.json (other engineer)' : 'reference csv';
    for (const row of csv('wei2022_table1_emergent_abilities.csv')) {
      const m = models.models.find((x) => x.family === row.model && x.name.endsWith(` ${row.params}`));
      if (!m) continue;
      const flops = Number(row.train_flops);
      const closest = m.flops.reduce((a, b) => (Math.abs(Math.log10(b / flops)) < Math.abs(Math.log10(a / flops)) ? b : a));
      if (Math.abs(closest - flops) / flops > TOLERANCE.flopsRelative)
        expect(notes.notes.some((n) => n.kind === 'flops-mismatch' && n.model === m.id && n.values.some((v) => v.value === flops)), `${row.ability} (${t1})`).toBe(true);
    }
  });
});

describe('reproducibility', () => {
  if (!existsSync(PDF)) {
    console.warn(`SKIPPED reproducibility: PDF not found at ${PDF}`);
    it.skip('re-extraction matches committed files (PDF not available)', () => {});
    return;
  }
  it('re-extracting the PDF in memory reproduces every committed file byte for byte', async () => {
    const { extractAll } = await import('../../../scripts/extract-figures.ts');
    const files = await extractAll(PDF);
    for (const [name, value] of Object.entries(files)) {
      const path = `${root}content/data/${name}`;
      expect(existsSync(path), name).toBe(true);
      expect(toJson(value), name).toBe(readFileSync(path, 'utf8'));
    }
  }, 180_000);
});
