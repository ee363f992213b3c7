import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { crossReferenceIssues } from '../../../src/lib/data/cross-references';
import { DATASETS, DATASET_KEYS, type Datasets } from '../../../src/lib/data/datasets';
import { validateDataset } from '../../../src/lib/data/validate';
import { checkOutput } from '../../../scripts/extract/check-output';

/** The committed datasets, each validated by its schema. */
function committed(): Datasets {
  return Object.fromEntries(
    DATASET_KEYS.map((k) => [
      k,
      validateDataset(
        DATASETS[k].file,
        DATASETS[k].schema as never,
        JSON.parse(readFileSync(DATASETS[k].file, 'utf8')),
      ),
    ]),
  ) as unknown as Datasets;
}

describe('references between datasets', () => {
  it('all resolve in the committed data', () => {
    expect(crossReferenceIssues(committed())).toEqual([]);
  });

  it('names the file and JSON path of each reference that points nowhere', () => {
    const d = committed();
    const point = d.figures.figures[0]!.panels[0]!.series[0]!.points[0]!;
    point.model = 'gpt-3-999b';
    d.models.models[0]!.flopsSources[0]!.chartIds[0] = 'fig99z';
    d.abilities.abilities[2]!.referenceKeys[0] = 'nobody2099';
    d.abilities.abilities[3]!.chartIds = ['fig2z'];
    d.dataNotes.notes[1]!.chartIds = ['fig98'];
    d.dataNotes.notes[1]!.model = 'palm-1t';
    d.captions.figures[0]!.panels['fig3a'] = { en: 'x', zh: '图' };
    d.references.references[0]!.citedBy = ['fig42'];
    expect(crossReferenceIssues(d)).toEqual([
      'content/data/figures.json: $.figures[0].panels[0].series[0].points[0].model: unknown model id "gpt-3-999b"',
      'content/data/models.json: $.models[0].flopsSources[0].chartIds[0]: unknown chart id "fig99z" (not a panel of figures.json)',
      'content/data/emergent-abilities.json: $.abilities[2].referenceKeys[0]: unknown reference "nobody2099" (not an id of references.json)',
      'content/data/emergent-abilities.json: $.abilities[3].chartIds[0]: unknown chart id "fig2z" (not a panel of figures.json)',
      'content/data/data-notes.json: $.notes[1].chartIds[0]: unknown chart id "fig98" (not a panel of figures.json)',
      'content/data/data-notes.json: $.notes[1].model: unknown model id "palm-1t"',
      'content/data/figure-captions.json: $.figures[0].panels.fig3a: chart id "fig3a" is not a panel of Figure 2',
      'content/data/references.json: $.references[0].citedBy[0]: no Figure 42 in figures.json',
    ]);
  });
});

describe("the extractor's check before writing", () => {
  const asOutput = (d: Datasets) => ({
    'figures.json': d.figures,
    'models.json': d.models,
    'data-notes.json': d.dataNotes,
  });

  it('passes the committed data', async () => {
    await expect(checkOutput(asOutput(committed()), '.')).resolves.toBeDefined();
  });

  it('rejects an output that breaks its schema, naming file and path', async () => {
    const d = committed();
    (d.figures.figures[1]!.panels[2]!.series[0] as { family: string }).family = 'GPT-4';
    await expect(checkOutput(asOutput(d), '.')).rejects.toThrow(
      'content/data/figures.json: $.figures[1].panels[2].series[0].family: ',
    );
  });

  it('rejects an output whose references point nowhere', async () => {
    const d = committed();
    d.dataNotes.notes[0]!.model = 'lamda-9000b';
    await expect(checkOutput(asOutput(d), '.')).rejects.toThrow(
      'content/data/data-notes.json: $.notes[0].model: unknown model id "lamda-9000b"',
    );
  });

  it('rejects an output file no schema describes', async () => {
    await expect(checkOutput({ 'scratch.json': {} }, '.')).rejects.toThrow(
      'No schema for output file(s) scratch.json',
    );
  });
});
