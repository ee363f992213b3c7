import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, useStoredTheme } from './helpers';

/** Words the two explainer interactions show, per page language. */
const WORDS = {
  en: {
    prefix: './',
    family: 'Model family',
    cutoff: 'Fit on models up to',
    fit: 'Fit trend',
    guess: 'Your guess for the largest model',
    reveal: 'Reveal',
    reset: 'Start over',
    hidden: 'GPT-3 models larger than GPT-3 6.7B are hidden.',
    fitted: /Extended to GPT-3 175B, the trend predicts [\d.]+%/,
    revealed:
      /^At GPT-3 175B, you guessed 20%, the trend predicted [\d.]+%; the model scored 33%\.$/,
    all: 'All metrics',
    exactMatch: 'Exact match',
    missing: /Sequence F1 is not reported for IPA transliterate/,
  },
  zh: {
    prefix: './zh/',
    family: '模型家族',
    cutoff: '拟合所用模型（截至）',
    fit: '拟合趋势',
    guess: '你对最大模型得分的猜测',
    reveal: '揭晓',
    reset: '重新开始',
    hidden: '比 GPT-3 6.7B 更大的 GPT-3 模型已隐藏。',
    fitted: /延伸到 GPT-3 175B，趋势预测的得分为 [\d.]+%/,
    revealed: /^在 GPT-3 175B 处，你猜 20%，趋势预测 [\d.]+%；模型实际得分 33%。$/,
    all: '全部指标',
    exactMatch: '精确匹配（Exact match）',
    missing: /IPA transliterate.*没有报告 序列 F1（Sequence F1）/,
  },
} as const;

const FIG7 = { fig7a: 7, fig7b: 6, fig7c: 8 } as const;

/** The large-layout SVG of one Figure 7 chart inside the metric switch. */
function fig7Svg(page: Page, id: string) {
  return page.locator(
    `metric-switch emergence-chart[data-chart-id="${id}"] .chart-layout[data-layout="large"]`,
  );
}

for (const lang of ['en', 'zh'] as const) {
  const w = WORDS[lang];

  test(`predict-reveal (${lang}): the larger models stay hidden until a guess is committed`, async ({
    page,
  }) => {
    await page.goto(`${w.prefix}paper/few-shot-prompting/`);
    const widget = page.locator('predict-reveal');
    await expect(widget.locator('.predict-nojs')).toBeHidden();
    const large = widget.locator('.chart-layout[data-layout="large"]');
    // With JavaScript the exercise starts with the models above the default cut-off left out.
    await expect(widget.locator('.predict-result')).toContainText(w.hidden);
    await expect(large.locator('g.pt[data-model="gpt-3-175b"]')).toHaveCount(0);
    await expect(large.locator('g.pt[data-model="gpt-3-13b"]')).toHaveCount(0);
    await expect(large.locator('g.pt[data-model="lamda-137b"]')).toHaveCount(0);
    await expect(large.locator('g.pt[data-model="gpt-3-6.7b"]')).toHaveCount(1);
    await expect(widget.getByRole('button', { name: w.reveal })).toBeDisabled();

    await widget.getByLabel(w.family).selectOption('GPT-3');
    await widget.getByLabel(w.cutoff).selectOption('gpt-3-2.7b');
    const trend = large.locator('g.series[data-series*="GPT-3 2.7B"] path.line');
    await expect(large.locator('g.series[data-series="GPT-3"] g.pt')).toHaveCount(5);
    await expect(trend).toHaveCount(0);
    await expect(widget.getByRole('button', { name: w.reveal })).toBeDisabled();

    await widget.getByRole('button', { name: w.fit }).click();
    await expect(trend).toHaveAttribute('stroke-dasharray', '6 4');
    await expect(trend).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
    await expect(large.locator('g.series[data-series="GPT-3"] g.pt')).toHaveCount(5);
    await expect(large.locator('g.pt[data-model="gpt-3-175b"]')).toHaveCount(0);
    const result = widget.locator('.predict-result');
    await expect(result).toHaveAttribute('aria-live', 'polite');
    await expect(result).toContainText(w.fitted);
    // Fitting the trend is not a guess: the answer stays hidden until the reader types one.
    await expect(widget.getByRole('button', { name: w.reveal })).toBeDisabled();
    await widget.getByLabel(w.guess).fill('20');

    await widget.getByRole('button', { name: w.reveal }).click();
    await expect(large.locator('g.pt[data-model="gpt-3-175b"]')).toHaveCount(1);
    await expect(large.locator('g.pt.hl[data-model="gpt-3-175b"]')).toHaveCount(1);
    await expect(large.locator('g.series[data-series="GPT-3"] g.pt')).toHaveCount(8);
    await expect(trend).toHaveCount(1);
    await expect(result).toHaveText(w.revealed);

    await widget.getByRole('button', { name: w.reset }).click();
    await expect(large.locator('g.series[data-series*="GPT-3 2.7B"]')).toHaveCount(0);
    await expect(large.locator('g.series[data-series="GPT-3"] g.pt')).toHaveCount(5);
    await expect(large.locator('g.pt[data-model="gpt-3-175b"]')).toHaveCount(0);
  });

  test(`metric switch (${lang}): one metric at a time across Figure 7, "All metrics" restores them`, async ({
    page,
  }) => {
    await page.goto(`${w.prefix}paper/is-emergence-a-mirage/`);
    const sw = page.locator('metric-switch');
    await expect(sw.locator('.metric-nojs')).toBeHidden();

    await sw.getByRole('radio', { name: w.exactMatch }).check();
    for (const id of Object.keys(FIG7)) {
      const shown = fig7Svg(page, id).locator('g.series:not([display="none"])');
      await expect(shown).toHaveCount(1);
      await expect(shown).toHaveAttribute('data-series', 'Exact match');
    }

    await sw.getByRole('radio', { name: 'BLEURT', exact: true }).check();
    for (const id of Object.keys(FIG7)) {
      const shown = fig7Svg(page, id).locator('g.series:not([display="none"])');
      await expect(shown).toHaveCount(1);
      await expect(shown).toHaveAttribute('data-series', 'BLEURT');
      await expect(
        sw.locator(
          `emergence-chart[data-chart-id="${id}"] button.legend-item[data-series="BLEURT"]`,
        ),
      ).toHaveAttribute('aria-pressed', 'true');
    }

    // A metric one panel lacks: that panel is empty and the live region says so.
    await sw.getByRole('radio', { name: /Sequence F1/ }).check();
    await expect(fig7Svg(page, 'fig7b').locator('g.series:not([display="none"])')).toHaveCount(0);
    await expect(fig7Svg(page, 'fig7a').locator('g.series:not([display="none"])')).toHaveAttribute(
      'data-series',
      'Sequence F1',
    );
    await expect(sw.locator('.metric-status')).toContainText(w.missing);

    await sw.getByRole('radio', { name: w.all }).check();
    for (const [id, n] of Object.entries(FIG7)) {
      await expect(fig7Svg(page, id).locator('g.series:not([display="none"])')).toHaveCount(n);
    }
  });
}

test('predict-reveal works from the keyboard and keeps focus on a live control', async ({
  page,
}) => {
  await page.goto('./paper/few-shot-prompting/');
  const widget = page.locator('predict-reveal');
  await widget.getByLabel('Model family').focus();
  await page.keyboard.press('Tab');
  await expect(widget.getByLabel('Fit on models up to')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(widget.getByLabel('Your guess for the largest model')).toBeFocused();
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Fit trend' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The hidden state's message names GPT-3 175B too: wait for the fitted state itself.
  await expect(widget).toHaveAttribute('data-phase', 'fitted');
  await expect(widget.locator('.predict-result')).toContainText('GPT-3 175B');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Reveal' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.locator('.predict-result')).toContainText('the model scored 33%');
  // Reveal disables itself; focus moves on instead of falling back to the page.
  await expect(widget.getByRole('button', { name: 'Start over' })).toBeFocused();
});

test('choosing another family lists its own models as cut-offs', async ({ page }) => {
  await page.goto('./paper/few-shot-prompting/');
  const widget = page.locator('predict-reveal');
  await widget.getByLabel('Model family').selectOption('LaMDA');
  const options = await widget
    .getByLabel('Fit on models up to')
    .locator('option')
    .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  expect(options.every((v) => v.startsWith('lamda-'))).toBe(true);
  expect(options).not.toContain('lamda-137b');
  // Every LaMDA model Figure 2A draws, smallest first, except the largest (the one to predict).
  type Panel = {
    chartId: string;
    series: { family?: string; points: { x: number; model?: string }[] }[];
  };
  const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as {
    figures: { panels: Panel[] }[];
  };
  const lamda = figures.figures
    .flatMap((f) => f.panels)
    .find((p) => p.chartId === 'fig2a')!
    .series.find((s) => s.family === 'LaMDA')!;
  const expected = [...lamda.points]
    .sort((a, b) => a.x - b.x)
    .map((p) => p.model)
    .slice(0, -1);
  expect(expected.length).toBeGreaterThan(2);
  expect(options).toEqual(expected);
  await expect(widget.getByLabel('Fit on models up to')).toHaveValue('lamda-29b');
});

test('legend toggles inside a Figure 7 chart are reflected in the metric switch', async ({
  page,
}) => {
  await page.goto('./paper/is-emergence-a-mirage/');
  const sw = page.locator('metric-switch');
  await sw.getByRole('radio', { name: 'BLEU', exact: true }).check();
  await sw
    .locator('emergence-chart[data-chart-id="fig7a"] button.legend-item[data-series="ROUGE1"]')
    .click();
  for (const radio of await sw.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await sw
    .locator('emergence-chart[data-chart-id="fig7a"] button.legend-item[data-series="ROUGE1"]')
    .click();
  await expect(sw.getByRole('radio', { name: 'BLEU', exact: true })).toBeChecked();
});

test('without JavaScript both interactions show the full data and say the controls need JavaScript', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('./paper/few-shot-prompting/');
  const widget = page.locator('predict-reveal');
  await expect(widget.locator('.predict-nojs')).toBeVisible();
  await expect(widget.locator('.predict-nojs')).toContainText(
    'full data, the larger models included',
  );
  await expect(widget.locator('form.predict-controls')).toBeHidden();
  await expect(
    widget.locator('.chart-layout[data-layout="large"] g.pt[data-model="gpt-3-175b"]'),
  ).toHaveCount(1);
  await expect(
    widget.locator('.chart-layout[data-layout="large"] g.pt[data-model="lamda-137b"]'),
  ).toHaveCount(1);
  await page.goto('./paper/is-emergence-a-mirage/');
  await expect(page.locator('metric-switch .metric-nojs')).toBeVisible();
  await expect(page.locator('metric-switch fieldset.metric-picker')).toBeHidden();
  for (const [id, n] of Object.entries(FIG7)) {
    await expect(fig7Svg(page, id).locator('g.series:not([display="none"])')).toHaveCount(n);
  }
  await context.close();
});

// Axe on these long, chart-heavy pages takes several seconds per run: one test per page and state.
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    const w = WORDS[lang];
    test(`axe: predict-reveal page before and after reveal (${lang}, ${theme})`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await useStoredTheme(page, theme);
      await page.goto(`${w.prefix}paper/few-shot-prompting/`);
      await expectNoAxeViolations(page);
      const widget = page.locator('predict-reveal');
      await widget.getByRole('button', { name: w.fit }).click();
      await widget.getByLabel(w.guess).fill('20');
      await widget.getByRole('button', { name: w.reveal }).click();
      await expect(widget.locator('.predict-result')).toHaveText(w.revealed);
      await expectNoAxeViolations(page);
    });
    test(`axe: metric switch page with one metric chosen (${lang}, ${theme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await useStoredTheme(page, theme);
      await page.goto(`${w.prefix}paper/is-emergence-a-mirage/`);
      await page
        .locator('metric-switch')
        .getByRole('radio', { name: 'BLEURT', exact: true })
        .check();
      await expect(fig7Svg(page, 'fig7a').locator('g.series:not([display="none"])')).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }
}
