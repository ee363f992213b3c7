import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import glossaryJson from '../../content/data/glossary.json';
import { lookupTerm, type Glossary } from '../../src/lib/glossary';
import { sortedGlossary } from '../../src/lib/explainer/glossary-list';

const glossary = glossaryJson as Glossary;

/** Every .mdx file under content/, recursively. */
function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return mdxFiles(path);
    return e.name.endsWith('.mdx') ? [path] : [];
  });
}

describe('lookupTerm(glossary, id, lang)', () => {
  it('finds a known id in English and in Chinese', () => {
    expect(lookupTerm(glossary, 'flops', 'en').term).toBe('FLOPs');
    const zh = lookupTerm(glossary, 'flops', 'zh');
    expect(zh.term).toContain('FLOPs');
    expect(zh.definition).not.toBe(lookupTerm(glossary, 'flops', 'en').definition);
  });
  it('throws for an unknown id, naming the id and the glossary file', () => {
    expect(() => lookupTerm(glossary, 'no-such-term', 'en')).toThrow(/"no-such-term"/);
    expect(() => lookupTerm(glossary, 'no-such-term', 'zh')).toThrow(
      /content\/data\/glossary\.json/,
    );
  });
});

describe('content/data/glossary.json', () => {
  it('has unique ids and a term and definition in both languages for each', () => {
    const ids = glossary.terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of glossary.terms)
      for (const lang of ['en', 'zh'] as const) {
        expect(t[lang].term.trim(), `${t.id}.${lang}.term`).not.toBe('');
        expect(t[lang].definition.trim(), `${t.id}.${lang}.definition`).not.toBe('');
      }
  });

  it('defines every <Term id="…"> used in content/**/*.mdx', () => {
    const ids = new Set(glossary.terms.map((t) => t.id));
    const files = mdxFiles('content');
    expect(files.length).toBeGreaterThan(0);
    const used: string[] = [];
    const missing: string[] = [];
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<Term\s+id=["']([^"']+)["']/g)) {
        const id = m[1] ?? '';
        used.push(id);
        if (!ids.has(id)) missing.push(`${file}: ${id}`);
      }
    }
    expect(used.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

describe('sortedGlossary(glossary, lang)', () => {
  it('lists every term once, alphabetical in the page language', () => {
    const en = sortedGlossary(glossary, 'en');
    expect(en).toHaveLength(glossary.terms.length);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(en.map((t) => t.term)).toEqual([...en.map((t) => t.term)].sort(collator.compare));
    const zh = sortedGlossary(glossary, 'zh');
    expect(new Set(zh.map((t) => t.id))).toEqual(new Set(glossary.terms.map((t) => t.id)));
    // Pinyin order: 参数 (cānshù) comes before 语言模型 (yǔyán móxíng).
    const index = (id: string): number => zh.findIndex((t) => t.id === id);
    expect(index('parameters')).toBeLessThan(index('language-model'));
  });
});
