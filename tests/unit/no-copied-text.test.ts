import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPdf } from '../../scripts/extract/text-layer';

/**
 * "Our own words": no run of RUN consecutive words of the paper may appear in the English
 * explainer, captions or glossary unless it sits inside quotation marks (a marked quotation).
 */
const PDF = process.env.WEI2022_PDF ?? '../shared/sources/wei2022-emergent-abilities-arxiv-v2.pdf';
const RUN = 10;

/** Lower-case words, punctuation and hyphenation dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/-\s+/g, '')
    .replace(/[^a-z0-9%.]+/g, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Every run of RUN words, joined by spaces. */
function runs(list: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) out.add(list.slice(i, i + RUN).join(' '));
  return out;
}

/**
 * Our prose with what is not prose removed: frontmatter, code, maths, tags, link targets, marked
 * quotations, author–year citations, and lists of names (four or more short comma-separated items, e.g. task names),
 * which are data the paper and we both list, not sentences.
 */
function ownProse(text: string): string {
  return (
    text
      .replace(/^---[\s\S]*?---/, '')
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, ' ')
      // Author–year citations ("Wei et al., 2022b", "Patel & Pavlick, 2022"): references, not prose.
      .replace(/\b[A-Z][\w-]+(?: et al\.| & [A-Z][\w-]+)?,? \d{4}[a-z]?/g, ' ')
      .replace(/(?:[\w\s-]{1,40},\s*){3,}(?:and\s+)?[\w\s-]{1,40}/g, ' ')
  );
}

/** Every English string in a JSON document (the `zh` twins skipped), each checked on its own. */
function englishStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(englishStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'zh' ? [] : englishStrings(v)));
  return [];
}

const sources = [
  ...readdirSync('content/paper').map((f) => join('content/paper', f)),
  'content/data/figure-captions.json',
  'content/data/glossary.json',
];

describe('the explainer is written in our own words', () => {
  it.skipIf(!existsSync(PDF))(
    `no ${RUN}-word run of the paper appears outside quotation marks`,
    async () => {
      const pdf = await loadPdf(PDF);
      const paper = runs(
        words(pdf.pages.map((items) => items.map((i) => i.str).join(' ')).join(' ')),
      );
      const copied: string[] = [];
      for (const file of sources) {
        const raw = readFileSync(file, 'utf8');
        // JSON is checked string by string: stringified JSON is all quotes, which ownProse drops.
        const texts = file.endsWith('.json') ? englishStrings(JSON.parse(raw)) : [raw];
        expect(texts.join(' ').length, `${file} has English prose to check`).toBeGreaterThan(1000);
        for (const text of texts)
          for (const run of runs(words(ownProse(text))))
            if (paper.has(run)) copied.push(`${file}: "${run}"`);
      }
      expect(copied).toEqual([]);
    },
    60_000,
  );
  if (!existsSync(PDF))
    it.skip(`the paper's PDF is not at ${PDF}: the copy check was skipped`, () => {});
});
