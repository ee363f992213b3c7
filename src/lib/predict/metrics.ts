/**
 * The metric switch of Figure 7 as plain data: which metrics exist, which series each panel shows
 * for a choice, and which choice (if any) a set of panel views corresponds to.
 */
import type { Lang } from '../i18n/ui';

/** The value of the "All metrics" choice. */
export const ALL_METRICS = '';

/** Series names of several panels merged in order of first appearance (the paper's legend order). */
export function metricUnion(panels: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const names of panels) for (const n of names) seen.add(n);
  return [...seen];
}

/** The series a panel shows for a choice: all of them, or the metric alone (none if it lacks it). */
export function seriesForMetric(panelSeries: readonly string[], metric: string): string[] {
  if (metric === ALL_METRICS) return [...panelSeries];
  return panelSeries.includes(metric) ? [metric] : [];
}

/** The choice a set of panels currently shows, or null when the reader mixed metrics by hand. */
export function metricOfViews(
  panels: readonly { all: readonly string[]; shown: readonly string[] }[],
  metrics: readonly string[],
): string | null {
  const same = (a: readonly string[], b: readonly string[]): boolean =>
    a.length === b.length && a.every((x) => b.includes(x));
  for (const choice of [ALL_METRICS, ...metrics]) {
    if (panels.every((p) => same(p.shown, seriesForMetric(p.all, choice)))) return choice;
  }
  return null;
}

/** Chinese names of metrics; the printed English name stays alongside so it matches the legends. */
const METRIC_ZH: Record<string, string> = {
  'Exact match': '精确匹配',
  'Multiple choice grade': '多选题得分',
  'Sequence F1': '序列 F1',
};

/** A metric's label in the reader's language. */
export function metricLabel(metric: string, lang: Lang): string {
  const zh = METRIC_ZH[metric];
  return lang === 'zh' && zh ? `${zh}（${metric}）` : metric;
}

/** Text of the metric switch written at build time (not shipped to the browser), per language. */
export const METRIC_LABELS = {
  en: {
    legend: 'Show one metric in all three panels',
    all: 'All metrics',
    whyTitle: 'Why the metric can change the shape.',
    why: 'Exact match gives credit only when the whole answer is right, character for character. Suppose a model gets steadily better at each part of an answer as it grows, yet most of its answers still contain at least one slip: its exact-match score stays near the floor, and climbs steeply only once the parts are reliable enough for whole answers to come out right. Metrics that give partial credit can notice that progress earlier: BLEU and ROUGE count words and word sequences shared with the reference answer, and BLEURT uses a trained model to judge how close the answer is in meaning. On the same outputs they can therefore trace a smoother curve, though they need not; the switch lets you check each task.',
    noScript:
      'The metric switch needs JavaScript; each chart below shows all its metrics, and its legend lists them.',
  },
  zh: {
    legend: '在三个子图中只显示一种指标',
    all: '全部指标',
    whyTitle: '为什么指标会改变曲线的形状？',
    why: '精确匹配只在整个答案逐字完全正确时才给分。假设模型随规模增大，答案中每一部分都做得越来越好，但大多数答案里仍至少有一处出错：这时它的精确匹配得分一直贴近底部，要等到各个部分都足够可靠、整个答案能够完全正确时，才会陡然上升。给部分分的指标可以更早地捕捉到这种进步：BLEU 和 ROUGE 统计与参考答案相同的词和词序列，BLEURT 则用一个训练过的模型来判断答案在意思上有多接近。因此，对同一批输出，它们可能画出更平滑的曲线，但并不一定如此；用这个开关可以逐个任务核对。',
    noScript: '指标开关需要 JavaScript；下面每张图都显示了全部指标，图例中列出了它们。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** What the metric switch announces after a choice, per language (used by the island). */
export const METRIC_STRINGS = {
  en: {
    showing: (metric: string) => `Showing ${metric} in each panel.`,
    showingAll: 'Showing all metrics in each panel.',
    missing: (metric: string, panels: string) =>
      `${metric} is not reported for ${panels}, so that chart is empty.`,
  },
  zh: {
    showing: (metric: string) => `每个子图现在只显示 ${metric}。`,
    showingAll: '每个子图现在显示全部指标。',
    missing: (metric: string, panels: string) => `${panels} 没有报告 ${metric}，因此该图为空。`,
  },
} as const satisfies Record<Lang, Record<string, unknown>>;
