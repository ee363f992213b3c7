import { describe, expect, it } from 'vitest';
import { zhCorpus } from '../../support/zh-corpus';
import {
  loadTerminology,
  parseTerminology,
  readerText,
  terminologyViolations,
} from '../../support/terminology';

const rows = loadTerminology();

describe('content/zh/TERMINOLOGY.md', () => {
  it('gives one Chinese term per concept, with the concepts of issue #14', () => {
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      expect(row.english, JSON.stringify(row)).not.toBe('');
      expect(row.chinese, JSON.stringify(row)).not.toBe('');
    }
    const english = rows.map((r) => r.english);
    expect(new Set(english).size).toBe(english.length);
    for (const concept of [
      'token',
      'exact match',
      'model family',
      'modified arithmetic',
      'emotional understanding',
      'few-shot prompting',
      'emergent ability',
      'instruction tuning',
      'scratchpad',
      'calibration',
      'BIG-bench',
      'MMLU',
      'TruthfulQA',
      'cross-entropy loss',
    ]) {
      expect(
        english.some((e) => e.startsWith(concept)),
        concept,
      ).toBe(true);
    }
    const grounded = rows.find((r) => r.english.startsWith('grounded conceptual mappings'));
    expect(grounded?.avoid).toContain('具身');
  });

  it('never lists a term to use among the forms to avoid', () => {
    for (const row of rows)
      for (const form of row.avoid) expect(row.chinese.split(/[；（）]/)).not.toContain(form);
  });
});

describe('the terminology check', () => {
  const table = parseTerminology(
    '| English | 中文 | 不要用 | 说明 |\n|---|---|---|---|\n| token | 词元 | token、令牌 | |\n| grounded conceptual mappings | 接地概念映射 | 具身 | |\n',
  );

  it('fails on a listed alternative, in Chinese or as an English word', () => {
    const found = terminologyViolations(table, [
      { source: 'a.mdx', text: '## F. 具身概念映射\n训练 tokens 数' },
      { source: 'b.json › .zh', text: '每个令牌' },
    ]);
    expect(found).toHaveLength(3);
    expect(
      found.some((f) => /^a\.mdx: «具身» \(use 接地概念映射\): …## F\. 具身概念映射/.test(f)),
    ).toBe(true);
    expect(found.some((f) => f.startsWith('a.mdx: «token» (use 词元)'))).toBe(true);
    expect(found.join('\n')).toContain('b.json › .zh: «令牌»');
  });

  it('accepts English marked lang="en", link targets, tags, code and maths', () => {
    const text =
      '词元（<span lang="en">token</span>）<Term id="token">词元</Term>[见](../token/) `token` $x_{token}$ tokenizer';
    expect(readerText(text)).not.toMatch(/token\b/);
    expect(terminologyViolations(table, [{ source: 'c.mdx', text }])).toEqual([]);
  });
});

describe('the Chinese edition', () => {
  it('uses no alternative listed in TERMINOLOGY.md (pages, zh data fields, interface strings)', () => {
    const corpus = zhCorpus();
    expect(corpus.length).toBeGreaterThan(300);
    expect(terminologyViolations(rows, corpus)).toEqual([]);
  });
});
