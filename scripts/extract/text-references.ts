/**
 * Bibliography entries ("References", pages 12–18 of the arXiv v2 PDF) → CSL-JSON-like objects.
 *
 * Entry boundaries come from layout (an entry's first line starts at the left margin, continuation
 * lines are indented ~10pt); the BibTeX key of an entry comes from the hyperref destination
 * `cite.<key>` that points at it. Fields come from fonts: the venue is set in italics, URLs in a
 * typewriter font, everything else in the roman text font.
 */
import type { PdfDest, TextItem, TextLine } from './text-layer.ts';
import { groupLines } from './text-layer.ts';

/** A bibliography entry as laid out: its lines (with runs and fonts) and where it starts. */
export interface BibBlock {
  /** 1-based page of the first line. */
  page: number;
  /** Baseline of the first line. */
  y: number;
  /** Lines of the entry, across a page break if needed. */
  lines: TextLine[];
}

/** A person's name split CSL-style, or a literal (organisation) name. */
export type CslName = { family: string; given: string; suffix?: string } | { literal: string };

/** A parsed entry, before type/ids are decided. */
export interface ParsedEntry {
  /** Authors in printed order. */
  author: CslName[];
  /** True when the printed author list ends in "et al.". */
  authorsTruncated: boolean;
  /** Title as printed (line-break hyphens resolved). */
  title: string;
  /** Italic venue text as printed (e.g. "NeurIPS", "arXiv preprint arXiv:2204.01691"), if any. */
  venue?: string;
  /** Year as printed, with the natbib disambiguation letter ("2022b"). */
  year: string;
  /** URL printed after "URL". */
  URL?: string;
  /** DOI printed after "doi:". */
  DOI?: string;
  /** Text between the venue and the year (volume/pages), if any. */
  locator?: string;
  /** The whole entry as one string, for checks and debugging. */
  text: string;
}

const HEADER_Y = 745; // running head "Published in Transactions on Machine Learning Research"
const FOOTER_Y = 60; // page number

/** Find the bibliography: from the "References" heading to the next section heading. */
export function findBibliography(pages: readonly TextItem[][]): BibBlock[] {
  const blocks: BibBlock[] = [];
  let started = false;
  let bodySize = 0;
  let marginX = 0;
  for (let p = 0; p < pages.length; p++) {
    const lines = groupLines(pages[p] ?? []).filter((l) => l.y < HEADER_Y && l.y > FOOTER_Y);
    for (const line of lines) {
      const first = line.items[0];
      if (!first) continue;
      if (!started) {
        if (line.text === 'References' && first.size > 11) {
          started = true;
          marginX = first.x;
        }
        continue;
      }
      if (first.size > 11) return blocks; // next section heading ("A BIG-Bench analysis")
      bodySize ||= first.size;
      const last = blocks[blocks.length - 1];
      // Hanging indent: new entries start at the margin, continuation lines ~10pt further right.
      if (first.x < marginX + 5 || !last) blocks.push({ page: p + 1, y: line.y, lines: [line] });
      else last.lines.push(line);
    }
  }
  if (!started) throw new Error('References heading not found');
  return blocks;
}

/** The block a `cite.<key>` destination points at: same page, first baseline within 20pt below. */
export function blockForDest(blocks: readonly BibBlock[], dest: PdfDest): BibBlock | undefined {
  return blocks.find((b) => b.page === dest.page && b.y <= dest.y && dest.y - b.y < 20);
}

/**
 * Decide whether a line-final hyphen is a break inside one word ("mod-" + "els") or part of a
 * compound ("few-" + "shot"), by looking the candidates up in the document's own vocabulary.
 */
export function makeDehyphenator(
  vocabulary: ReadonlySet<string>,
): (before: string, after: string) => boolean {
  return (before, after) => {
    const a = /([\p{L}\d]+)$/u.exec(before)?.[1] ?? '';
    const b = /^([\p{L}\d]+)/u.exec(after)?.[1] ?? '';
    if (!a || !b) return false;
    if (vocabulary.has(`${a}-${b}`.toLowerCase())) return false;
    if (vocabulary.has(`${a}${b}`.toLowerCase())) return true;
    // Unknown either way: TeX only inserts hyphens inside lowercase words.
    return /^\p{Ll}/u.test(b);
  };
}

/** Lowercased words (and hyphenated compounds) of a text, for `makeDehyphenator`. */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const v = new Set<string>();
  for (const t of texts)
    for (const m of t.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu)) {
      const w = m[0].toLowerCase();
      v.add(w);
      for (const part of w.split('-')) v.add(part);
    }
  return v;
}

interface Run {
  text: string;
  kind: 'roman' | 'italic' | 'url';
}

/** Classify runs by font: the most common font is roman, the font of "http…" runs is the URL font, any other is italic. */
function runsOf(
  block: BibBlock,
  romanFont: string,
  urlFont: string,
  dehyphen: (a: string, b: string) => boolean,
): Run[] {
  const runs: Run[] = [];
  for (let li = 0; li < block.lines.length; li++) {
    const line = block.lines[li];
    if (!line) continue;
    for (const it of line.items) {
      const kind: Run['kind'] =
        it.font === romanFont || it.str.trim() === ''
          ? 'roman'
          : it.font === urlFont
            ? 'url'
            : 'italic';
      const prev = runs[runs.length - 1];
      if (prev && prev.kind === kind) prev.text += it.str;
      else if (prev && it.str.trim() === '') prev.text += it.str;
      else runs.push({ text: it.str, kind });
    }
    const prev = runs[runs.length - 1];
    if (!prev || li === block.lines.length - 1) continue;
    // Line break: URLs and DOIs continue without a space; words broken by a hyphen are rejoined.
    const nextFirst = block.lines[li + 1]?.items[0]?.str ?? '';
    if (prev.kind === 'url' || /(?:\/|doi: \S*)$/.test(prev.text)) continue;
    if (prev.text.endsWith('-')) {
      if (dehyphen(prev.text.slice(0, -1), nextFirst)) prev.text = prev.text.slice(0, -1);
      continue;
    }
    prev.text += ' ';
  }
  return runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
}

/** Index just past the author list: the first ". " not preceded by an initial ("J."), or after "et al.". */
export function authorsEnd(s: string): number {
  const re = /\.\s/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const word = /(\S+)$/.exec(s.slice(0, m.index))?.[1] ?? '';
    if (/^(?:\p{Lu}|\p{Lu}\.-?\p{Lu})$/u.test(word)) continue; // initial like "J" / "J.-B"
    return m.index + 1;
  }
  return -1;
}

/** Split a printed name into CSL family/given ("Sydney von Arx" → family "von Arx"); one word → literal. */
export function splitName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { literal: words[0] ?? '' };
  let i = words.length - 1;
  // Lowercase particles belong to the family name in the printed form ("van den Driessche").
  const suffix = /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(words[i] ?? '') ? words[i--] : undefined;
  const end = i + 1;
  // Particles belong to the family name in the printed form ("van den Driessche", "Le Scao").
  while (i > 1 && /^(?:von|van|den|der|de|da|del|di|du|le|la|las|los)$/i.test(words[i - 1] ?? ''))
    i--;
  const parsed: CslName = {
    family: words.slice(i, end).join(' '),
    given: words.slice(0, i).join(' '),
  };
  return suffix ? { ...parsed, suffix } : parsed;
}

/** Split the author string "A, B, and C" / "A and B" / "A, B, et al." into names. */
export function parseAuthors(s: string): { author: CslName[]; truncated: boolean } {
  let t = s.trim().replace(/\.$/, '');
  const truncated = /,?\s*et al$/.test(t);
  t = t.replace(/,?\s*et al$/, '');
  const parts = t
    .split(/,\s*and\s+|,\s*|\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  return { author: parts.map(splitName), truncated };
}

/** Parse one block into fields. `romanFont`/`urlFont` are the bibliography's text and URL font ids. */
export function parseEntry(
  block: BibBlock,
  romanFont: string,
  urlFont: string,
  dehyphen: (a: string, b: string) => boolean,
): ParsedEntry {
  const runs = runsOf(block, romanFont, urlFont, dehyphen);
  const text = runs
    .map((r) => r.text)
    .join('')
    .trim();
  const italicIdx = runs.findIndex((r) => r.kind === 'italic');
  const head = (italicIdx >= 0 ? runs.slice(0, italicIdx) : runs.filter((r) => r.kind !== 'url'))
    .map((r) => r.text)
    .join('');
  const cut = authorsEnd(head);
  if (cut < 0) throw new Error(`Bibliography: no author/title boundary in: ${text}`);
  const { author, truncated } = parseAuthors(head.slice(0, cut));
  let title = head.slice(cut).trim();
  const tail = runs
    .slice(italicIdx >= 0 ? italicIdx + 1 : runs.length)
    .filter((r) => r.kind !== 'url')
    .map((r) => r.text)
    .join('');
  let year: string | undefined;
  let locator: string | undefined;
  if (italicIdx >= 0) {
    title = title.replace(/\s*\bIn$/, ''); // "… models. In Findings of EMNLP"
    const m = /^,?\s*(.*?),?\s*((?:19|20)\d\d[a-z]?)\b/.exec(tail);
    year = m?.[2];
    if (m?.[1]) locator = m[1].replace(/,$/, '').trim();
  } else {
    // No italic venue: the year closes the roman head ("Bellard. gpt2tc: …, 2021. URL"); anything
    // after "URL" is a note ("Accessed Apr. 26, 2022").
    const beforeUrl = title.split(/\s*\bURL\b/)[0] ?? title;
    const m = /,\s*(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d[a-z]?)\.?\s*$/.exec(beforeUrl);
    year = m?.[1];
    title = m ? beforeUrl.slice(0, m.index) : beforeUrl;
  }
  title = title
    .replace(/\s*URL\s*$/, '')
    .replace(/\.\s*$/, '')
    .trim();
  if (!year) throw new Error(`Bibliography: no year in: ${text}`);
  const url = runs
    .filter((r) => r.kind === 'url')
    .map((r) => r.text.replace(/\s+/g, ''))
    .join('');
  const doi = /doi:\s*(\S+?)\.?(?:\s|$)/.exec(tail)?.[1];
  const entry: ParsedEntry = { author, authorsTruncated: truncated, title, year, text };
  const venue = italicIdx >= 0 ? runs[italicIdx]?.text.trim() : undefined;
  if (venue) entry.venue = venue;
  if (locator && !/^doi:/.test(locator)) entry.locator = locator;
  if (url) entry.URL = url.replace(/\.$/, '');
  if (doi) entry.DOI = doi;
  return entry;
}

/** The most common font among runs (the roman text font) and the font of runs that start a URL. */
export function bibliographyFonts(blocks: readonly BibBlock[]): { roman: string; url: string } {
  const count = new Map<string, number>();
  let url = '';
  for (const b of blocks)
    for (const l of b.lines)
      for (const it of l.items) {
        count.set(it.font, (count.get(it.font) ?? 0) + it.str.length);
        if (!url && /^https?:/.test(it.str)) url = it.font;
      }
  const roman = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { roman, url };
}

/** natbib-style label: "Wei et al. (2022b)", "Patel & Pavlick (2022)", "BIG-Bench (2022)". */
export function citationLabel(e: Pick<ParsedEntry, 'author' | 'year'>): string {
  const fam = (n: CslName | undefined): string => (!n ? '' : 'literal' in n ? n.literal : n.family);
  const [a, b] = e.author;
  const names =
    e.author.length >= 3
      ? `${fam(a)} et al.`
      : e.author.length === 2
        ? `${fam(a)} & ${fam(b)}`
        : fam(a);
  return `${names} (${e.year})`;
}

/** A CSL-JSON-like reference (the shape written to references.json, before `citedBy`). */
export interface CslReference {
  /** BibTeX key from the PDF's `cite.<key>` link target. */
  id: string;
  /** CSL item type. */
  type: 'article' | 'article-journal' | 'paper-conference' | 'book' | 'thesis' | 'webpage';
  /** Title as printed. */
  title: string;
  /** Authors as printed. */
  author: CslName[];
  /** True when the bibliography prints "et al." instead of the full list. */
  authorsTruncated?: true;
  /** Year (and month when printed). */
  issued: { 'date-parts': [[number] | [number, number]] };
  /** natbib year suffix as printed ("b" of "2022b"). */
  yearSuffix?: string;
  /** How the paper cites it in running text, e.g. "Wei et al. (2022b)". */
  citationLabel: string;
  /** Venue as printed (omitted for arXiv preprints, whose id is in `arXiv`). */
  'container-title'?: string;
  /** Volume/issue/pages or publisher as printed. */
  locator?: string;
  /** URL as printed. */
  URL?: string;
  /** DOI as printed, or read from a doi.org / publisher DOI URL. */
  DOI?: string;
  /** arXiv identifier from the venue ("arXiv preprint arXiv:2204.01691") or an arxiv.org URL. */
  arXiv?: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const CONFERENCE =
  /\b(?:NeurIPS|ICLR|ICML|ACL|EMNLP|NAACL|CHI|USENIX|Conference|Proceedings|Workshop|Findings)\b/;

/** Turn a parsed entry into a CSL-like reference with the given BibTeX key. */
export function toCsl(e: ParsedEntry, id: string): CslReference {
  const ym = /^(\d{4})([a-z]?)$/.exec(e.year);
  const year = Number(ym?.[1] ?? e.year.slice(0, 4));
  const month = MONTHS.indexOf(e.locator ?? '') + 1;
  const arXiv =
    /arXiv:(\d{4}\.\d{4,5})/.exec(e.venue ?? '')?.[1] ??
    /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/.exec(e.URL ?? '')?.[1];
  const doi =
    e.DOI ??
    /(?:doi\.org\/|\/doi\/(?:pdf\/|abs\/|full\/)?)(10\.\d{4,}\/[^\s?#]+)/.exec(e.URL ?? '')?.[1];
  let type: CslReference['type'];
  let title = e.title;
  let container: string | undefined = e.venue;
  const locator = month > 0 ? undefined : e.locator?.replace(/^[.,]\s*/, '');
  if (title === '' && e.venue) {
    // Books and theses set their own title in italics: "Jurafsky & Martin. Speech and Language Processing. Pearson".
    title = e.venue;
    container = undefined;
    type = /thesis/i.test(locator ?? '') ? 'thesis' : 'book';
  } else if (/^arXiv preprint/.test(e.venue ?? '')) {
    type = 'article';
    container = undefined;
  } else if (container && CONFERENCE.test(container)) type = 'paper-conference';
  else if (container) type = 'article-journal';
  else type = 'webpage';
  const ref: CslReference = {
    id,
    type,
    title,
    author: e.author,
    issued: { 'date-parts': [month > 0 ? [year, month] : [year]] },
    citationLabel: citationLabel(e),
  };
  if (e.authorsTruncated) ref.authorsTruncated = true;
  if (ym?.[2]) ref.yearSuffix = ym[2];
  if (container) ref['container-title'] = container;
  if (locator) ref.locator = locator;
  if (e.URL) ref.URL = e.URL;
  if (doi) ref.DOI = doi;
  if (arXiv) ref.arXiv = arXiv;
  return ref;
}

/**
 * The paper itself, from its first page: title (largest font), author lines (the font of the line
 * under the title, at the left margin), the running head's venue and date, the OpenReview URL and
 * the arXiv stamp. It is not in its own bibliography, so its key is ours (see `SELF_ID`).
 */
export function parseSelf(items: readonly TextItem[], id: string): CslReference {
  const lines = groupLines(items);
  // The arXiv stamp ("arXiv:2206.07682v2 [cs.CL] 26 Oct 2022") is bigger but sits in the left margin.
  const inText = lines.filter((l) => (l.items[0]?.x ?? 0) > 50);
  const title = [...inText].sort((a, b) => (b.items[0]?.size ?? 0) - (a.items[0]?.size ?? 0))[0];
  if (!title) throw new Error('page 1 is empty');
  const ti = inText.indexOf(title);
  const authorFont = inText.slice(ti + 1).find((l) => (l.items[0]?.size ?? 0) >= 9)?.items[0]?.font;
  const author: CslName[] = [];
  for (const l of inText.slice(ti + 1)) {
    const first = l.items.find((i) => i.str.trim() !== '');
    if (!first || first.size < 8) continue; // affiliation superscripts
    if (first.font !== authorFont) break;
    author.push(splitName(first.str));
  }
  const head = lines.find((l) => /^Published in /.test(l.text))?.text ?? '';
  const venue = /^Published in (.+?) \((\d\d)\/(\d{4})\)/.exec(head);
  const all = lines.map((l) => l.text).join(' ');
  const url = /https:\/\/openreview\.net\/\S+/.exec(all)?.[0];
  const arXiv = /arXiv:(\d{4}\.\d{4,5})(v\d+)?/.exec(all);
  const year = Number(venue?.[3] ?? 0);
  const ref: CslReference = {
    id,
    type: 'article-journal',
    title: title.text,
    author,
    issued: { 'date-parts': [[year, Number(venue?.[2] ?? 1)]] },
    citationLabel: citationLabel({ author, year: String(year) }),
  };
  if (venue?.[1]) ref['container-title'] = venue[1];
  if (url) ref.URL = url;
  if (arXiv?.[1]) ref.arXiv = arXiv[1];
  return ref;
}
