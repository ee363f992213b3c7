/** Join points across figures into models: FLOPs figures aligned in drawing order, parameter figures joined point by point through matching y values. */
import type { PanelOut, SeriesOut, PointOut } from './panels.ts';
import { formatParamCount } from '../../src/lib/format/number.ts';
import { familyIdPrefix, isFamily } from '../../src/lib/data/families.ts';
import type { ModelsData } from '../../src/lib/data/models-schema.ts';

/** A figure as carried through the pipeline. */
export interface FigureOut {
  figure: number;
  page: number;
  panels: PanelOut[];
}

/** Internal series with the family of its models (may differ from the printed family). */
export type JoinSeries = SeriesOut & { _modelFamily?: string };

/** One observation of a drawn value with its chart. */
export interface Obs {
  value: number;
  chartId: string;
}

/** A model slot: one real model, whatever values it is drawn with. */
export interface Slot {
  family: string;
  flops: Obs[];
  params: Obs[];
  points: PointOut[];
  id: string;
  /** Headline parameter count: the value drawn in most parameter-axis panels. */
  head?: number | null;
}

/** A model as written to models.json (the site's schema type). */
export type ModelOut = ModelsData['models'][number];

/** A problem found while joining (turned into data notes). */
export interface JoinIssue {
  kind: 'model-missing' | 'value-differs' | 'model-unmatched';
  chartIds: string[];
  family: string;
  description: string;
  /** The same explanation in Chinese, built from the same values. */
  descriptionZh: string;
  values: { label: string; value: number }[];
  model?: string;
  slot?: Slot | undefined;
}

/** Monotone alignment of two sequences (drawing order kept): returns pairs [i, j] with cost below `maxCost`. */
export function align(a: number[], b: number[], maxCost: number, gap: number): [number, number][] {
  const n = a.length;
  const m = b.length;
  const D: number[][] = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, (_, j) => (i + j) * gap),
  );
  const row = (i: number) => D[i]!;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const c = Math.abs(a[i - 1]! - b[j - 1]!);
      const diag = c <= maxCost ? row(i - 1)[j - 1]! + c : Infinity;
      row(i)[j] = Math.min(diag, row(i - 1)[j]! + gap, row(i)[j - 1]! + gap);
    }
  }
  const pairs: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const c = Math.abs(a[i - 1]! - b[j - 1]!);
    if (c <= maxCost && Math.abs(row(i)[j]! - (row(i - 1)[j - 1]! + c)) < 1e-12) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (Math.abs(row(i)[j]! - (row(i - 1)[j]! + gap)) < 1e-12) i--;
    else j--;
  }
  return pairs.reverse();
}

/** "137B", "1.3B", "417M": the site's own parameter format (three significant digits). */
export const formatParams = (p: number): string => formatParamCount(p, 'en');

/** Group values that differ by less than `rel` (relative), keeping the chart ids of each group. */
export function distinct(obs: Obs[], rel = 0.002): { value: number; chartIds: string[] }[] {
  const out: { value: number; chartIds: string[] }[] = [];
  for (const o of [...obs].sort((a, b) => a.value - b.value)) {
    const last = out[out.length - 1];
    if (last && Math.abs(o.value - last.value) / last.value < rel) {
      if (!last.chartIds.includes(o.chartId)) last.chartIds.push(o.chartId);
    } else out.push({ value: o.value, chartIds: [o.chartId] });
  }
  return out;
}

const seriesOf = (p: PanelOut) => p.series as JoinSeries[];
const log = Math.log10;
const fmt = (v: number) => String(Number(v.toPrecision(4)));

/** Join models across all figures; sets point.model in place and returns models and issues. */
export function joinModels(
  figs: FigureOut[],
  xMeasure: Record<number, string>,
): { slots: Slot[]; issues: JoinIssue[] } {
  const issues: JoinIssue[] = [];
  const slotsByFamily = new Map<string, Slot[]>();
  const fig = (n: number) => figs.find((f) => f.figure === n);
  const flopsSeries: { panel: PanelOut; s: JoinSeries }[] = [];
  for (const f of figs) {
    for (const p of f.panels) {
      const isFlops =
        xMeasure[f.figure] === 'flops' ||
        (xMeasure[f.figure] === 'mixed' && /FLOPs/.test(p.x.label));
      if (!isFlops) continue;
      for (const s of seriesOf(p)) if (s._modelFamily) flopsSeries.push({ panel: p, s });
    }
  }
  // 1. Reference slots per family: the longest series in Figures 2-3.
  const core = flopsSeries.filter(({ panel }) => /^fig[23][a-h]$/.test(panel.chartId));
  for (const { s } of core) {
    const fam = s._modelFamily!;
    const cur = slotsByFamily.get(fam);
    if (!cur || cur.length < s.points.length)
      slotsByFamily.set(
        fam,
        s.points.map(() => ({ family: fam, flops: [], params: [], points: [], id: '' })),
      );
  }
  const refX = new Map<string, number[]>();
  for (const [fam] of slotsByFamily) {
    const ref = core
      .filter(({ s }) => s._modelFamily === fam)
      .sort((a, b) => b.s.points.length - a.s.points.length)[0]!;
    refX.set(
      fam,
      ref.s.points.map((q) => log(q.x)),
    );
  }
  // 2. Every FLOPs series is aligned to its family's reference in drawing order.
  const slotOfPoint = new Map<PointOut, Slot>();
  for (const { panel, s } of flopsSeries) {
    const fam = s._modelFamily!;
    const slots = slotsByFamily.get(fam);
    const ref = refX.get(fam);
    if (!slots || !ref) continue;
    const pairs = align(
      s.points.map((q) => log(q.x)),
      ref,
      0.35,
      0.3,
    );
    const matched = new Set(pairs.map(([i]) => i));
    for (const [i, j] of pairs) {
      const pt = s.points[i]!;
      const slot = slots[j]!;
      slot.flops.push({ value: pt.x, chartId: panel.chartId });
      slot.points.push(pt);
      slotOfPoint.set(pt, slot);
    }
    s.points.forEach((pt, i) => {
      if (!matched.has(i))
        issues.push({
          kind: 'model-unmatched',
          chartIds: [panel.chartId],
          family: fam,
          description: `A ${fam} point at x = ${pt.x.toPrecision(3)} in ${panel.chartId} matches no model of the reference series.`,
          descriptionZh: `${panel.chartId} 中 x = ${pt.x.toPrecision(3)} 处的一个 ${fam} 点与参照序列中的任何模型都对不上。`,
          values: [{ label: panel.chartId, value: pt.x }],
        });
    });
  }
  // 3. Parameter twins: Figure 11 repeats Figure 2, Figure 12 repeats Figure 3; join by y in drawing order.
  for (const [fa, fb] of [
    [2, 11],
    [3, 12],
  ] as const) {
    const A = fig(fa);
    const B = fig(fb);
    if (!A || !B) continue;
    for (const pb of B.panels) {
      const pa = A.panels.find((p) => p.panel === pb.panel);
      if (!pa) continue;
      const yr = Math.abs(pa.y.domain[1] - pa.y.domain[0]);
      for (const sb of seriesOf(pb)) {
        const sa = seriesOf(pa).find(
          (s) => s.name === sb.name && s.color === sb.color && s.marker === sb.marker,
        );
        if (!sa) {
          issues.push({
            kind: 'model-missing',
            chartIds: [pb.chartId, pa.chartId],
            family: sb._modelFamily ?? '',
            description: `Series "${sb.name}" of ${pb.chartId} has no counterpart in ${pa.chartId}.`,
            descriptionZh: `${pb.chartId} 的序列“${sb.name}”在 ${pa.chartId} 中没有对应的序列。`,
            values: [],
          });
          continue;
        }
        const ya = sa.points.map((q) => q.y / yr);
        const yb = sb.points.map((q) => q.y / yr);
        const pairs = align(yb, ya, 0.03, 0.02);
        const mb = new Set(pairs.map(([i]) => i));
        const ma = new Set(pairs.map(([, j]) => j));
        for (const [i, j] of pairs) {
          const ptB = sb.points[i]!;
          const ptA = sa.points[j]!;
          const slot = slotOfPoint.get(ptA);
          if (slot) {
            slot.params.push({ value: ptB.x, chartId: pb.chartId });
            slot.points.push(ptB);
            slotOfPoint.set(ptB, slot);
          }
          if (Math.abs(ptA.y - ptB.y) > 1e-6 * Math.max(1, Math.abs(ptA.y))) {
            issues.push({
              kind: 'value-differs',
              chartIds: [pa.chartId, pb.chartId],
              family: sa._modelFamily ?? '',
              slot,
              description: `The same model's ${sa.name} score is drawn at ${fmt(ptA.y)} in ${pa.chartId} but at ${fmt(ptB.y)} in ${pb.chartId}.`,
              descriptionZh: `同一模型的 ${sa.name} 成绩在 ${pa.chartId} 中画在 ${fmt(ptA.y)}，在 ${pb.chartId} 中却画在 ${fmt(ptB.y)}。`,
              values: [
                { label: pa.chartId, value: ptA.y },
                { label: pb.chartId, value: ptB.y },
              ],
            });
          }
        }
        sa.points.forEach((pt, j) => {
          if (!ma.has(j))
            issues.push({
              kind: 'model-missing',
              chartIds: [pa.chartId, pb.chartId],
              family: sa._modelFamily ?? '',
              slot: slotOfPoint.get(pt),
              description: `${sa.name}: a point drawn in ${pa.chartId} (x = ${pt.x.toPrecision(3)} FLOPs, y = ${fmt(pt.y)}) has no counterpart in ${pb.chartId}.`,
              descriptionZh: `${sa.name}：${pa.chartId} 中画出的一个点（x = ${pt.x.toPrecision(3)} FLOPs，y = ${fmt(pt.y)}）在 ${pb.chartId} 中没有对应点。`,
              values: [{ label: pa.chartId, value: pt.y }],
            });
        });
        sb.points.forEach((pt, i) => {
          if (!mb.has(i))
            issues.push({
              kind: 'model-missing',
              chartIds: [pb.chartId, pa.chartId],
              family: sb._modelFamily ?? '',
              description: `${sb.name}: a point drawn in ${pb.chartId} (x = ${pt.x.toPrecision(3)} parameters, y = ${fmt(pt.y)}) has no counterpart in ${pa.chartId}.`,
              descriptionZh: `${sb.name}：${pb.chartId} 中画出的一个点（x = ${pt.x.toPrecision(3)} 个参数，y = ${fmt(pt.y)}）在 ${pa.chartId} 中没有对应点。`,
              values: [{ label: pb.chartId, value: pt.y }],
            });
        });
      }
    }
  }
  const all = [...slotsByFamily.values()].flat();
  // 5. Other parameter-axis panels: nearest headline parameters within 0.05 decades.
  for (const f of figs) {
    for (const p of f.panels) {
      const isParams =
        xMeasure[f.figure] === 'params' ||
        (xMeasure[f.figure] === 'mixed' && /parameters/.test(p.x.label));
      if (!isParams || f.figure === 11 || f.figure === 12) continue;
      for (const s of seriesOf(p)) {
        const fam = s._modelFamily;
        if (!fam) continue;
        for (const pt of s.points) {
          const cands = (slotsByFamily.get(fam) ?? []).flatMap((sl) =>
            distinct(sl.params).map((g) => ({ sl, d: Math.abs(log(g.value) - log(pt.x)) })),
          );
          const best = cands.sort((a, b) => a.d - b.d)[0];
          if (best && best.d < 0.05) {
            best.sl.params.push({ value: pt.x, chartId: p.chartId });
            best.sl.points.push(pt);
            slotOfPoint.set(pt, best.sl);
          } else
            issues.push({
              kind: 'model-unmatched',
              chartIds: [p.chartId],
              family: fam,
              description: `A ${fam} point at ${pt.x.toPrecision(3)} parameters in ${p.chartId} matches no parameter count drawn in Figures 11-12.`,
              descriptionZh: `${p.chartId} 中位于 ${pt.x.toPrecision(3)} 个参数处的一个 ${fam} 点，与图 11–12 中画出的任何参数量都对不上。`,
              values: [{ label: p.chartId, value: pt.x }],
            });
        }
      }
    }
  }
  // 6. Headline (majority over every parameter-axis panel) parameters and ids.
  for (const slot of all) {
    const groups = distinct(slot.params, 0.005).sort(
      (a, b) => b.chartIds.length - a.chartIds.length,
    );
    const head = groups[0]?.value;
    slot.head = head ?? null;
    slot.id = `${isFamily(slot.family) ? familyIdPrefix(slot.family) : slot.family.toLowerCase()}-${head ? formatParams(head).toLowerCase() : `${slot.flops[0]?.value.toPrecision(2)}-flops`}`;
  }
  for (const [pt, slot] of slotOfPoint) pt.model = slot.id;
  return { slots: all, issues };
}
