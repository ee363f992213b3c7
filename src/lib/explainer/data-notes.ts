/** Data notes (content/data/data-notes.json) grouped by kind, with values and gaps formatted for reading. */
import type { DataNotes } from '../data/data-notes-schema';
import { formatScientific, formatValue } from '../format/number';

/** One note. */
export type DataNote = DataNotes['notes'][number];

/** Kinds in the order the page lists them; kinds not named here follow, alphabetically. */
export const NOTE_KIND_ORDER: readonly string[] = [
  'flops-mismatch',
  'reference-mismatch',
  'value-differs',
  'model-x-differs',
  'model-missing',
  'model-unmatched',
  'tick-off-position',
  'axis-scale-differs',
];

/** Notes grouped by kind, kinds in NOTE_KIND_ORDER then alphabetical, notes in file order. */
export function groupNotes(notes: readonly DataNote[]): { kind: string; notes: DataNote[] }[] {
  const byKind = new Map<string, DataNote[]>();
  for (const note of notes) byKind.set(note.kind, [...(byKind.get(note.kind) ?? []), note]);
  const rank = (kind: string): number => {
    const i = NOTE_KIND_ORDER.indexOf(kind);
    return i === -1 ? NOTE_KIND_ORDER.length : i;
  };
  return [...byKind.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((kind) => ({ kind, notes: byKind.get(kind) ?? [] }));
}

/** A note value for people: large magnitudes in scientific notation with three digits, text as is. */
export function formatNoteValue(value: number | string): string {
  if (typeof value === 'string') return value;
  if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3))
    return formatScientific(value, 3);
  return formatValue(value);
}

/** A relative gap as a percentage with two significant digits ("9.2%", "0.05%"). */
export function formatRelativeGap(relative: number): string {
  return `${Number((relative * 100).toPrecision(2))}%`;
}
