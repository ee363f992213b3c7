import { readFileSync } from 'node:fs';
import type { ZhText } from './zh-corpus';

/** One row of content/zh/TERMINOLOGY.md. */
export interface TermRow {
  english: string;
  chinese: string;
  /** Forms not to use. */
  avoid: string[];
}

/** The rows of the terminology table (the Markdown table whose header starts `| English | 中文 | 不要用 |`). */
export function parseTerminology(markdown: string): TermRow[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((l) => /^\|\s*English\s*\|\s*中文\s*\|\s*不要用\s*\|/.test(l));
  if (header < 0) throw new Error('TERMINOLOGY.md: no table with columns English | 中文 | 不要用');
  const rows: TermRow[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [english = '', chinese = '', avoid = ''] = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    rows.push({
      english,
      chinese,
      avoid: avoid
        .split('、')
        .map((a) => a.trim())
        .filter(Boolean),
    });
  }
  return rows;
}

/** The table as committed. */
export function loadTerminology(): TermRow[] {
  return parseTerminology(
    readFileSync(new URL('../../content/zh/TERMINOLOGY.md', import.meta.url), 'utf8'),
  );
}

/**
 * What a reader sees of a piece of Chinese source text, for terminology checks: elements marked
 * lang="en", English glosses in full-width parentheses and quotations in English are removed,
 * then all markup (tags with their attributes, Markdown link targets, inline code and maths).
 */
export function readerText(text: string): string {
  let out = text;
  // Innermost first, so nested markup inside a lang="en" element goes with it.
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(/<(\w+)\b[^<>]*\blang=["']en["'][^<>]*>[^<]*<\/\1>/g, ' ');
  }
  return (
    out
      // An English gloss after a Chinese term, （exact match）, and an English quotation, “Many BIG-Bench tasks”.
      .replace(/（[^（）\p{Script=Han}]*）|“[^“”\p{Script=Han}]*”/gu, ' ')
      .replace(/<[^<>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/`[^`\n]*`/g, ' ')
      .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' ')
  );
}

/**
 * A matcher for one form to avoid. Latin-letter forms match as whole words (plural too) in any
 * case, unless the form differs from the term to use only in case (BIG-Bench vs BIG-bench).
 */
function matcher(form: string, use: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!/[A-Za-z]/.test(form)) return new RegExp(escaped, 'g');
  const flags = form.toLowerCase() === use.toLowerCase() ? 'g' : 'gi';
  return new RegExp(`(?<![A-Za-z0-9-])${escaped}(?:s|es)?(?![A-Za-z0-9-])`, flags);
}

/** Every use of a form to avoid in the texts, as "source: «form» (use 中文): …excerpt…". */
export function terminologyViolations(
  rows: readonly TermRow[],
  texts: readonly ZhText[],
): string[] {
  const found: string[] = [];
  const matchers = rows.flatMap((row) =>
    row.avoid.map((form) => ({ row, form, re: matcher(form, row.chinese) })),
  );
  for (const { source, text } of texts) {
    const visible = readerText(text);
    for (const { row, form, re } of matchers) {
      for (const m of visible.matchAll(re)) {
        const excerpt = visible
          .slice(Math.max(0, m.index - 15), m.index + m[0].length + 15)
          .replace(/\s+/g, ' ');
        found.push(`${source}: «${form}» (use ${row.chinese}): …${excerpt}…`);
      }
    }
  }
  return found;
}
