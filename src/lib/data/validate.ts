/** Validate datasets with zod and report every issue as "file: $.json.path: reason". */
import type { z } from 'zod';
import type { FiguresData } from './figures-schema.ts';
import type { ModelsData } from './models-schema.ts';
import { figureModelIssues } from './cross-references.ts';
import { jsonPath } from './json-path.ts';

export { jsonPath };

/** Parse `json` with `schema`; throw one Error listing every issue, one per line. */
export function validateDataset<T>(file: string, schema: z.ZodType<T>, json: unknown): T {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `${file}: ${jsonPath(i.path)}: ${i.message}`);
  throw new Error(lines.join('\n'));
}

/** Cross-file rule: every point's model id exists in models.json. Throws listing every missing id. */
export function checkFigures(figures: FiguresData, models: ModelsData): void {
  const lines = figureModelIssues(figures, new Set(models.models.map((m) => m.id)));
  if (lines.length) throw new Error(lines.join('\n'));
}

/** Check that every chart id used by a page exists in figures.json. */
export function checkChartIds(
  ids: string[],
  figures: FiguresData,
  file = 'content/data/figures.json',
): void {
  const known = new Set(figures.figures.flatMap((f) => f.panels.map((p) => p.chartId)));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length)
    throw new Error(
      missing.map((id) => `${file}: chart id "${id}" is not in figures.json`).join('\n'),
    );
}
