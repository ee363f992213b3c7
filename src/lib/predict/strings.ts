import type { Lang } from '../i18n/ui';

/** Labels of the predict-then-reveal form, per language (build time only, so not shipped to the browser). */
export const PREDICT_LABELS = {
  en: {
    caption: 'Predict, then reveal',
    family: 'Model family',
    cutoff: 'Fit on models up to',
    fit: 'Fit trend',
    reveal: 'Reveal',
    reset: 'Start over',
    noScript: 'This exercise needs JavaScript. The chart shows the full data.',
    intro: 'Pick a model family and the largest model you would have known about. “Fit trend” draws the straight line through the smaller models and hides the larger ones; “Reveal” shows what they actually scored.',
  },
  zh: {
    caption: '先预测，再揭晓',
    family: '模型系列',
    cutoff: '拟合所用模型（截至）',
    fit: '拟合趋势',
    reveal: '揭晓',
    reset: '重新开始',
    noScript: '这个练习需要 JavaScript。下图显示的是完整数据。',
    intro: '选一个模型系列，再选你“当时”已知的最大模型。“拟合趋势”会沿着较小的模型画一条直线，并隐藏更大的模型；“揭晓”则显示它们的实际得分。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** What the exercise says and draws after an action, per language (used by the island). */
export const PREDICT_STRINGS = {
  en: {
    cutoffMarker: 'Cut-off',
    trendName: (cutoff: string) => `Trend (fitted on ≤ ${cutoff})`,
    fitted: (n: number, family: string, cutoff: string, largest: string, predicted: string) =>
      `Fitted on ${n} ${family} models up to ${cutoff}. Extended to ${largest}, the trend predicts ${predicted}. Press “Reveal” to see the actual score.`,
    revealed: (largest: string, predicted: string, actual: string) => `At ${largest}, the trend predicted ${predicted}; the model scored ${actual}.`,
    tooFew: 'A trend needs at least two models at or below the cut-off. Choose a larger cut-off.',
    sameX: 'All models at or below the cut-off have the same scale, so no trend can be fitted. Choose a larger cut-off.',
    resetDone: 'Showing the full chart again.',
    loadError: 'The chart data could not be loaded. Reload the page to try again.',
  },
  zh: {
    cutoffMarker: '截止点',
    trendName: (cutoff: string) => `趋势（基于 ≤ ${cutoff} 拟合）`,
    fitted: (n: number, family: string, cutoff: string, largest: string, predicted: string) =>
      `已用 ${n} 个 ${family} 模型（截至 ${cutoff}）拟合。延伸到 ${largest}，趋势预测的得分为 ${predicted}。按“揭晓”查看实际得分。`,
    revealed: (largest: string, predicted: string, actual: string) => `在 ${largest} 处，趋势预测 ${predicted}；模型实际得分 ${actual}。`,
    tooFew: '拟合趋势至少需要截止点及以下有两个模型。请选择更大的截止点。',
    sameX: '截止点及以下的模型规模都相同，无法拟合趋势。请选择更大的截止点。',
    resetDone: '已恢复显示完整图表。',
    loadError: '无法加载图表数据，请刷新页面重试。',
  },
} as const satisfies Record<Lang, Record<string, unknown>>;
