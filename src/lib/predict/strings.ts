import type { Lang } from '../i18n/ui';

/** Labels of the predict-then-reveal form, per language (build time only, so not shipped to the browser). */
export const PREDICT_LABELS = {
  en: {
    caption: 'Predict, then reveal',
    family: 'Model family',
    cutoff: 'Fit on models up to',
    fit: 'Fit trend',
    guess: 'Your guess for the largest model',
    reveal: 'Reveal',
    reset: 'Start over',
    noScript:
      'This exercise needs JavaScript, so here the chart shows the full data, the larger models included: cover its right-hand end if you want to guess first.',
    intro:
      'The larger models are hidden. Pick a model family and the largest model you would have known about, optionally press “Fit trend” to draw the straight line through the smaller models, then type your own guess for the largest model. “Reveal” shows what it actually scored.',
  },
  zh: {
    caption: '先预测，再揭晓',
    family: '模型家族',
    cutoff: '拟合所用模型（截至）',
    fit: '拟合趋势',
    guess: '你对最大模型得分的猜测',
    reveal: '揭晓',
    reset: '重新开始',
    noScript:
      '这个练习需要 JavaScript，因此下图显示的是包括较大模型在内的完整数据：如果想先猜一猜，请先遮住图的右端。',
    intro:
      '较大的模型已被隐藏。选一个模型家族，再选你“当时”已知的最大模型；可以先按“拟合趋势”，沿着较小的模型画一条直线，然后输入你自己对最大模型得分的猜测。“揭晓”会显示它的实际得分。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** What the exercise says and draws after an action, per language (used by the island). */
export const PREDICT_STRINGS = {
  en: {
    cutoffMarker: 'Cut-off',
    trendName: (cutoff: string) => `Trend (fitted on ≤ ${cutoff})`,
    fitted: (n: number, family: string, cutoff: string, largest: string, predicted: string) =>
      `Fitted on ${n} ${family} models up to ${cutoff}. Extended to ${largest}, the trend predicts ${predicted}. Press “Reveal” to see the actual score.`,
    hidden: (family: string, cutoff: string, largest: string) =>
      `${family} models larger than ${cutoff} are hidden. Enter your guess for ${largest}, then press “Reveal”.`,
    revealed: (largest: string, predicted: string, actual: string, guess: string | null) =>
      `At ${largest}, ${guess === null ? '' : `you guessed ${guess}, `}the trend predicted ${predicted}; the model scored ${actual}.`,
    revealedNoTrend: (largest: string, actual: string, guess: string | null) =>
      `At ${largest}, ${guess === null ? '' : `you guessed ${guess}; `}the model scored ${actual}.`,
    tooFew: 'A trend needs at least two models at or below the cut-off. Choose a larger cut-off.',
    sameX:
      'All models at or below the cut-off have the same scale, so no trend can be fitted. Choose a larger cut-off.',
    resetDone: 'The larger models are hidden again.',
    loadError: 'The chart data could not be loaded. Reload the page to try again.',
  },
  zh: {
    cutoffMarker: '截止点',
    trendName: (cutoff: string) => `趋势（基于 ≤ ${cutoff} 拟合）`,
    fitted: (n: number, family: string, cutoff: string, largest: string, predicted: string) =>
      `已用 ${n} 个 ${family} 模型（截至 ${cutoff}）拟合。延伸到 ${largest}，趋势预测的得分为 ${predicted}。按“揭晓”查看实际得分。`,
    hidden: (family: string, cutoff: string, largest: string) =>
      `比 ${cutoff} 更大的 ${family} 模型已隐藏。请输入你对 ${largest} 的猜测，再按“揭晓”。`,
    revealed: (largest: string, predicted: string, actual: string, guess: string | null) =>
      `在 ${largest} 处，${guess === null ? '' : `你猜 ${guess}，`}趋势预测 ${predicted}；模型实际得分 ${actual}。`,
    revealedNoTrend: (largest: string, actual: string, guess: string | null) =>
      `在 ${largest} 处，${guess === null ? '' : `你猜 ${guess}；`}模型实际得分 ${actual}。`,
    tooFew: '拟合趋势至少需要截止点及以下有两个模型。请选择更大的截止点。',
    sameX: '截止点及以下的模型规模都相同，无法拟合趋势。请选择更大的截止点。',
    resetDone: '较大的模型已重新隐藏。',
    loadError: '无法加载图表数据，请刷新页面重试。',
  },
} as const satisfies Record<Lang, Record<string, unknown>>;
