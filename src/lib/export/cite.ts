/** Citations: the paper (BibTeX, APA, Highwire citation_* tags) and a chart view (BibTeX @misc with its URL). */
import { PAPER } from '../site/paper';

/** Splits "Ed H. Chi" into family "Chi" and given "Ed H.". */
function splitName(name: string): { family: string; given: string } {
  const parts = name.split(' ');
  return { family: parts.at(-1) ?? name, given: parts.slice(0, -1).join(' ') };
}

/** BibTeX entry of the paper (TMLR version, with the arXiv id). */
export function paperBibtex(): string {
  const authors = PAPER.authors.map((a) => {
    const { family, given } = splitName(a);
    return `${family}, ${given}`;
  });
  return [
    '@article{wei2022emergent,',
    `  title   = {${PAPER.title}},`,
    `  author  = {${authors.join(' and ')}},`,
    `  journal = {${PAPER.venue}},`,
    `  year    = {${PAPER.year}},`,
    `  url     = {${PAPER.openReviewUrl}},`,
    `  note    = {arXiv:${PAPER.arxivId}}`,
    '}',
  ].join('\n');
}

/** APA 7 reference of the paper. */
export function paperApa(): string {
  const names = PAPER.authors.map((a) => {
    const { family, given } = splitName(a);
    const initials = given
      .split(/[\s.]+/)
      .filter(Boolean)
      .map((g) => `${g[0]}.`)
      .join(' ');
    return `${family}, ${initials}`;
  });
  // APA 7 lists up to 20 authors, the last after "&".
  const list = `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  return `${list} (${PAPER.year}). ${PAPER.title}. ${PAPER.venue}. ${PAPER.openReviewUrl}`;
}

/** Highwire Press citation_* meta tags (read by Google Scholar and reference managers), as name/content pairs. */
export function citationMetaTags(): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: PAPER.title },
    ...PAPER.authors.map((a) => ({ name: 'citation_author', content: a })),
    { name: 'citation_publication_date', content: `${PAPER.year}/08` },
    { name: 'citation_journal_title', content: PAPER.venue },
    { name: 'citation_arxiv_id', content: PAPER.arxivId },
    { name: 'citation_pdf_url', content: `https://arxiv.org/pdf/${PAPER.arxivId}` },
  ];
}

/** Escapes the characters BibTeX treats specially inside a braced field. */
function bibEscape(text: string): string {
  return text.replace(/([{}%&#_$])/g, '\\$1');
}

/** BibTeX @misc for one chart view: its permalink with the state, and the date it was accessed (YYYY-MM-DD). */
export function chartViewBibtex(
  chartId: string,
  title: string,
  permalink: string,
  accessed: string,
): string {
  return [
    `@misc{emergence-explorer-${chartId}-${accessed.replace(/-/g, '')},`,
    `  title        = {${bibEscape(title)}},`,
    '  author       = {{Emergent Abilities Explorer}},',
    `  howpublished = {\\url{${permalink}}},`,
    `  note         = {Interactive chart of data from Wei et al. (2022), ${bibEscape(PAPER.title)}. Accessed ${accessed}},`,
    `  year         = {${accessed.slice(0, 4)}}`,
    '}',
  ].join('\n');
}
