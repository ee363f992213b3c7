import type { ModelSpec, PanelSpec } from './types';
import { formatParamCount, formatScientific, formatValue } from '../format/number';
import { localizeAxisTitle } from '../i18n/chart-strings';
import { chartStrings, controlStrings } from '../i18n/namespaces';
import type { Lang } from '../i18n/ui';
import { nativeXQuantity } from './view';

/** One table cell: the text shown and the raw value sorting uses. */
export interface CellModel {
  text: string;
  value: string | number;
  numeric: boolean;
}

/** A data table for a panel: headers and rows, each row tagged with its series. */
export interface TableModel {
  headers: { text: string; numeric: boolean }[];
  rows: { series: string; cells: CellModel[] }[];
}

const num = (value: number, text: string): CellModel => ({ text, value, numeric: true });
const txt = (text: string): CellModel => ({ text, value: text, numeric: false });

/** The data table of a panel: one row per point (or per bar segment), with the model's scale. */
export function buildTableModel(
  panel: PanelSpec,
  models: ReadonlyMap<string, ModelSpec>,
  lang: Lang,
): TableModel {
  const c = controlStrings(lang);
  const s = chartStrings(lang);
  if (panel.bars) {
    return {
      headers: [
        { text: localizeAxisTitle(panel.x.label || 'Keyword', lang), numeric: false },
        ...panel.bars.stacks.map((st) => ({ text: st.name, numeric: true })),
      ],
      rows: panel.bars.categories.map((category, ci) => ({
        series: '',
        cells: [
          txt(category),
          ...panel.bars!.stacks.map((st) => num(st.counts[ci] ?? 0, String(st.counts[ci] ?? 0))),
        ],
      })),
    };
  }
  const hasModels = panel.series.some((sr) => sr.points.some((p) => p.model));
  const headers = [
    { text: c.series, numeric: false },
    ...(hasModels
      ? [
          { text: c.model, numeric: false },
          { text: s.params, numeric: true },
        ]
      : []),
    // Figure 7 prints no x-axis title; its axis is training FLOPs (see nativeXQuantity).
    {
      text: panel.x.label
        ? localizeAxisTitle(panel.x.label, lang)
        : nativeXQuantity(panel) === 'flops'
          ? s.xFlopsTitle
          : 'x',
      numeric: true,
    },
    { text: localizeAxisTitle(panel.y.label, lang), numeric: true },
  ];
  const rows = panel.series.flatMap((sr) =>
    sr.points.map((p) => {
      const model = p.model ? models.get(p.model) : undefined;
      const params = model?.params ?? null;
      const xText = panel.x.scale === 'log' ? formatScientific(p.x, 3) : formatValue(p.x);
      return {
        series: sr.name,
        cells: [
          txt(sr.name),
          ...(hasModels
            ? [
                txt(model?.name ?? '—'),
                params !== null ? num(params, formatParamCount(params, lang)) : num(-1, '—'),
              ]
            : []),
          num(p.x, xText),
          num(p.y, formatValue(p.y)),
        ],
      };
    }),
  );
  return { headers, rows };
}
