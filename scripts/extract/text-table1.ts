/**
 * Table 1 (page 6): emergent abilities with the scale at which they emerge.
 *
 * The table is a LaTeX tabular: each row is one baseline carrying the ability (left column) and
 * centred cells under "Train. FLOPs", "Params." and "Model", then a left-aligned "Reference".
 * Column positions come from the header line, so nothing here depends on absolute coordinates.
 * Rows 2, 5 and 6 print no model/reference: the authors leave the cell blank to mean "as above";
 * we fill those from the row above and record it in `filledFromRow` instead of hiding it.
 */
import type { PdfLink, TextItem, TextLine } from './text-layer.ts';
import { groupLines, linksIn } from './text-layer.ts';
import { kebab } from './text-util.ts';

/** One Table 1 row as printed (strings), plus where blank cells were filled from. */
export interface Table1Row {
  /** 1-based row number over the whole table (section headers not counted). */
  row: number;
  /** Section: "Few-shot prompting abilities" → few-shot, "Augmented prompting abilities" → augmented. */
  kind: 'few-shot' | 'augmented';
  /** Ability text as printed. */
  ability: string;
  /** "Train. FLOPs" cell as printed (e.g. "2.3E+22", or "Many"). */
  flops: string;
  /** "Params." cell as printed (e.g. "13B"). */
  params: string;
  /** "Model" cell, printed or filled from the row above. */
  model: string;
  /** "Reference" cell, printed or filled from the row above. */
  reference: string;
  /** BibTeX keys of the citation links in the reference cell (from the PDF's link annotations). */
  referenceKeys: string[];
  /** Set when model and reference were blank in the PDF and were taken from this earlier row. */
  filledFromRow?: number;
}

type Col = 'flops' | 'params' | 'model' | 'reference';

/** Parse Table 1 from one page's text items and links. Throws if the header is not found. */
export function parseTable1(
  items: readonly TextItem[],
  links: readonly PdfLink[],
  page: number,
): Table1Row[] {
  const lines = groupLines(items);
  const hi = lines.findIndex((l) => /Train\. FLOPs/.test(l.text) && /Reference/.test(l.text));
  const header = lines[hi];
  if (!header) throw new Error('Table 1: header line "Train. FLOPs … Reference" not found');
  const centre = (re: RegExp): number => {
    const it = header.items.find((i) => re.test(i.str));
    if (!it) throw new Error(`Table 1: header cell ${String(re)} not found`);
    return it.x + it.w / 2;
  };
  const refItem = header.items.find((i) => /Reference/.test(i.str));
  const flopsItem = header.items.find((i) => /FLOPs/.test(i.str));
  if (!refItem || !flopsItem) throw new Error('Table 1: header cells missing');
  const centres: Array<[Col, number]> = [
    ['flops', centre(/FLOPs/)],
    ['params', centre(/Params/)],
    ['model', centre(/^Model$/)],
  ];
  const refX = refItem.x;
  // Anything left of the FLOPs header (with a margin for wide centred values) is ability text.
  const abilityMaxX = flopsItem.x - 15;

  const rows: Table1Row[] = [];
  let kind: Table1Row['kind'] | undefined;
  let prevY = header.y;
  for (const line of lines.slice(hi + 1)) {
    if (line.text.length <= 1) continue; // bullet glyphs sit on their own baseline
    if (prevY - line.y > 25) break; // the table ends where the running text begins
    prevY = line.y;
    const words = line.items.filter((i) => i.str.trim() !== '');
    const inTable = words.some((i) => i.x > abilityMaxX);
    if (!inTable) {
      if (/few-shot/i.test(line.text)) kind = 'few-shot';
      else if (/augmented/i.test(line.text)) kind = 'augmented';
      else break;
      continue;
    }
    if (!kind) throw new Error(`Table 1: row before any section header: ${line.text}`);
    const cells: Record<Col | 'ability', string[]> = {
      ability: [],
      flops: [],
      params: [],
      model: [],
      reference: [],
    };
    for (const w of words) {
      if (w.x < abilityMaxX) cells.ability.push(w.str);
      else if (w.x >= refX - 3) cells.reference.push(w.str);
      else {
        const c = w.x + w.w / 2;
        const best = centres.reduce((a, b) => (Math.abs(b[1] - c) < Math.abs(a[1] - c) ? b : a));
        cells[best[0]].push(w.str);
      }
    }
    const j = (xs: string[]): string => xs.join(' ').replace(/\s+/g, ' ').trim();
    const keys = linksIn(links, page, line.y - 4, line.y + 8, refX - 3)
      .map((l) => l.dest.replace(/^cite\./, ''))
      .filter((k, i, a) => a.indexOf(k) === i);
    const row: Table1Row = {
      row: rows.length + 1,
      kind,
      ability: j(cells.ability),
      flops: j(cells.flops),
      params: j(cells.params),
      model: j(cells.model),
      reference: j(cells.reference),
      referenceKeys: keys,
    };
    if (row.model === '' && row.reference === '') {
      const prev = rows[rows.length - 1];
      if (!prev || prev.kind !== kind)
        throw new Error(`Table 1: blank model/reference with no row above: ${row.ability}`);
      row.model = prev.model;
      row.reference = prev.reference;
      row.referenceKeys = [...prev.referenceKeys];
      row.filledFromRow = prev.filledFromRow ?? prev.row;
    }
    rows.push(row);
  }
  return rows;
}

/** Stable kebab-case id for an ability ("MMLU Benchmark (57 topic avg.)" → "mmlu-benchmark-57-topic-avg"). */
export function abilityId(ability: string): string {
  return kebab(ability);
}

/** Find the page whose text contains Table 1's header (so a re-typeset PDF still works). */
export function findTable1Page(pages: readonly TextItem[][]): number {
  const i = pages.findIndex((items) => items.some((it) => /^Table 1:/.test(it.str)));
  if (i < 0) throw new Error('Table 1 caption not found');
  return i + 1;
}

export type { TextLine };
