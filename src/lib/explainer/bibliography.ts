/** APA-like formatting of references.json entries, as plain strings and links (the page escapes them). */
import type { CslName, Reference } from '../data/references-schema';
import type { Lang } from '../i18n/ui';
import { figurePath, paperPath } from '../site/routes';

/** A link out of an entry. */
export interface BibLink {
  /** What the link points to. */
  kind: 'arXiv' | 'DOI' | 'URL';
  /** Target. */
  href: string;
  /** Visible text ("arXiv:2206.07682", "doi:10.…", the URL). */
  text: string;
}

/** A formatted entry: text parts in APA order. */
export interface BibEntry {
  /** Anchor id (the BibTeX key). */
  id: string;
  /** "Brown, T., Mann, B., … & Askell, A." or "Rae, J. W., et al." */
  authors: string;
  /** "2022b" (year and natbib suffix). */
  year: string;
  /** Title as printed. */
  title: string;
  /** Venue (italic), if any. */
  container: string | null;
  /** Volume/pages/publisher, if any. */
  locator: string | null;
  /** arXiv, DOI and URL links, without duplicates. */
  links: BibLink[];
  /** How the paper cites it. */
  citationLabel: string;
  /** Figures/Table 1 whose caption or cells cite it. */
  citedBy: string[];
}

/** Initials of given names: "Jean-Baptiste" → "J.-B.", "Mayee F" → "M. F.", "Jared D." → "J. D.". */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}

/** One author as APA writes it: "Family, G. I." (organisations verbatim). */
export function formatName(name: CslName): string {
  if ('literal' in name) return name.literal;
  return `${name.family}, ${initials(name.given)}${name.suffix ? `, ${name.suffix}` : ''}`;
}

/** The author list: "A", "A, & B", "A, B, & C"; a truncated list ends "et al." as the bibliography prints it. */
export function formatAuthors(authors: readonly CslName[], truncated: boolean): string {
  const names = authors.map(formatName);
  if (truncated) return `${names.join(', ')}, et al.`;
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1) ?? ''}`;
}

/** The sort key of an entry: first author's family name (or organisation), then year and suffix. */
export function sortKey(ref: Pick<Reference, 'author' | 'issued' | 'yearSuffix'>): string {
  const first = ref.author[0];
  const name = !first ? '' : 'literal' in first ? first.literal : `${first.family} ${first.given}`;
  return `${name.toLowerCase()}\u0000${ref.issued['date-parts'][0][0]}${ref.yearSuffix ?? ''}`;
}

/** Links of an entry: arXiv, then DOI, then the printed URL unless it repeats one of them. */
export function referenceLinks(ref: Pick<Reference, 'arXiv' | 'DOI' | 'URL'>): BibLink[] {
  const links: BibLink[] = [];
  if (ref.arXiv)
    links.push({
      kind: 'arXiv',
      href: `https://arxiv.org/abs/${ref.arXiv}`,
      text: `arXiv:${ref.arXiv}`,
    });
  if (ref.DOI)
    links.push({ kind: 'DOI', href: `https://doi.org/${ref.DOI}`, text: `doi:${ref.DOI}` });
  if (ref.URL && !links.some((l) => l.href === ref.URL))
    links.push({ kind: 'URL', href: ref.URL, text: ref.URL });
  return links;
}

/** Every reference formatted and sorted by author (Intl collation, so "Ré" sorts with "Re"). */
export function formatBibliography(refs: readonly Reference[]): BibEntry[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return [...refs]
    .sort((a, b) => collator.compare(sortKey(a), sortKey(b)) || a.id.localeCompare(b.id))
    .map((ref) => ({
      id: ref.id,
      authors: formatAuthors(ref.author, ref.authorsTruncated === true),
      year: `${ref.issued['date-parts'][0][0]}${ref.yearSuffix ?? ''}`,
      title: ref.title,
      container: ref['container-title'] ?? null,
      locator: ref.locator ?? null,
      links: referenceLinks(ref),
      citationLabel: ref.citationLabel,
      citedBy: ref.citedBy,
    }));
}

/** The explainer section that holds Table 1. */
export const TABLE1_SLUG = 'emergent-abilities-table';

/** Where a citedBy tag points on this site ("fig2" → the Figure 2 page, "table1" → the Table 1 section), or null for the paper itself. */
export function citedByPath(tag: string, lang: Lang): string | null {
  if (tag === 'table1') return paperPath(lang, TABLE1_SLUG);
  const m = /^fig(\d+)$/.exec(tag);
  return m ? figurePath(lang, Number(m[1])) : null;
}
