import type { ModelSpec } from '../chart/types';

/** Quotes a CSV field when it holds a comma, quote or newline (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Joins rows into CSV text with CRLF line ends, as RFC 4180 and spreadsheet programs expect. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The fields of a panel a CSV export reads (a subset of figures.json). */
export interface CsvPanel {
  chartId: string;
  panel: string;
  title: string;
  x: { label: string };
  y: { label: string };
  series: {
    name: string;
    family?: string | undefined;
    points: {
      x: number;
      y: number;
      model?: string | undefined;
      pdf?: [number, number] | number[] | undefined;
    }[];
  }[];
  bars?: { categories: string[]; stacks: { name: string; counts: number[] }[] } | undefined;
}

/** A panel's data as CSV, one row per point, with the provenance of every value. */
export function panelCsv(
  panel: CsvPanel,
  figure: number,
  page: number,
  models: ReadonlyMap<string, ModelSpec>,
): string {
  const source = `Wei et al. 2022, arXiv 2206.07682v2, Figure ${figure}, PDF page ${page}`;
  if (panel.bars) {
    const rows: (string | number)[][] = [
      ['chart_id', 'figure', 'panel', 'category', 'stack', 'count', 'source'],
    ];
    panel.bars.categories.forEach((category, ci) => {
      for (const stack of panel.bars!.stacks)
        rows.push([
          panel.chartId,
          figure,
          panel.panel,
          category,
          stack.name,
          stack.counts[ci] ?? 0,
          source,
        ]);
    });
    return toCsv(rows);
  }
  const rows: (string | number | null)[][] = [
    [
      'chart_id',
      'figure',
      'panel',
      'panel_title',
      'series',
      'family',
      'model_id',
      'model',
      'params',
      'x_label',
      'x',
      'y_label',
      'y',
      'pdf_page',
      'pdf_x',
      'pdf_y',
      'source',
    ],
  ];
  for (const s of panel.series) {
    for (const p of s.points) {
      const m = p.model ? models.get(p.model) : undefined;
      rows.push([
        panel.chartId,
        figure,
        panel.panel,
        panel.title,
        s.name,
        s.family ?? '',
        p.model ?? '',
        m?.name ?? '',
        m?.params ?? null,
        panel.x.label,
        p.x,
        panel.y.label,
        p.y,
        page,
        p.pdf?.[0] ?? null,
        p.pdf?.[1] ?? null,
        source,
      ]);
    }
  }
  return toCsv(rows);
}
