/** Group text runs into printed labels (joining TeX superscripts as "^") and parse tick-label values. */
import type { TextRun } from './pdf-ops.ts';

/** A printed label: one line of text made of one or more runs. */
export interface Label {
  /** Text as printed; superscripts written as "^" + exponent ("10^18"). */
  text: string;
  /** Baseline start of the first run. */
  x: number;
  /** Baseline of the main (non-superscript) runs. */
  y: number;
  /** Total advance width including TeX's \scriptspace after a superscript. */
  width: number;
  /** Font size of the main runs. */
  size: number;
  /** Top of the ink box estimate (baseline + cap/digit height of the highest run). */
  top: number;
  /** Baseline angle in degrees. */
  angle: number;
  /** Fill colour of the first run. */
  color: string;
  /** Operator index of the first run. */
  index: number;
  /** BT…ET block the label came from (lines of one multi-line node share it). */
  block: number;
}

/** TeX adds \scriptspace (0.5pt) after every superscript box. */
export const SCRIPTSPACE = 0.5;
/** Height of digits in Computer Modern / Latin Modern, in em. */
const DIGIT_HEIGHT = 0.644444;

/** Join the runs of each BT…ET block into lines; a smaller run raised above the baseline is a superscript. */
export function groupLabels(texts: TextRun[]): Label[] {
  const out: Label[] = [];
  const byBlock = new Map<number, TextRun[]>();
  for (const t of texts) {
    if (!t.str.trim()) continue;
    const list = byBlock.get(t.block) ?? [];
    list.push(t);
    byBlock.set(t.block, list);
  }
  for (const runs of byBlock.values()) {
    let cur: Label | null = null;
    let endX = 0;
    for (const r of runs) {
      const dy = cur ? r.y - cur.y : 0;
      const isSup =
        cur !== null &&
        r.size < cur.size * 0.85 &&
        dy > 0.15 * cur.size &&
        dy < 0.8 * cur.size &&
        Math.abs(r.x - endX) < 1.5;
      const sameLine =
        cur !== null &&
        Math.abs(dy) < 0.2 * cur.size &&
        r.x >= endX - 1 &&
        r.x - endX < cur.size * 1.2 &&
        Math.abs(r.angle - cur.angle) < 1;
      if (cur && isSup) {
        cur.text += '^' + r.str;
        cur.width = r.x + r.width + SCRIPTSPACE - cur.x;
        cur.top = Math.max(cur.top, r.y + DIGIT_HEIGHT * r.size);
        endX = r.x + r.width;
      } else if (cur && sameLine) {
        const gap = r.x - endX;
        cur.text += (gap > 0.2 * cur.size && !cur.text.endsWith(' ') ? ' ' : '') + r.str;
        cur.width = r.x + r.width - cur.x;
        endX = r.x + r.width;
      } else {
        if (cur) out.push(cur);
        cur = {
          text: r.str,
          x: r.x,
          y: r.y,
          width: r.width,
          size: r.size,
          top: r.y + DIGIT_HEIGHT * r.size,
          angle: Math.round(r.angle),
          color: r.color,
          index: r.index,
          block: r.block,
        };
        endX = r.x + r.width;
      }
    }
    if (cur) out.push(cur);
  }
  for (const l of out) l.text = l.text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return out.sort((a, b) => a.index - b.index);
}

/** Horizontal centre of a horizontal label. */
export function centerX(l: Label): number {
  return l.x + l.width / 2;
}

/** Vertical centre of a horizontal label's ink box (TeX box: baseline to top, digits have no depth). */
export function centerY(l: Label): number {
  return (l.y + l.top) / 2;
}

const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** Parse a tick label ("10^18", "1B", "540B", "0.05", "−5") into a number, or null. */
export function parseTickLabel(text: string): number | null {
  const t = text.replace(/\u2212/g, '-').replace(/\s+/g, '');
  let m = /^(-?\d+(?:\.\d+)?)(?:[·x×]|\\cdot)?10\^(-?\d+)$/.exec(t);
  if (m) return Number(m[1]) * 10 ** Number(m[2]);
  m = /^10\^(-?\d+)$/.exec(t);
  if (m) return 10 ** Number(m[1]);
  m = /^(-?\d+(?:\.\d+)?)([KMBT])$/.exec(t);
  if (m) return Number(m[1]) * (SUFFIX[m[2] ?? ''] ?? NaN);
  m = /^-?\d+(?:\.\d+)?$/.exec(t);
  if (m) return Number(t);
  return null;
}
