/**
 * References between datasets, checked once at build (and by the extractor before it writes):
 * model ids point at models.json, chart ids and figure numbers at figures.json, BibTeX keys at
 * references.json. Each problem is reported as "file: $.json.path: reason", like schema errors.
 */
import { DATASETS, type DatasetKey, type Datasets } from './datasets.ts';
import { jsonPath } from './json-path.ts';

/** The ids other datasets may point at, collected from the datasets that own them. */
interface KnownIds {
  models: ReadonlySet<string>;
  charts: ReadonlySet<string>;
  /** Chart ids per figure number. */
  figures: ReadonlyMap<number, ReadonlySet<string>>;
  references: ReadonlySet<string>;
}

/** The ids the figures, models and references datasets define. */
function knownIds(d: Pick<Datasets, 'figures' | 'models' | 'references'>): KnownIds {
  const figures = new Map(
    d.figures.figures.map((f) => [f.figure, new Set(f.panels.map((p) => p.chartId))] as const),
  );
  return {
    models: new Set(d.models.models.map((m) => m.id)),
    charts: new Set([...figures.values()].flatMap((s) => [...s])),
    figures,
    references: new Set(d.references.references.map((r) => r.id)),
  };
}

/** Where a dataset was read from, for messages (a test build may read fixtures instead of content/data). */
export type FileOf = (key: DatasetKey) => string;

const committedFile: FileOf = (key) => DATASETS[key].file;

/** Collects issues for one dataset file. */
function issueList(file: string) {
  const lines: string[] = [];
  return {
    lines,
    /** Records an issue when `ok` is false. */
    expect(ok: boolean, path: readonly PropertyKey[], message: string): void {
      if (!ok) lines.push(`${file}: ${jsonPath(path)}: ${message}`);
    },
  };
}

/** Every point's model id exists in models.json. */
export function figureModelIssues(
  figures: Datasets['figures'],
  modelIds: ReadonlySet<string>,
  file = committedFile('figures'),
): string[] {
  const out = issueList(file);
  figures.figures.forEach((f, fi) =>
    f.panels.forEach((p, pi) =>
      p.series.forEach((s, si) =>
        s.points.forEach((q, qi) =>
          out.expect(
            q.model === undefined || modelIds.has(q.model),
            ['figures', fi, 'panels', pi, 'series', si, 'points', qi, 'model'],
            `unknown model id "${q.model}"`,
          ),
        ),
      ),
    ),
  );
  return out.lines;
}

/** Every cross-reference issue of a full set of datasets, one line each (empty when all resolve). */
export function crossReferenceIssues(d: Datasets, fileOf: FileOf = committedFile): string[] {
  const ids = knownIds(d);
  const chart = (id: string) => `unknown chart id "${id}" (not a panel of figures.json)`;

  const models = issueList(fileOf('models'));
  d.models.models.forEach((m, mi) =>
    (['flopsSources', 'paramsSources'] as const).forEach((field) =>
      m[field].forEach((src, si) =>
        src.chartIds.forEach((c, ci) =>
          models.expect(ids.charts.has(c), ['models', mi, field, si, 'chartIds', ci], chart(c)),
        ),
      ),
    ),
  );

  const abilities = issueList(fileOf('abilities'));
  d.abilities.abilities.forEach((a, ai) => {
    a.chartIds.forEach((c, ci) =>
      abilities.expect(ids.charts.has(c), ['abilities', ai, 'chartIds', ci], chart(c)),
    );
    a.referenceKeys.forEach((k, ki) =>
      abilities.expect(
        ids.references.has(k),
        ['abilities', ai, 'referenceKeys', ki],
        `unknown reference "${k}" (not an id of references.json)`,
      ),
    );
  });

  const notes = issueList(fileOf('dataNotes'));
  d.dataNotes.notes.forEach((n, ni) => {
    n.chartIds.forEach((c, ci) =>
      notes.expect(ids.charts.has(c), ['notes', ni, 'chartIds', ci], chart(c)),
    );
    notes.expect(
      n.model === undefined || ids.models.has(n.model),
      ['notes', ni, 'model'],
      `unknown model id "${n.model}"`,
    );
  });

  const captions = issueList(fileOf('captions'));
  d.captions.figures.forEach((c, fi) => {
    const panels = ids.figures.get(c.figure);
    captions.expect(
      panels !== undefined,
      ['figures', fi, 'figure'],
      `no Figure ${c.figure} in figures.json`,
    );
    for (const id of Object.keys(c.panels))
      captions.expect(
        panels?.has(id) ?? true,
        ['figures', fi, 'panels', id],
        `chart id "${id}" is not a panel of Figure ${c.figure}`,
      );
  });

  const references = issueList(fileOf('references'));
  d.references.references.forEach((r, ri) =>
    r.citedBy.forEach((tag, ti) => {
      const fig = /^fig(\d+)$/.exec(tag);
      references.expect(
        !fig || ids.figures.has(Number(fig[1])),
        ['references', ri, 'citedBy', ti],
        `no Figure ${fig?.[1]} in figures.json`,
      );
    }),
  );

  return [
    ...figureModelIssues(d.figures, ids.models, fileOf('figures')),
    ...models.lines,
    ...abilities.lines,
    ...notes.lines,
    ...captions.lines,
    ...references.lines,
  ];
}

/** Throws one Error listing every cross-reference issue, one per line. */
export function checkCrossReferences(d: Datasets, fileOf: FileOf = committedFile): void {
  const issues = crossReferenceIssues(d, fileOf);
  if (issues.length) throw new Error(issues.join('\n'));
}
