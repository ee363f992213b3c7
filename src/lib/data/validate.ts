/** Validate datasets with zod and report every issue as "file: $.json.path: reason". */
import type { z } from 'zod';
import type { FiguresData } from './figures-schema.ts';
import type { ModelsData } from './models-schema.ts';

/** Format a zod path as $.a[0].b. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
}

/** Parse `json` with `schema`; throw one Error listing every issue, one per line. */
export function validateDataset<T>(file: string, schema: z.ZodType<T>, json: unknown): T {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `${file}: ${jsonPath(i.path)}: ${i.message}`);
  throw new Error(lines.join('\n'));
}

/** Cross-file rule: every point's model id exists in models.json. Throws listing every missing id. */
export function checkFigures(
  figures: FiguresData,
  models: ModelsData,
  file = 'content/data/figures.json',
): void {
  const ids = new Set(models.models.map((m) => m.id));
  const lines: string[] = [];
  figures.figures.forEach((f, fi) =>
    f.panels.forEach((p, pi) =>
      p.series.forEach((s, si) =>
        s.points.forEach((q, qi) => {
          if (q.model !== undefined && !ids.has(q.model))
            lines.push(
              `${file}: $.figures[${fi}].panels[${pi}].series[${si}].points[${qi}].model: unknown model id "${q.model}"`,
            );
        }),
      ),
    ),
  );
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
