import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { figuresSchema, type FiguresData } from '../../../src/lib/data/figures-schema.ts';
import { modelsSchema, type ModelsData } from '../../../src/lib/data/models-schema.ts';
import { validateDataset, checkFigures, checkChartIds } from '../../../src/lib/data/validate.ts';
import { glossaryFileSchema } from '../../../src/lib/data/glossary-schema.ts';
import { captionsFileSchema } from '../../../src/lib/data/captions-schema.ts';

const fx = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/data/${name}`, import.meta.url), 'utf8'));
const F = 'content/data/figures.json';
const M = 'content/data/models.json';
const P = '$.figures[0].panels[0].series[0]';

const fails = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected validation to fail');
};

describe('dataset validation', () => {
  it('accepts the valid fixtures', () => {
    const figs = validateDataset<FiguresData>(F, figuresSchema, fx('valid-figures.json'));
    const models = validateDataset<ModelsData>(M, modelsSchema, fx('valid-models.json'));
    expect(() => checkFigures(figs, models)).not.toThrow();
  });

  it('rejects a non-positive x on a log axis', () => {
    const msg = fails(() => validateDataset(F, figuresSchema, fx('broken-log-nonpositive.json')));
    expect(msg).toContain(`${F}: ${P}.points[1].x: `);
    expect(msg).toMatch(/log axis/);
  });

  it('rejects NaN on a log axis', () => {
    const bad = structuredClone(fx('valid-figures.json')) as FiguresData;
    bad.figures[0]!.panels[0]!.series[0]!.points[0]!.x = Number.NaN;
    const msg = fails(() => validateDataset(F, figuresSchema, bad));
    expect(msg).toContain(`${F}: ${P}.points[0].x: `);
  });

  it('rejects a point outside its axis range', () => {
    const msg = fails(() => validateDataset(F, figuresSchema, fx('broken-outside-domain.json')));
    expect(msg).toContain(`${F}: ${P}.points[0].y: `);
    expect(msg).toMatch(/outside the axis domain/);
  });

  it('rejects an unknown family', () => {
    const msg = fails(() => validateDataset(F, figuresSchema, fx('broken-unknown-family.json')));
    expect(msg).toContain(`${F}: ${P}.family: `);
  });

  it('rejects a point without provenance', () => {
    const msg = fails(() => validateDataset(F, figuresSchema, fx('broken-no-provenance.json')));
    expect(msg).toContain(`${F}: ${P}.points[1].pdf: `);
  });

  it('rejects a duplicate model id', () => {
    const msg = fails(() => validateDataset(M, modelsSchema, fx('broken-duplicate-model.json')));
    expect(msg).toContain(`${M}: $.models[1].id: duplicate model id "gpt-3-125m"`);
  });

  it('rejects a point whose model is not in models.json', () => {
    const figs = validateDataset<FiguresData>(F, figuresSchema, fx('broken-unknown-model.json'));
    const models = validateDataset<ModelsData>(M, modelsSchema, fx('valid-models.json'));
    const msg = fails(() => checkFigures(figs, models));
    expect(msg).toBe(`${F}: ${P}.points[1].model: unknown model id "gpt-3-999b"`);
  });

  it('rejects a chart id that names a missing figure panel', () => {
    const figs = validateDataset<FiguresData>(F, figuresSchema, fx('valid-figures.json'));
    const { charts } = fx('broken-chart-ids.json') as { charts: string[] };
    const msg = fails(() => checkChartIds(charts, figs));
    expect(msg).toContain(`${F}: chart id "fig99z"`);
    expect(msg).not.toContain('fig2a');
  });

  it('lists every issue, one per line', () => {
    const bad = structuredClone(fx('valid-figures.json')) as FiguresData;
    bad.figures[0]!.panels[0]!.series[0]!.points[0]!.x = -1;
    bad.figures[0]!.panels[0]!.series[0]!.points[1]!.y = 500;
    const lines = fails(() => validateDataset(F, figuresSchema, bad)).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith(`${F}: $.figures[0]`))).toBe(true);
  });

  it('rejects a glossary term id used twice, naming the first', () => {
    const term = {
      id: 'flops',
      en: { term: 'FLOPs', definition: 'x' },
      zh: { term: 'FLOPs', definition: '浮点运算' },
    };
    const msg = fails(() =>
      validateDataset('glossary.json', glossaryFileSchema, { terms: [term, { ...term }] }),
    );
    expect(msg).toBe(
      'glossary.json: $.terms[1].id: duplicate term id "flops" (first at $.terms[0])',
    );
  });

  it('rejects a Chinese caption that is not Chinese', () => {
    const entry = {
      figure: 2,
      en: { title: 'Eight abilities', caption: 'Each chart…' },
      zh: { title: 'Eight abilities', caption: '每张图…' },
      panels: { fig2a: { en: 'A', zh: 'A' } },
    };
    const lines = fails(() =>
      validateDataset('figure-captions.json', captionsFileSchema, { figures: [entry] }),
    ).split('\n');
    expect(lines).toEqual([
      'figure-captions.json: $.figures[0].zh.title: must be Chinese text',
      'figure-captions.json: $.figures[0].panels.fig2a.zh: must be Chinese text',
    ]);
  });
});
