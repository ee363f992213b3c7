/**
 * Appendix E (pages 29–30): BIG-Bench tasks classified by scaling behaviour.
 *
 * Layout: a section heading "E BIG-Bench Task Classification" (12pt), subsection headings
 * "E.1 Smoothly increasing" … (first run "E.<n>"), then comma-separated lowercase task names
 * wrapped over lines. E.5 "Other" has several paragraphs "<group>: task, task (note), …".
 * Appendix F lists the tasks where PaLM 62B is emergent but GPT-3 and LaMDA are not.
 */
import type { TextItem, TextLine } from './text-layer.ts';
import { groupLines } from './text-layer.ts';
import { joinWrapped } from './text-util.ts';

/** A subsection of Appendix E as printed. */
export interface AppendixESection {
  /** "E.1" … */
  id: string;
  /** Title as printed ("Emergent wih PaLM" keeps the paper's typo). */
  title: string;
  /** Paragraphs of the subsection, wrapped lines joined. */
  paragraphs: string[];
}

/** One task from a list, with its E.5 group label and parenthesised note if printed. */
export interface ListedTask {
  /** Task name as printed. */
  name: string;
  /** Group label that introduced the paragraph ("Model gets worse with scale"), if any. */
  group?: string;
  /** Text in parentheses after the name, if any. */
  note?: string;
}

// Task names are lowercase BIG-bench identifiers with "_" shown as spaces; they contain no
// hyphens except "few-shot nlg", which is printed mid-line. So a line-final hyphen is a break.
const dropHyphen = (): boolean => true;

/** Lines from `start` (a 12pt heading matching `heading`) to the next 12pt heading, across pages. */
function sectionLines(
  pages: readonly TextItem[][],
  heading: RegExp,
): { lines: TextLine[]; page: number } {
  const out: TextLine[] = [];
  let page = 0;
  for (let p = 0; p < pages.length; p++) {
    for (const l of groupLines(pages[p] ?? [])) {
      if (l.y > 745 || l.y < 60) continue; // running head, page number
      const big = (l.items[0]?.size ?? 0) > 11;
      if (!page) {
        if (big && heading.test(l.text)) page = p + 1;
        continue;
      }
      if (big) return { lines: out, page };
      out.push(l);
    }
    if (page && p + 1 > page + 2) break;
  }
  if (!page) throw new Error(`heading ${String(heading)} not found`);
  return { lines: out, page };
}

/** Split lines into paragraphs at vertical gaps larger than a normal line step (or page breaks). */
function paragraphs(lines: readonly TextLine[]): string[][] {
  const out: string[][] = [];
  let prev: TextLine | undefined;
  for (const l of lines) {
    const gap = prev ? prev.y - l.y : Infinity;
    if (!prev || gap > 15 || gap < 0) out.push([l.text]);
    else out[out.length - 1]?.push(l.text);
    prev = l;
  }
  return out;
}

/** Parse Appendix E into its subsections (all of them, however many there are). */
export function parseAppendixE(pages: readonly TextItem[][]): {
  intro: string[];
  sections: AppendixESection[];
} {
  const { lines } = sectionLines(pages, /^E\s+BIG-Bench Task Classification/);
  const intro: string[] = [];
  const sections: AppendixESection[] = [];
  let cur: TextLine[] = [];
  const flush = (): void => {
    const s = sections[sections.length - 1];
    const paras = paragraphs(cur).map((p) => joinWrapped(p, dropHyphen));
    if (s) s.paragraphs.push(...paras);
    else intro.push(...paras.map((p) => p));
    cur = [];
  };
  for (const l of lines) {
    const m = /^(E\.\d+)\s+(.+)$/.exec(l.text);
    if (m && l.items[0]?.str === m[1]) {
      flush();
      sections.push({ id: m[1] ?? '', title: (m[2] ?? '').trim(), paragraphs: [] });
    } else cur.push(l);
  }
  flush();
  return { intro, sections };
}

/** Split "a, b (x, y), c" at top-level commas; a leading "Label:" becomes the group. */
export function splitTaskList(paragraph: string): ListedTask[] {
  let text = paragraph.trim();
  let group: string | undefined;
  const g = /^([A-Z][^:]*):\s*/.exec(text);
  if (g) {
    group = g[1];
    text = text.slice(g[0].length);
  }
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter(Boolean)
    .map((p) => {
      const n = /^(.*?)\s*\((.*)\)$/.exec(p);
      const task: ListedTask = { name: (n ? n[1] : p)?.trim() ?? p };
      if (group) task.group = group;
      if (n?.[2]) task.note = n[2];
      return task;
    });
}

/** Tasks listed in Appendix F ("This is the list of tasks: …"), as printed. */
export function parseAppendixF(pages: readonly TextItem[][]): string[] {
  const { lines } = sectionLines(pages, /^F\s+PaLM 62B/);
  const text = paragraphs(lines)
    .map((p) => joinWrapped(p, dropHyphen))
    .join(' ');
  const m = /list of tasks:\s*(.+?)\.?$/.exec(text);
  if (!m?.[1]) throw new Error('Appendix F task list not found');
  return splitTaskList(m[1]).map((t) => t.name);
}
