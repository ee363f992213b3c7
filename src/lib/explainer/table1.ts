/**
 * Table 1 explorer logic shared by the build (row order, labels) and the island (sorting,
 * filtering): plain records in, plain records out.
 */
import { familyEntry } from '../data/families';
import type { Marker } from '../chart/types';
import { formatScientific, superscript } from '../format/number';

/** The fields of a Table 1 row the explorer sorts and filters on. */
export interface Table1Record {
  /** Row id. */
  id: string;
  /** Table section. */
  kind: 'few-shot' | 'augmented';
  /** Ability as printed. */
  ability: string;
  /** Emergence FLOPs, null for "Many". */
  flops: number | null;
  /** Emergence parameters, null for "Many". */
  params: number | null;
  /** Model as printed. */
  model: string;
  /** Reference as printed. */
  reference: string;
  /** Row number in the paper (the default order). */
  row: number;
}

/** Sortable columns. */
export type Table1SortKey = 'kind' | 'ability' | 'flops' | 'params' | 'model' | 'reference';

/** Every sortable column, in table order. */
export const TABLE1_SORT_KEYS: readonly Table1SortKey[] = [
  'kind',
  'ability',
  'flops',
  'params',
  'model',
  'reference',
];

/** Sort direction (the value of aria-sort). */
export type SortDirection = 'ascending' | 'descending';

/**
 * Rows sorted by a column. Missing numbers ("Many") go last in both directions, and ties keep the
 * paper's row order, so every order is fully determined.
 */
export function sortTable1<T extends Table1Record>(
  rows: readonly T[],
  key: Table1SortKey,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...rows].sort((a, b) => {
    const va = a[key];
    const vb = b[key];
    if (va === null || vb === null) {
      if (va === vb) return a.row - b.row;
      return va === null ? 1 : -1;
    }
    const cmp =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : collator.compare(String(va), String(vb));
    return cmp !== 0 ? sign * cmp : a.row - b.row;
  });
}

/** The explorer's filters; null means "any". */
export interface Table1Filter {
  /** Table section. */
  kind: 'few-shot' | 'augmented' | null;
  /** Model as printed. */
  model: string | null;
  /** Lowest power of ten of FLOPs to keep (FLOPs ≥ 10^min). */
  minExp: number | null;
  /** Highest power of ten of FLOPs to keep (FLOPs ≤ 10^max). */
  maxExp: number | null;
}

/** The filter that keeps every row. */
export const NO_FILTER: Table1Filter = { kind: null, model: null, minExp: null, maxExp: null };

/** Whether a row passes a filter; a FLOPs bound drops rows without a FLOPs number, which cannot be placed. */
export function matchesTable1(row: Table1Record, filter: Table1Filter): boolean {
  if (filter.kind !== null && row.kind !== filter.kind) return false;
  if (filter.model !== null && row.model !== filter.model) return false;
  if (filter.minExp !== null || filter.maxExp !== null) {
    if (row.flops === null) return false;
    if (filter.minExp !== null && row.flops < 10 ** filter.minExp) return false;
    if (filter.maxExp !== null && row.flops > 10 ** filter.maxExp) return false;
  }
  return true;
}

/** Distinct models in first-appearance order. */
export function table1Models(rows: readonly Pick<Table1Record, 'model'>[]): string[] {
  return [...new Set(rows.map((r) => r.model))];
}

/** The powers of ten that bracket the rows' FLOPs, for the minimum/maximum selects (19…25). */
export function table1FlopsExponents(rows: readonly Pick<Table1Record, 'flops'>[]): number[] {
  const logs = rows.flatMap((r) => (r.flops !== null && r.flops > 0 ? [Math.log10(r.flops)] : []));
  if (logs.length === 0) return [];
  const lo = Math.floor(Math.min(...logs));
  const hi = Math.ceil(Math.max(...logs));
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/**
 * Colour class and marker of a Table 1 model. The five plotted families and Anthropic reuse the
 * figures' colours; FLAN shares LaMDA's because the FLAN model in Table 1 is an instruction-tuned
 * LaMDA-PT (Wei et al. 2022a); the two models no figure draws get the spare categorical colours.
 */
export function table1ModelStyle(model: string): { colorClass: string; marker: Marker } {
  const family = familyEntry(model === 'FLAN' ? 'LaMDA' : model);
  if (family) return { colorClass: `c-${family.token}`, marker: family.marker };
  return model === 'T5'
    ? { colorClass: 'c-cat6', marker: 'plus' }
    : { colorClass: 'c-cat7', marker: 'cross' };
}

/**
 * A Table 1 FLOPs cell for reading, keeping the digits the paper prints: "5.0E+23" → "5.0 × 10²³"
 * (formatting the number would drop the ".0"); falls back to the value when the cell is not E-notation.
 */
export function formatPrintedFlops(printed: string, value: number | null): string | null {
  const m = /^(\d+(?:\.\d+)?)E\+?(-?\d+)$/i.exec(printed.trim());
  if (m) return `${m[1]} × 10${superscript(Number(m[2]))}`;
  return value === null ? null : formatScientific(value);
}
