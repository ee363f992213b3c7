import type { Lang } from './ui';

/** Words used inside charts, tooltips and chart controls. */
export const CHART_STRINGS = {
  en: {
    flops: 'Training FLOPs',
    params: 'Parameters',
    source: 'Source',
    /** Between a label and its value in tooltips. */
    colon: ': ',
    figure: 'Figure',
    panel: 'panel',
    xFlopsTitle: 'Model scale (training FLOPs)',
    xParamsTitle: 'Model scale (number of parameters)',
    emergesAt: 'Table 1: emerges at',
    series: 'series',
    points: 'points',
    chartOf: 'Chart of',
    against: 'against',
    value: 'Value',
    model: 'Model',
    count: 'Tasks',
  },
  zh: {
    flops: '训练算力（FLOPs）',
    params: '参数量',
    source: '来源',
    // Chinese uses a full-width colon with no space.
    colon: '：',
    figure: '图',
    panel: '子图',
    xFlopsTitle: '模型规模（训练算力，FLOPs）',
    xParamsTitle: '模型规模（参数量）',
    emergesAt: '表 1：涌现于',
    series: '条曲线',
    points: '个数据点',
    chartOf: '图表：',
    against: '随',
    value: '数值',
    model: '模型',
    count: '任务数',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Chart words for one language. */
export type ChartStrings = (typeof CHART_STRINGS)[Lang];

/** Axis titles as printed, with their Chinese renderings; unknown labels stay as printed. */
const AXIS_ZH: Record<string, string> = {
  'Accuracy (%)': '准确率（%）',
  'Exact match (%)': '精确匹配（%）',
  'BLEU (%)': 'BLEU（%）',
  'Model scale (training FLOPs)': '模型规模（训练算力，FLOPs）',
  'Model scale (number of parameters)': '模型规模（参数量）',
  'Training FLOPs': '训练算力（FLOPs）',
  'Number of parameters': '参数量',
  'Cross-entropy loss': '交叉熵损失',
  'Error rate (%)': '错误率（%）',
  'Evaluation metric (%)': '评测指标（%）',
  'Number of tasks': '任务数',
  'Model parameters': '模型参数量',
  'WikiText103 ppl': 'WikiText103 困惑度',
  'Neg. log probability': '负对数概率',
  'GSM8K Accuracy (%)': 'GSM8K 准确率（%）',
  '10 NLU task average': '10 个 NLU 任务的平均成绩',
  '% ECE (log-scale, decreasing)': 'ECE（%，对数刻度，向上递减）',
  'VQA accuracy (%)': 'VQA 准确率（%）',
  'Performance of largest model': '最大模型的表现',
  'Performance of second-largest model': '第二大模型的表现',
};

/** An axis title in the reader's language (printed English when no translation is known). */
export function localizeAxisTitle(label: string, lang: Lang): string {
  return lang === 'zh' ? (AXIS_ZH[label] ?? label) : label;
}

/** Reference lines and series named in the paper's figures, with their Chinese renderings. */
const REFERENCE_ZH: Record<string, string> = {
  Random: '随机水平',
  'Random performance (25%)': '随机水平（25%）',
  'Prior SOTA (pretrain–finetune)': '此前最佳（预训练后微调）',
};

/** A baseline or reference-line name in the reader's language (as printed when no translation is known). */
export function localizeReferenceName(name: string, lang: Lang): string {
  return lang === 'zh' ? (REFERENCE_ZH[name] ?? name) : name;
}
