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

/** Rules that give the few fixed phrasings of the notes' value labels and sources in Chinese. */
const NOTE_TEXT_ZH: [RegExp, string][] = [
  [/^not drawn in (.+)$/, '$1 中未画出'],
  [/^label$/, '刻度标签'],
  [/^value at the drawn tick$/, '刻度实际所在位置的值'],
  [/^Table 1$/, '表 1'],
  [/^Figure (\d+[A-Z]?)$/, '图 $1'],
  [/^Figure \((fig[\w-]+)\)$/, '图（$1）'],
  [/^Figure (\d+) "([^"]+)" row, (\S+) largest$/, '图 $1“$2”行，$3 最大模型'],
  [/^Figure (\d+) "([^"]+)", largest$/, '图 $1“$2”，最大模型'],
  [/^PDF vector drawings \(x positions of the points\)$/, 'PDF 矢量图（各点的 x 位置）'],
  [/^PDF vector drawings$/, 'PDF 矢量图'],
  [
    /^PDF page (\d+), Figure (\d+) \(models identified by the join in models\.json\)$/,
    'PDF 第 $1 页，图 $2（模型由 models.json 中的匹配确定）',
  ],
  [/^PDF page (\d+), Figure (\d+)$/, 'PDF 第 $1 页，图 $2'],
  [
    /^PDF pages (\d+)-(\d+): Figure (\d+), Figure (\d+) and its caption, Appendix B text$/,
    'PDF 第 $1–$2 页：图 $3、图 $4 及其图注、附录 B 正文',
  ],
];

/**
 * A note's value label or source in the page's language: the extraction script writes them in
 * English; the few fixed phrasings have Chinese forms. Chart ids, citations ("Wei et al. 2022b,
 * Table 2") and anything else stay as written, and `translated` says which it was.
 */
export function noteText(text: string, lang: 'en' | 'zh'): { text: string; translated: boolean } {
  if (lang === 'zh') {
    for (const [pattern, zh] of NOTE_TEXT_ZH)
      if (pattern.test(text)) return { text: text.replace(pattern, zh), translated: true };
  }
  return { text, translated: false };
}
