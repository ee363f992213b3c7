import { describe, it, expect } from 'vitest';
import {
  chartViewBibtex,
  citationMetaTags,
  paperApa,
  paperBibtex,
} from '../../src/lib/export/cite';

describe('citations', () => {
  it('paperBibtex() lists all 16 authors as "Family, Given" joined by "and"', () => {
    const bib = paperBibtex();
    const authors = /author\s*=\s*\{(.*)\},/.exec(bib)?.[1]?.split(' and ') ?? [];
    expect(authors).toHaveLength(16);
    expect(authors[0]).toBe('Wei, Jason');
    expect(authors[10]).toBe('Chi, Ed H.');
    expect(bib).toMatch(/^@article\{wei2022emergent,/);
  });
  it('paperApa() uses initials and "&" before the last author', () => {
    const apa = paperApa();
    expect(apa.startsWith('Wei, J., Tay, Y., ')).toBe(true);
    expect(apa).toContain('Chi, E. H.');
    expect(apa).toContain('& Fedus, W. (2022). Emergent Abilities of Large Language Models.');
  });
  it('citationMetaTags() has one citation_author per author and the arXiv id', () => {
    const tags = citationMetaTags();
    expect(tags.filter((t) => t.name === 'citation_author')).toHaveLength(16);
    expect(tags).toContainEqual({ name: 'citation_arxiv_id', content: '2206.07682' });
  });
  it('chartViewBibtex(id, title, url, date) keeps the state in the URL and escapes BibTeX specials in the title', () => {
    const bib = chartViewBibtex(
      'fig2a',
      'Mod. arithmetic & more_stuff',
      'https://x.test/charts/fig2a/?x=params&series=LaMDA~GPT-3',
      '2026-11-26',
    );
    expect(bib).toContain('\\url{https://x.test/charts/fig2a/?x=params&series=LaMDA~GPT-3}');
    expect(bib).toContain('title        = {Mod. arithmetic \\& more\\_stuff}');
    expect(bib).toContain('Accessed 2026-11-26');
    expect(bib.startsWith('@misc{emergence-explorer-fig2a-20261126,')).toBe(true);
  });
});
