import { describe, it, expect } from 'vitest';
import { panelBundle } from '../../../src/site/datasets';
import {
  defaultFamily,
  familyChoices,
  predictionScene,
  renderScene,
} from '../../../src/lib/predict/scene';
import { metricLabel } from '../../../src/lib/i18n/chart-strings';
import {
  ALL_METRICS,
  metricOfViews,
  metricUnion,
  seriesForMetric,
} from '../../../src/lib/predict/metrics';
import { seriesNamesOf } from '../../../src/lib/chart/view';
import { parseGuess } from '../../../src/lib/predict/guess';
import { predictStatus as EN } from '../../../src/lib/i18n/en';
import { predictStatus as ZH } from '../../../src/lib/i18n/zh';

const fig2a = panelBundle('fig2a');

describe('familyChoices(bundle, lang) and defaultFamily(bundle, choices)', () => {
  it('offers each family of Figure 2A with every model but its largest as a cut-off', () => {
    const choices = familyChoices(fig2a, 'en');
    expect(choices.map((c) => c.series)).toEqual(['LaMDA', 'GPT-3']);
    const gpt3 = choices.find((c) => c.series === 'GPT-3')!;
    expect(gpt3.cutoffs.map((c) => c.model)).toEqual([
      'gpt-3-125m',
      'gpt-3-350m',
      'gpt-3-760m',
      'gpt-3-1.3b',
      'gpt-3-2.7b',
      'gpt-3-6.7b',
      'gpt-3-13b',
    ]);
    expect(gpt3.cutoffs[5]!.label).toBe('GPT-3 6.7B (1.2 × 10²² FLOPs)');
    expect(gpt3.defaultCutoff).toBe('gpt-3-6.7b');
    // GPT-3 175B scores highest of the two largest models, so it is preselected.
    expect(defaultFamily(fig2a, choices)).toBe('GPT-3');
  });
});

describe('predictionScene(bundle, request, strings)', () => {
  it('fitted: hides every point beyond the cut-off and adds a dashed, markerless trend across the x range', () => {
    const scene = predictionScene(
      fig2a,
      { series: 'GPT-3', cutoff: 'gpt-3-6.7b', phase: 'fitted' },
      EN,
    )!;
    const original = fig2a.panel.series.find((s) => s.name === 'GPT-3')!.points;
    const cutX = original.find((p) => p.model === 'gpt-3-6.7b')!.x;
    const gpt3 = scene.panel.series.find((s) => s.name === 'GPT-3')!;
    expect(gpt3.points.map((p) => p.model)).not.toContain('gpt-3-175b');
    expect(
      scene.panel.series.flatMap((s) => (s.dashed ? [] : s.points)).every((p) => p.x <= cutX),
    ).toBe(true);
    const trend = scene.panel.series.at(-1)!;
    expect(trend.name).toBe('Trend (fitted on ≤ GPT-3 6.7B)');
    expect(trend).toMatchObject({ dashed: true, marker: 'none' });
    expect(trend.points[0]!.x).toBe(Math.min(...original.map((p) => p.x)));
    expect(trend.points.at(-1)!.x).toBe(Math.max(...fig2a.panel.x.domain));
    expect(scene.fit.status).toBe('fit');
    expect(scene.view.series).toContain(trend.name);
    expect(scene.view.highlight).toBeNull();
    expect(scene.showEmergence).toBe(false);
    expect(scene.message).toMatch(
      /^Fitted on 6 GPT-3 models up to GPT-3 6\.7B\. Extended to GPT-3 175B, the trend predicts [\d.]+%/,
    );
  });

  it('hidden: the starting state leaves out every point beyond the cut-off, with no trend and no answer', () => {
    const scene = predictionScene(
      fig2a,
      { series: 'GPT-3', cutoff: 'gpt-3-6.7b', phase: 'hidden' },
      EN,
    )!;
    const cutX = fig2a.panel.series
      .find((s) => s.name === 'GPT-3')!
      .points.find((p) => p.model === 'gpt-3-6.7b')!.x;
    expect(scene.panel.series.flatMap((s) => s.points).every((p) => p.x <= cutX)).toBe(true);
    expect(scene.panel.series.flatMap((s) => s.points).map((p) => p.model)).not.toContain(
      'gpt-3-175b',
    );
    expect(scene.panel.series.flatMap((s) => s.points).map((p) => p.model)).not.toContain(
      'lamda-137b',
    );
    expect(scene.trendName).toBeNull();
    expect(scene.panel.series.some((s) => s.dashed)).toBe(false);
    expect(scene.showEmergence).toBe(false);
    expect(scene.message).toBe(
      'GPT-3 models larger than GPT-3 6.7B are hidden. Enter your guess for GPT-3 175B, then press “Reveal”.',
    );
    expect(renderScene(fig2a, scene, 'large', 'en', 'h')).not.toContain('data-model="gpt-3-175b"');
  });

  it('revealed: draws all points, highlights the largest model and compares guess and prediction with its score', () => {
    const scene = predictionScene(
      fig2a,
      { series: 'GPT-3', cutoff: 'gpt-3-6.7b', phase: 'revealed' },
      EN,
    )!;
    expect(scene.panel.series.find((s) => s.name === 'GPT-3')!.points).toHaveLength(8);
    expect(scene.view.highlight).toBe('gpt-3-175b');
    expect(scene.message).toMatch(
      /^At GPT-3 175B, the trend predicted [\d.]+%; the model scored 33%\.$/,
    );
    const guessed = predictionScene(
      fig2a,
      { series: 'GPT-3', cutoff: 'gpt-3-6.7b', phase: 'revealed', guess: 12 },
      EN,
    )!;
    expect(guessed.message).toMatch(
      /^At GPT-3 175B, you guessed 12%, the trend predicted [\d.]+%; the model scored 33%\.$/,
    );
    const zh = predictionScene(
      fig2a,
      { series: 'GPT-3', cutoff: 'gpt-3-6.7b', phase: 'revealed', guess: 12 },
      ZH,
    )!;
    expect(zh.message).toMatch(
      /^在 GPT-3 175B 处，你猜 12%，趋势预测 [\d.]+%；模型实际得分 33%。$/,
    );
  });

  it('revealed with no possible trend still quotes the guess and the score', () => {
    const scene = predictionScene(
      fig2a,
      { series: 'GPT-3', cutoff: 'gpt-3-125m', phase: 'revealed', guess: 5 },
      EN,
    )!;
    expect(scene.trendName).toBeNull();
    expect(scene.message).toBe('At GPT-3 175B, you guessed 5%; the model scored 33%.');
  });

  it('a cut-off at the smallest model leaves one point: no trend, and the message says why', () => {
    const scene = predictionScene(
      fig2a,
      { series: 'GPT-3', cutoff: 'gpt-3-125m', phase: 'fitted' },
      EN,
    )!;
    expect(scene.fit).toMatchObject({ status: 'none', reason: 'too-few-points' });
    expect(scene.trendName).toBeNull();
    expect(scene.panel.series).toHaveLength(2);
    expect(scene.message).toMatch(/at least two models/);
  });

  it('returns null for a family or cut-off the panel does not have', () => {
    expect(
      predictionScene(fig2a, { series: 'PaLM', cutoff: 'gpt-3-6.7b', phase: 'fitted' }, EN),
    ).toBeNull();
    expect(
      predictionScene(fig2a, { series: 'GPT-3', cutoff: 'lamda-29b', phase: 'fitted' }, EN),
    ).toBeNull();
  });
});

describe('renderScene(bundle, scene, layout, lang, idPrefix)', () => {
  it('draws the trend dashed in the family colour, with a cut-off marker, through the shared renderer', () => {
    const scene = predictionScene(
      fig2a,
      { series: 'GPT-3', cutoff: 'gpt-3-6.7b', phase: 'fitted' },
      EN,
    )!;
    const svg = renderScene(fig2a, scene, 'large', 'en', 'fig2a-predict-large');
    expect(svg).toMatch(
      /<g class="series c-gpt3" data-series="Trend \(fitted on ≤ GPT-3 6\.7B\)"[^>]*><path class="line" d="M[^"]+"[^>]*stroke-dasharray="6 4"/,
    );
    expect(svg).toContain('>Cut-off</text>');
    expect(svg).not.toContain('data-model="gpt-3-175b"');
    expect(svg).toContain('id="fig2a-predict-large-title"');
  });
});

describe('parseGuess(raw)', () => {
  it('reads a number, accepts a decimal comma, and gives null for an empty or non-numeric field', () => {
    expect(parseGuess('12.5')).toBe(12.5);
    expect(parseGuess(' 7,5 ')).toBe(7.5);
    expect(parseGuess('0')).toBe(0);
    expect(parseGuess('')).toBeNull();
    expect(parseGuess('abc')).toBeNull();
  });
});

describe('metric switch helpers', () => {
  const fig7 = ['fig7a', 'fig7b', 'fig7c'].map((id) => seriesNamesOf(panelBundle(id).panel));

  it('metricUnion(panels) lists every metric of Figure 7 once, in legend order', () => {
    expect(metricUnion(fig7)).toEqual([
      'Exact match',
      'ROUGE1',
      'ROUGE2',
      'ROUGE L-Sum',
      'BLEURT',
      'BLEU',
      'Sequence F1',
      'Multiple choice grade',
    ]);
  });

  it('seriesForMetric(panelSeries, metric) shows the metric alone, nothing when absent, everything for "All"', () => {
    expect(seriesForMetric(fig7[0]!, 'BLEURT')).toEqual(['BLEURT']);
    expect(seriesForMetric(fig7[1]!, 'Sequence F1')).toEqual([]);
    expect(seriesForMetric(fig7[2]!, ALL_METRICS)).toEqual(fig7[2]);
  });

  it('metricOfViews(panels, metrics) finds the choice the charts match, or null when mixed', () => {
    const metrics = metricUnion(fig7);
    const at = (choice: string) =>
      fig7.map((all) => ({ all, shown: seriesForMetric(all, choice) }));
    expect(metricOfViews(at('BLEU'), metrics)).toBe('BLEU');
    expect(metricOfViews(at(ALL_METRICS), metrics)).toBe(ALL_METRICS);
    expect(
      metricOfViews(
        fig7.map((all) => ({ all, shown: all.slice(0, 2) })),
        metrics,
      ),
    ).toBeNull();
  });

  it('metricLabel(metric, lang) adds a Chinese name and keeps the printed one', () => {
    expect(metricLabel('Exact match', 'zh')).toBe('精确匹配（Exact match）');
    expect(metricLabel('BLEU', 'zh')).toBe('BLEU');
    expect(metricLabel('Exact match', 'en')).toBe('Exact match');
  });
});
