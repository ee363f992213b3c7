/** Compare extracted values with the paper's Table 1 and with /work/shared/reference tables; every disagreement becomes a data note. */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { DataNotes } from '../../src/lib/data/data-notes-schema.ts';
import type { FigureOut, Slot } from './models.ts';
import { parseTickLabel } from './labels.ts';

/** A data note as written to data-notes.json (the site's schema type). */
export type Note = DataNotes['notes'][number];

/** Tolerances used by the cross-checks (also read by the tests). */
export const TOLERANCE = {
  /** Relative FLOPs gap between Table 1 and the drawn x position. */
  flopsRelative: 0.05,
  /** Absolute accuracy gap (percentage points) for reference tables. */
  accuracyAbs: 0.05,
} as const;

function csv(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split(/\r?\n/);
  const cols = (head ?? '').split(',').map((c) => c.trim());
  return rows.map((r) =>
    Object.fromEntries(r.split(',').map((v, i) => [cols[i] ?? `c${i}`, v.trim()])),
  );
}

/** Print a drawn value without float noise. */
const fmt = (v: number) => String(Number(v.toPrecision(4)));
const gap = (a: number, b: number) => ({
  absolute: Math.abs(a - b),
  relative: Math.abs(a - b) / Math.abs(b),
});

/** Run all reference cross-checks. `refDir` is /work/shared/reference (or a copy). */
export async function crossChecks(
  figs: FigureOut[],
  slots: Slot[],
  refDir: string,
): Promise<Note[]> {
  const notes: Note[] = [];
  const panel = (chartId: string) =>
    figs.flatMap((f) => f.panels).find((p) => p.chartId === chartId);
  const byParams = (family: string, params: number) =>
    slots
      .filter((s) => s.family === family && s.head)
      .map((s) => ({ s, d: Math.abs(Math.log10(s.head! / params)) }))
      .sort((a, b) => a.d - b.d)[0];

  // Table 1 (few-shot and augmented rows naming a family and a parameter count) vs drawn FLOPs.
  const t1Path = `${refDir}/wei2022_table1_emergent_abilities.csv`;
  if (existsSync(t1Path)) {
    for (const row of csv(await readFile(t1Path, 'utf8'))) {
      const flops = Number(row.train_flops);
      const params = parseTickLabel(row.params ?? '');
      const fam = row.model === 'GPT-3' ? 'GPT-3' : (row.model ?? '');
      if (!Number.isFinite(flops) || params === null) continue;
      const m = byParams(fam, params);
      if (!m || m.d > 0.1) continue;
      const drawn = [...new Map(m.s.flops.map((o) => [o.value, o])).values()];
      const nearest = drawn.sort(
        (a, b) => Math.abs(Math.log10(a.value / flops)) - Math.abs(Math.log10(b.value / flops)),
      )[0];
      if (!nearest) continue;
      const g = gap(nearest.value, flops);
      if (g.relative > TOLERANCE.flopsRelative) {
        notes.push({
          id: `table1-flops-${m.s.id}-${(row.ability ?? '')
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}`,
          kind: 'flops-mismatch',
          chartIds: [...new Set(m.s.flops.map((o) => o.chartId))],
          model: m.s.id,
          description: `Table 1 puts the emergence of "${row.ability}" at ${row.model} ${row.params} with ${flops.toExponential(1)} training FLOPs, but the figures draw this model at ${nearest.value.toPrecision(3)} FLOPs at the closest.`,
          descriptionZh: `表 1 把“${row.ability}”的涌现门槛定在 ${row.model} ${row.params}，训练算力为 ${flops.toExponential(1)} FLOPs；但图中画出的该模型最接近的位置是 ${nearest.value.toPrecision(3)} FLOPs（${nearest.chartId}）。`,
          values: [
            { label: `Figure (${nearest.chartId})`, value: nearest.value },
            { label: 'Table 1', value: flops },
          ],
          gap: g,
          source: 'Wei et al. 2022, Table 1 (reference copy wei2022_table1_emergent_abilities.csv)',
        });
      }
    }
  }
  // GPT-3 FLOPs vs Brown et al. Table D.1.
  const d1 = `${refDir}/gpt3_tableD1_compute.csv`;
  if (existsSync(d1)) {
    for (const row of csv(await readFile(d1, 'utf8'))) {
      const params = Number(row.params_M) * 1e6;
      const flops = Number(row.total_train_flops);
      const m = byParams('GPT-3', params);
      if (!m || m.d > 0.1) continue;
      for (const o of [...new Map(m.s.flops.map((x) => [x.value.toPrecision(4), x])).values()]) {
        const g = gap(o.value, flops);
        if (g.relative > 0.01) {
          notes.push({
            id: `gpt3-d1-flops-${m.s.id}-${o.chartId}`,
            kind: 'reference-mismatch',
            chartIds: [o.chartId],
            model: m.s.id,
            description: `${row.model} is drawn at ${o.value.toPrecision(4)} training FLOPs in ${o.chartId}; Brown et al. (2020) Table D.1 lists ${flops.toPrecision(3)}.`,
            descriptionZh: `${o.chartId} 把 ${row.model} 画在 ${o.value.toPrecision(4)} FLOPs 的训练算力处；Brown et al. (2020) 的表 D.1 列出的是 ${flops.toPrecision(3)} FLOPs。`,
            values: [
              { label: o.chartId, value: o.value },
              { label: 'Brown et al. 2020, Table D.1', value: flops },
            ],
            gap: g,
            source: 'Brown et al. 2020, arXiv 2005.14165, Table D.1',
          });
        }
      }
    }
  }
  // Hendrycks et al. MMLU few-shot averages vs Figure 2G GPT-3.
  const hm = `${refDir}/hendrycks_mmlu_gpt3_fewshot.csv`;
  const g2 = panel('fig2g');
  if (existsSync(hm) && g2) {
    const gpt = g2.series.find((s) => s.family === 'GPT-3');
    for (const row of csv(await readFile(hm, 'utf8'))) {
      const params = parseTickLabel(row.params ?? '');
      const ref = Number(row.mmlu_fewshot_avg_pct);
      const m = params === null ? undefined : byParams('GPT-3', params);
      const pt = gpt?.points.find((q) => q.model === m?.s.id);
      if (!pt) {
        notes.push({
          id: `hendrycks-missing-${(row.model ?? '').toLowerCase().replace(/[^a-z0-9.]+/g, '-')}`,
          kind: 'reference-mismatch',
          chartIds: ['fig2g'],
          description: `Hendrycks et al. report ${row.model} (${ref}%), but Figure 2G draws no GPT-3 point for that model.`,
          descriptionZh: `Hendrycks et al. 报告了 ${row.model} 的成绩（${ref}%），但图 2G 没有为该模型画出 GPT-3 的点。`,
          values: [{ label: 'Hendrycks et al. 2021, Table 1', value: ref }],
          source: 'Hendrycks et al. 2021, Table 1',
        });
        continue;
      }
      const g = gap(pt.y, ref);
      if (g.absolute > TOLERANCE.accuracyAbs) {
        notes.push({
          id: `hendrycks-mmlu-${m!.s.id}`,
          kind: 'reference-mismatch',
          chartIds: ['fig2g'],
          model: m!.s.id,
          description: `Figure 2G draws ${row.model} at ${fmt(pt.y)}% on MMLU; Hendrycks et al. report ${ref}% few-shot.`,
          descriptionZh: `图 2G 把 ${row.model} 在 MMLU 上的成绩画在 ${fmt(pt.y)}%；Hendrycks et al. 报告的少样本成绩是 ${ref}%。`,
          values: [
            { label: 'Figure 2G', value: pt.y },
            { label: 'Hendrycks et al. 2021, Table 1', value: ref },
          ],
          gap: g,
          source:
            'Hendrycks et al. 2021, Measuring Massive Multitask Language Understanding, Table 1',
        });
      }
    }
  }
  // Chain-of-thought paper (Wei et al. 2022b, Table 2) GSM8K vs Figure 3A (LaMDA).
  const cot = `${refDir}/cot_appB_table2_gsm8k_lamda_gpt_palm.csv`;
  const f3 = panel('fig3a');
  if (existsSync(cot) && f3) {
    for (const row of csv(await readFile(cot, 'utf8')).filter((r) => r.family === 'LaMDA')) {
      const params = parseTickLabel(row.size ?? '');
      const m = params === null ? undefined : byParams('LaMDA', params);
      for (const [col, pick] of [
        ['gsm8k_standard', (n: string) => /^No/i.test(n)],
        ['gsm8k_cot', (n: string) => !/^No/i.test(n)],
      ] as const) {
        const ref = Number(row[col]);
        const s = f3.series.find((x) => pick(x.name));
        const pt = s?.points.find((q) => q.model === m?.s.id);
        if (!pt || !s) {
          notes.push({
            id: `cot-missing-${(row.model ?? '').toLowerCase().replace(/[^a-z0-9.]+/g, '-')}-${col}`,
            kind: 'reference-mismatch',
            chartIds: ['fig3a'],
            description: `The chain-of-thought paper reports ${row.model} (${col} ${ref}%), but no matching point was found in Figure 3A.`,
            descriptionZh: `思维链提示论文报告了 ${row.model} 的成绩（GSM8K，${col === 'gsm8k_cot' ? '思维链提示' : '普通提示'}，${ref}%），但在图 3A 中没有找到对应的点。`,
            values: [{ label: 'Wei et al. 2022b, Table 2', value: ref }],
            source: 'Wei et al. 2022b, arXiv 2201.11903v6, Appendix B Table 2',
          });
          continue;
        }
        const g = gap(pt.y, ref);
        if (g.absolute > TOLERANCE.accuracyAbs) {
          notes.push({
            id: `cot-gsm8k-${m!.s.id}-${col.replace('gsm8k_', '')}`,
            kind: 'reference-mismatch',
            chartIds: ['fig3a'],
            model: m!.s.id,
            description: `Figure 3A ("${s.name}") draws ${row.model} at ${fmt(pt.y)}% on GSM8K; the chain-of-thought paper's Table 2 gives ${ref}%.`,
            descriptionZh: `图 3A 的“${s.name}”序列把 ${row.model} 在 GSM8K 上的成绩画在 ${fmt(pt.y)}%；思维链提示论文（Wei et al. 2022b）的表 2 给出的是 ${ref}%。`,
            values: [
              { label: 'Figure 3A', value: pt.y },
              { label: 'Wei et al. 2022b, Table 2', value: ref },
            ],
            gap: g,
            source: 'Wei et al. 2022b, arXiv 2201.11903v6, Appendix B Table 2',
          });
        }
      }
    }
  }
  return notes;
}
