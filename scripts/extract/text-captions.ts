/**
 * Figure captions, panel titles and the running text that refers to panels — used to say which
 * Table 1 ability is plotted in which panel of Figures 2 and 3, and which papers the captions cite.
 */
import type { PdfLink, TextItem, TextLine } from './text-layer.ts';
import { groupLines, linksIn } from './text-layer.ts';
import { joinWrapped } from './text-util.ts';

/** A figure caption: its number, text, page and the BibTeX keys its citation links point to. */
export interface Caption {
  /** Figure number. */
  figure: number;
  /** 1-based page. */
  page: number;
  /** Caption text, lines joined. */
  text: string;
  /** Keys of `cite.*` links inside the caption, in reading order, unique. */
  citeKeys: string[];
}

/** A panel title such as "(G) Multi-task NLU". */
export interface PanelTitle {
  /** Panel letter, "A"… */
  letter: string;
  /** Title without the letter, wrapped lines joined ("Math word problems"). */
  title: string;
}

const CAPTION_START = /^Figure (\d+):/;
const LINE_GAP = 13.5; // caption lines are ~12pt apart; the gap to the next paragraph is larger

/** Find every "Figure N:" caption on every page, with the citation links inside it. */
export function findCaptions(pages: readonly TextItem[][], links: readonly PdfLink[]): Caption[] {
  const out: Caption[] = [];
  pages.forEach((items, i) => {
    const lines = groupLines(items);
    lines.forEach((line, li) => {
      const m = CAPTION_START.exec(line.text);
      if (!m) return;
      const body: TextLine[] = [line];
      for (let k = li + 1; k < lines.length; k++) {
        const next = lines[k];
        const prev = body[body.length - 1];
        if (
          !next ||
          !prev ||
          prev.y - next.y > LINE_GAP ||
          Math.abs((next.items[0]?.x ?? 0) - (line.items[0]?.x ?? 0)) > 3
        )
          break;
        body.push(next);
      }
      const top = line.y + 10;
      const bottom = (body[body.length - 1]?.y ?? line.y) - 3;
      const keys = linksIn(links, i + 1, bottom, top)
        .filter((l) => l.dest.startsWith('cite.'))
        .sort((a, b) => b.rect[1] - a.rect[1] || a.rect[0] - b.rect[0])
        .map((l) => l.dest.slice('cite.'.length));
      out.push({
        figure: Number(m[1]),
        page: i + 1,
        text: joinWrapped(
          body.map((l) => l.text),
          () => false,
        ),
        citeKeys: [...new Set(keys)],
      });
    });
  });
  return out;
}

/** Expand a panel marker ("A–D", "A & B", "E") into letters. */
export function expandLetters(marker: string): string[] {
  const m = /^([A-Z])\s*(?:([–-])|&)\s*([A-Z])$/.exec(marker.trim());
  if (!m) return [marker.trim()];
  const [a, dash, b] = [m[1] ?? '', m[2], m[3] ?? ''];
  if (!dash) return [a, b];
  const out: string[] = [];
  for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
}

/**
 * Split a caption's per-panel source notes ("A–D: BIG-Bench (2022), 2-shot. E: Lin et al. (2021)…")
 * into letter → text. Each note runs to the next marker or to the first sentence end that is not
 * an "et al." abbreviation.
 */
export function panelNotes(caption: string): Map<string, string> {
  const re = /(?:^|\.\s+)([A-H](?:\s*(?:[–-]|&)\s*[A-H])?):\s/g;
  const marks = [...caption.matchAll(re)];
  const out = new Map<string, string>();
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[i + 1]?.index ?? caption.length;
    let note = caption.slice(start, end);
    const stop = /(?<!\bal)\.\s+[A-Z][a-z]/.exec(note);
    if (stop) note = note.slice(0, stop.index);
    for (const letter of expandLetters(m[1] ?? '')) out.set(letter, note.trim());
  });
  return out;
}

/**
 * Panel titles on a figure page: runs starting "(X) " plus continuation runs in the same font just
 * below them ("(A) Math word" / "problems").
 */
export function panelTitles(items: readonly TextItem[]): PanelTitle[] {
  const heads = items.filter((i) => /^\([A-H]\)\s/.test(i.str));
  const fonts = new Set(heads.map((h) => h.font));
  const out: PanelTitle[] = [];
  for (const h of heads) {
    const parts = [h.str.replace(/^\([A-H]\)\s*/, '')];
    let y = h.y;
    for (;;) {
      const cont = items.find(
        (i) =>
          fonts.has(i.font) &&
          !/^\([A-H]\)/.test(i.str) &&
          i.str.trim() !== '' &&
          y - i.y > 3 &&
          y - i.y < 14 &&
          i.x >= h.x - 2 &&
          i.x <= h.x + h.w,
      );
      if (!cont) break;
      parts.push(cont.str);
      y = cont.y;
    }
    out.push({ letter: h.str[1] ?? '', title: parts.join(' ').replace(/\s+/g, ' ').trim() });
  }
  return out.sort((a, b) => a.letter.localeCompare(b.letter));
}

/** Sentences of running text that mention "Figure <n><letter>" (and, if `ranges`, ranges like "2A–D"). */
export function panelMentions(
  fullText: string,
  figure: number,
  letter: string,
  ranges = true,
): string[] {
  const sentences = fullText.split(/(?<!\b(?:al|e\.g|i\.e|vs|Fig))\.\s+(?=[A-Z(])/);
  const re = new RegExp(`Figures? ${figure}([A-H])(?:\\s*[–-]\\s*([A-H]))?`, 'g');
  return sentences.filter((s) =>
    [...s.matchAll(re)].some((m) => {
      const a = m[1] ?? '';
      if (m[2] === undefined) return letter === a;
      return ranges && letter >= a && letter <= m[2];
    }),
  );
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'via',
  'see',
  'benchmark',
  'task',
  'tasks',
  'many',
  'using',
  'appendix',
]);

/** Content words of a text: lowercase, ≥3 letters, no pure numbers, no generic words. */
export function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []).filter(
    (w) => w.length >= 3 && !STOP.has(w),
  );
}

/** How many of the ability's content words match (as a prefix either way) a word of the context. */
export function matchScore(ability: string, context: string): number {
  const ctx = new Set(contentWords(context));
  return contentWords(ability).filter((w) =>
    [...ctx].some((c) => c.startsWith(w) || w.startsWith(c)),
  ).length;
}
