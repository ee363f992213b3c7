import { describe, it, expect } from 'vitest';
import referencesJson from '../../../content/data/references.json';
import notesJson from '../../../content/data/data-notes.json';
import bigbenchJson from '../../../content/data/bigbench-tasks.json';
import {
  citedByPath,
  formatAuthors,
  formatBibliography,
  initials,
  referenceLinks,
} from '../../../src/lib/explainer/bibliography';
import {
  formatNoteValue,
  formatRelativeGap,
  groupNotes,
} from '../../../src/lib/explainer/data-notes';
import { groupTasks, taskMatches } from '../../../src/lib/explainer/bigbench';
import { referencesFileSchema } from '../../../src/lib/data/references-schema';
import type { DataNotes } from '../../../src/lib/data/data-notes-schema';

const refs = referencesFileSchema.parse(referencesJson).references;

describe('bibliography', () => {
  it('initials(given) abbreviates each name and keeps hyphens', () => {
    expect(initials('Jean-Baptiste')).toBe('J.-B.');
    expect(initials('Mayee F')).toBe('M. F.');
    expect(initials('Jared D.')).toBe('J. D.');
  });
  it('formatAuthors joins with "&" before the last author, or ends "et al." when the list is truncated', () => {
    const a = { family: 'Patel', given: 'Roma' };
    const b = { family: 'Pavlick', given: 'Ellie' };
    expect(formatAuthors([a], false)).toBe('Patel, R.');
    expect(formatAuthors([a, b], false)).toBe('Patel, R., & Pavlick, E.');
    expect(formatAuthors([a, b], true)).toBe('Patel, R., Pavlick, E., et al.');
    expect(formatAuthors([{ literal: 'BIG-Bench' }], false)).toBe('BIG-Bench');
  });
  it('formatBibliography keeps every entry, sorted by first author then year and suffix', () => {
    const entries = formatBibliography(refs);
    expect(entries).toHaveLength(refs.length);
    expect(entries[0]?.id).toBe('alayrac2022flamingo');
    const weis = entries.filter((e) => e.authors.startsWith('Wei, J.')).map((e) => e.year);
    expect(weis).toEqual(['2022', '2022a', '2022b']);
  });
  it('referenceLinks gives arXiv, DOI and the printed URL without repeating the arXiv address', () => {
    expect(
      referenceLinks({ arXiv: '2206.04615', URL: 'https://arxiv.org/abs/2206.04615' }).map(
        (l) => l.href,
      ),
    ).toEqual(['https://arxiv.org/abs/2206.04615']);
    expect(
      referenceLinks({ DOI: '10.18653/v1/N19-1128', URL: 'https://aclanthology.org/N19-1128' }).map(
        (l) => l.href,
      ),
    ).toEqual(['https://doi.org/10.18653/v1/N19-1128', 'https://aclanthology.org/N19-1128']);
  });
  it('citedByPath(tag, lang) maps figure and table tags to site paths in that language', () => {
    expect(citedByPath('fig11', 'en')).toBe('/figures/11/');
    expect(citedByPath('fig11', 'zh')).toBe('/zh/figures/11/');
    expect(citedByPath('table1', 'en')).toBe('/paper/emergent-abilities-table/');
    expect(citedByPath('table1', 'zh')).toBe('/zh/paper/emergent-abilities-table/');
    expect(citedByPath('self', 'en')).toBeNull();
  });
});

describe('data notes', () => {
  it('groupNotes keeps every note once, grouped by kind', () => {
    const notes = (notesJson as DataNotes).notes;
    const groups = groupNotes(notes);
    expect(groups.flatMap((g) => g.notes)).toHaveLength(notes.length);
    expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
    expect(groups[0]?.kind).toBe('flops-mismatch');
  });
  it('formats values and gaps for reading', () => {
    expect(formatNoteValue(5.45978e23)).toBe('5.46 × 10²³');
    expect(formatNoteValue(2.7)).toBe('2.7');
    expect(formatNoteValue('log')).toBe('log');
    expect(formatRelativeGap(0.0919561)).toBe('9.2%');
  });
});

describe('Appendix E list', () => {
  it('taskMatches is case-insensitive and treats underscores as spaces', () => {
    expect(taskMatches('modified arithmetic', 'Modified_Arith')).toBe(true);
    expect(taskMatches('modified arithmetic', 'sudoku')).toBe(false);
    expect(taskMatches('anything', '  ')).toBe(true);
  });
  it('groupTasks splits a category into its printed groups and loses no task', () => {
    const total = bigbenchJson.categories.reduce(
      (n, c) => n + groupTasks(bigbenchJson.tasks, c.id).reduce((m, g) => m + g.tasks.length, 0),
      0,
    );
    expect(total).toBe(bigbenchJson.tasks.length);
    expect(groupTasks(bigbenchJson.tasks, 'E.1')).toHaveLength(1);
    expect(groupTasks(bigbenchJson.tasks, 'E.5').every((g) => g.group !== null)).toBe(true);
  });
});
