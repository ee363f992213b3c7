import { describe, expect, it } from 'vitest';
import type { PdfLink, TextItem } from '../../../scripts/extract/text-layer.ts';
import { groupLines, joinItems } from '../../../scripts/extract/text-layer.ts';
import { parseTable1 } from '../../../scripts/extract/text-table1.ts';
import { parseAppendixE, splitTaskList } from '../../../scripts/extract/text-appendix-e.ts';
import {
  expandLetters,
  matchScore,
  panelMentions,
  panelNotes,
  panelTitles,
} from '../../../scripts/extract/text-captions.ts';
import {
  authorsEnd,
  citationLabel,
  makeDehyphenator,
  parseAuthors,
  splitName,
  toCsl,
} from '../../../scripts/extract/text-references.ts';
import { joinWrapped, kebab } from '../../../scripts/extract/text-util.ts';

/** A synthetic text run; width ≈ 4.5pt per character at 9pt. */
const it_ = (str: string, x: number, y: number, font = 'roman', size = 9): TextItem => ({
  str,
  x,
  y,
  w: str.length * 4.5,
  size,
  font,
});

describe('text layer helpers', () => {
  it('joins runs with a space only across real gaps', () => {
    expect(joinItems([it_('ab', 0, 0), it_('cd', 9, 0)])).toBe('abcd'); // touching runs
    expect(joinItems([it_('ab', 0, 0), it_('cd', 20, 0)])).toBe('ab cd');
  });
  it('groups runs into lines top to bottom and keeps a 3pt-higher bullet apart', () => {
    const lines = groupLines([
      it_('second', 10, 100),
      it_('first', 10, 112),
      it_('•', 2, 103),
      it_('tail', 50, 100.5),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['first', '•', 'second tail']);
  });
});

describe('parseTable1', () => {
  // Header: FLOPs centred at 100+27=127, Params at 160+13.5=173.5, Model at 200+11.25=211.25, Reference from 240.
  const header = [
    it_('Train. FLOPs', 100, 500),
    it_('Params.', 160, 500),
    it_('Model', 200, 500),
    it_('Reference', 240, 500),
  ];
  const items = [
    ...header,
    it_('Few-shot prompting abilities', 10, 488),
    it_('Skill one', 14, 477),
    it_('1.0E+20', 111, 477),
    it_('1B', 169, 477),
    it_('Foo', 204, 477),
    it_('Doe et al. (2020)', 240, 477),
    it_('Skill two', 14, 466),
    it_('2.0E+21', 111, 466),
    it_('10B', 167, 466),
    it_('Augmented prompting abilities', 10, 452),
    it_('Skill three', 14, 441),
    it_('Many', 118, 441),
    it_('Many', 164, 441),
    it_('Bar', 204, 441),
    it_('Roe (2019)', 240, 441),
    it_('Running text far below', 10, 380),
  ];
  const links: PdfLink[] = [
    { page: 1, dest: 'cite.doe2020', rect: [240, 475, 300, 486] },
    { page: 1, dest: 'cite.doe2020', rect: [301, 475, 320, 486] },
    { page: 1, dest: 'cite.roe2019', rect: [240, 439, 290, 450] },
  ];
  const rows = parseTable1(items, links, 1);
  it('reads rows, sections and cells by header columns', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      row: 1,
      kind: 'few-shot',
      ability: 'Skill one',
      flops: '1.0E+20',
      params: '1B',
      model: 'Foo',
      reference: 'Doe et al. (2020)',
      referenceKeys: ['doe2020'],
    });
    expect(rows[2]).toMatchObject({
      row: 3,
      kind: 'augmented',
      flops: 'Many',
      model: 'Bar',
      referenceKeys: ['roe2019'],
    });
  });
  it('fills blank model/reference from the row above and says so', () => {
    expect(rows[1]).toMatchObject({
      model: 'Foo',
      reference: 'Doe et al. (2020)',
      referenceKeys: ['doe2020'],
      filledFromRow: 1,
    });
  });
  it('throws without a header', () => {
    expect(() => parseTable1([it_('nothing', 0, 0)], [], 1)).toThrow(/header/);
  });
});

describe('Appendix E', () => {
  it('splits lists at top-level commas, with group labels and notes', () => {
    expect(splitTaskList('Other: arithmetic (emergent at 1B, odd), few-shot nlg')).toEqual([
      { name: 'arithmetic', group: 'Other', note: 'emergent at 1B, odd' },
      { name: 'few-shot nlg', group: 'Other' },
    ]);
    expect(splitTaskList('a b, c, d e.').map((t) => t.name)).toEqual(['a b', 'c', 'd e']);
  });
  it('parses subsections and rejoins line-break hyphens', () => {
    const big = 12;
    const pages = [
      [
        it_('E', 72, 700, 'bold', big),
        it_('BIG-Bench Task Classification', 90, 700, 'bold', big),
        it_('Intro text.', 72, 680, 'roman', 10),
        it_('E.1', 72, 660, 'bold', 10),
        it_(' ', 86, 660, 'bold', 10),
        it_('Smooth', 98, 660, 'bold', 10),
        it_('alpha task, con-', 72, 640, 'roman', 10),
        it_('lang translation, beta', 72, 628, 'roman', 10),
        it_('E.2', 72, 608, 'bold', 10),
        it_(' ', 86, 608, 'bold', 10),
        it_('Flat', 98, 608, 'bold', 10),
        it_('gamma', 72, 588, 'roman', 10),
        it_('F', 72, 560, 'bold', big),
        it_('Next appendix', 90, 560, 'bold', big),
      ],
    ];
    const r = parseAppendixE(pages);
    expect(r.sections.map((s) => [s.id, s.title])).toEqual([
      ['E.1', 'Smooth'],
      ['E.2', 'Flat'],
    ]);
    expect(r.sections[0]?.paragraphs.flatMap(splitTaskList).map((t) => t.name)).toEqual([
      'alpha task',
      'conlang translation',
      'beta',
    ]);
  });
});

describe('Appendix E heading', () => {
  it('is required', () => {
    expect(() => parseAppendixE([[it_('E.1 Smooth', 72, 600)]])).toThrow(/heading/);
  });
});

describe('captions and panels', () => {
  it('expands panel markers', () => {
    expect(expandLetters('A–D')).toEqual(['A', 'B', 'C', 'D']);
    expect(expandLetters('A & B')).toEqual(['A', 'B']);
    expect(expandLetters('E')).toEqual(['E']);
  });
  it('splits a caption into per-panel notes, not stopping at "et al."', () => {
    const notes = panelNotes(
      'Figure 9: Things. A–B: Doe (2020), 2-shot. C: Roe et al. (2021) and Poe et al. (2019). Some other sentence.',
    );
    expect(notes.get('A')).toBe('Doe (2020), 2-shot');
    expect(notes.get('B')).toBe('Doe (2020), 2-shot');
    expect(notes.get('C')).toBe('Roe et al. (2021) and Poe et al. (2019)');
  });
  it('reads two-line panel titles', () => {
    const titles = panelTitles([
      it_('(A) Math word', 100, 700, 'b'),
      it_('(B) Other', 200, 700, 'b'),
      it_('problems', 110, 689, 'b'),
      it_('(C) Third', 300, 689, 'b'),
      it_('25', 100, 680, 'tick'),
    ]);
    expect(titles).toEqual([
      { letter: 'A', title: 'Math word problems' },
      { letter: 'B', title: 'Other' },
      { letter: 'C', title: 'Third' },
    ]);
  });
  it('finds sentences about one panel, optionally through ranges', () => {
    const text =
      'Figure 2A–C shows tasks. Doe et al. show Figure 2B is odd. Figure 3B is elsewhere.';
    expect(panelMentions(text, 2, 'B')).toEqual([
      'Figure 2A–C shows tasks',
      'Doe et al. show Figure 2B is odd',
    ]);
    expect(panelMentions(text, 2, 'B', false)).toEqual(['Doe et al. show Figure 2B is odd']);
  });
  it('scores shared content words, ignoring numbers and generic words', () => {
    expect(matchScore('MMLU Benchmark (26 topics)', 'the MMLU benchmark covers many topics')).toBe(
      2,
    );
    expect(matchScore('Truthfulness (Truthful QA)', 'TruthfulQA')).toBe(1);
    expect(matchScore('Addition (3 digit)', 'scaling to 3 times the benchmark')).toBe(0);
  });
});

describe('bibliography helpers', () => {
  it('finds the end of the author list past initials and at "et al."', () => {
    const a = 'Jack W. Rae, Ann B. Lee, et al. Scaling things. arXiv';
    expect(a.slice(0, authorsEnd(a))).toBe('Jack W. Rae, Ann B. Lee, et al.');
    const b = 'BIG-Bench. Beyond the game.';
    expect(b.slice(0, authorsEnd(b))).toBe('BIG-Bench.');
  });
  it('splits author lists and names', () => {
    expect(parseAuthors('A Bee, Cee Dee, and Eff Gee.')).toEqual({
      author: [
        { family: 'Bee', given: 'A' },
        { family: 'Dee', given: 'Cee' },
        { family: 'Gee', given: 'Eff' },
      ],
      truncated: false,
    });
    expect(parseAuthors('A Bee and Cee Dee.').author).toHaveLength(2);
    expect(parseAuthors('A Bee, Cee Dee, et al.').truncated).toBe(true);
    expect(splitName('George van den Driessche')).toEqual({
      family: 'van den Driessche',
      given: 'George',
    });
    expect(splitName('Robert L Logan IV')).toEqual({
      family: 'Logan',
      given: 'Robert L',
      suffix: 'IV',
    });
    expect(splitName('BIG-Bench')).toEqual({ literal: 'BIG-Bench' });
  });
  it('builds natbib labels', () => {
    const n = (family: string) => ({ family, given: 'X' });
    expect(citationLabel({ author: [n('Wei'), n('Tay'), n('Bo')], year: '2022b' })).toBe(
      'Wei et al. (2022b)',
    );
    expect(citationLabel({ author: [n('Patel'), n('Pavlick')], year: '2022' })).toBe(
      'Patel & Pavlick (2022)',
    );
    expect(citationLabel({ author: [{ literal: 'BIG-Bench' }], year: '2022' })).toBe(
      'BIG-Bench (2022)',
    );
  });
  it('decides line-break hyphens from the document vocabulary', () => {
    const dh = makeDehyphenator(new Set(['few-shot', 'models']));
    expect(dh('large few', 'shot learners')).toBe(false);
    expect(dh('language mod', 'els.')).toBe(true);
    expect(dh('Camacho', 'Collados')).toBe(false);
    expect(joinWrapped(['language mod-', 'els are few-', 'shot'], dh)).toBe(
      'language models are few-shot',
    );
  });
  it('types entries and pulls arXiv ids and DOIs', () => {
    const base = {
      author: [{ family: 'Doe', given: 'J' }],
      authorsTruncated: false,
      title: 'T',
      text: '',
    };
    const pre = toCsl({ ...base, year: '2022b', venue: 'arXiv preprint arXiv:2201.11903' }, 'k');
    expect(pre).toMatchObject({
      type: 'article',
      arXiv: '2201.11903',
      yearSuffix: 'b',
      issued: { 'date-parts': [[2022]] },
    });
    expect(pre['container-title']).toBeUndefined();
    expect(toCsl({ ...base, year: '2021', venue: 'Findings of EMNLP' }, 'k').type).toBe(
      'paper-conference',
    );
    expect(
      toCsl({ ...base, year: '2012', venue: 'Nature Materials', locator: '11(2):103–113' }, 'k')
        .type,
    ).toBe('article-journal');
    expect(
      toCsl({ ...base, year: '2021', URL: 'https://dl.acm.org/doi/pdf/10.1145/1.2' }, 'k'),
    ).toMatchObject({ type: 'webpage', DOI: '10.1145/1.2' });
    expect(
      toCsl({ ...base, title: '', year: '2009', venue: 'A Book', locator: '. Pearson' }, 'k'),
    ).toMatchObject({ type: 'book', title: 'A Book', locator: 'Pearson' });
  });
  it('makes kebab ids', () => {
    expect(kebab('Calibration via P(True)')).toBe('calibration-via-p-true');
    expect(kebab('Christopher Ré')).toBe('christopher-re');
  });
});
