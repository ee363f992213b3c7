/**
 * Table 1, Appendix E and the cited bibliography of Wei et al. 2022 (arXiv 2206.07682v2), parsed
 * from the PDF's text layer. Called by scripts/extract-figures.ts; also runnable alone:
 *
 *   npx tsx scripts/extract/tables.ts [path/to/wei2022-emergent-abilities-arxiv-v2.pdf]
 *
 * writes content/data/{emergent-abilities,bigbench-tasks,references}.json.
 * Output is deterministic: arrays in document order (references by id), fixed key order.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AbilitiesFile } from '../../src/lib/data/abilities-schema.ts';
import type { BigbenchFile } from '../../src/lib/data/bigbench-schema.ts';
import type { ReferencesFile } from '../../src/lib/data/references-schema.ts';
import { parseParams, parseScaleString } from '../../src/lib/format/scale.ts';
import {
  findCaptions,
  matchScore,
  panelMentions,
  panelNotes,
  panelTitles,
  type Caption,
} from './text-captions.ts';
import { groupLines, loadPdf, type PdfData } from './text-layer.ts';
import { abilityId, findTable1Page, parseTable1, type Table1Row } from './text-table1.ts';
import { parseAppendixE, parseAppendixF, splitTaskList } from './text-appendix-e.ts';
import {
  blockForDest,
  bibliographyFonts,
  findBibliography,
  makeDehyphenator,
  parseEntry,
  parseSelf,
  toCsl,
  vocabularyOf,
  type CslReference,
} from './text-references.ts';
import { joinWrapped, kebab } from './text-util.ts';
import { checkOutput } from './check-output.ts';

/** Key for the paper itself: it is not in its own bibliography, so this id is ours, not the PDF's. */
export const SELF_ID = 'wei2022emergent';

/** Own-words one-liners for Appendix E's subsections (the PDF only has the titles). */
const CATEGORY_DESCRIPTIONS: Record<string, string> = {
  'E.1': 'Performance improves predictably as models get bigger; no sudden jump.',
  'E.2': 'Near-random until LaMDA 137B or GPT-3 175B, then clearly above random.',
  'E.3':
    'Near-random for every LaMDA and GPT-3 size; above random only with a PaLM model (8B, 62B or 540B).',
  'E.4': 'No model tested does better than random: candidates for future emergence.',
  'E.5':
    'Left out of Figure 8: no scale trend, worse with scale, too few examples, incomplete evaluations, or unclear.',
};

/**
 * Identifiers the bibliography does not print, added by hand so readers get a stable link. Each
 * is well known and checkable; the output marks them with `source: { <field>: 'added' }`.
 */
const ADDED: Record<string, { arXiv?: string; DOI?: string }> = {
  brown2020language: { arXiv: '2005.14165' },
  hendrycks2020measuring: { arXiv: '2009.03300' },
  merity2016pointer: { arXiv: '1609.07843' },
  'pilehvar-camacho-collados-2019-wic': { DOI: '10.18653/v1/N19-1128' },
  wei2021finetuned: { arXiv: '2109.01652' },
};

const PANEL_FIGURES = [2, 3] as const;

/** The three files, typed by the site's schemas (checkOutput() validates the values before writing). */
type Output = {
  'emergent-abilities.json': AbilitiesFile;
  'bigbench-tasks.json': BigbenchFile;
  'references.json': ReferencesFile;
};

/** Parse the three datasets from the PDF at `pdfPath`. */
export async function extractTables(pdfPath: string): Promise<Output> {
  const pdf = await loadPdf(pdfPath);
  const refs = buildReferences(pdf);
  const table = parseTable1(
    pdf.pages[findTable1Page(pdf.pages) - 1] ?? [],
    pdf.links,
    findTable1Page(pdf.pages),
  );
  const captions = findCaptions(pdf.pages, pdf.links);
  const charts = chartIds(pdf, table, captions, refs.byLabel);

  const abilities = table.map((r) => ({
    id: abilityId(r.ability),
    kind: r.kind,
    ability: r.ability,
    flops: parseScaleString(r.flops),
    params: parseParams(r.params),
    flopsPrinted: r.flops,
    paramsPrinted: r.params,
    model: r.model,
    reference: r.reference,
    referenceKeys: r.referenceKeys,
    row: r.row,
    ...(r.filledFromRow !== undefined ? { filledFromRow: r.filledFromRow } : {}),
    chartIds: charts.get(r.row) ?? [],
  }));

  // citedBy: Table 1 and every figure caption from 2 to 13, via the caption's citation links.
  const citedBy = new Map<string, Set<string>>();
  const cite = (key: string, by: string): void => {
    citedBy.set(key, (citedBy.get(key) ?? new Set()).add(by));
  };
  for (const r of table) for (const k of r.referenceKeys) cite(k, 'table1');
  for (const c of captions)
    if (c.figure >= 2 && c.figure <= 13) for (const k of c.citeKeys) cite(k, `fig${c.figure}`);
  cite(SELF_ID, 'self');
  const order = (s: string): number =>
    s === 'self' ? -1 : s === 'table1' ? 0 : Number(s.slice(3));
  const references = [...citedBy.keys()].sort().map((id) => {
    const ref = id === SELF_ID ? refs.self : withAdded(refs.byKey.get(id));
    if (!ref) throw new Error(`cited key ${id} has no bibliography entry`);
    return { ...ref, citedBy: [...(citedBy.get(id) ?? [])].sort((a, b) => order(a) - order(b)) };
  });

  return {
    'emergent-abilities.json': { abilities },
    'bigbench-tasks.json': buildBigBench(pdf),
    'references.json': { references },
  };
}

/** Fill in hand-added identifiers (only where the PDF has none) and flag them. */
function withAdded(
  ref: CslReference | undefined,
): (CslReference & { source?: Record<string, 'added'> }) | undefined {
  if (!ref) return undefined;
  const add = ADDED[ref.id];
  if (!add) return ref;
  const out: CslReference & { source?: Record<string, 'added'> } = { ...ref };
  const source: Record<string, 'added'> = {};
  if (add.arXiv && !ref.arXiv) {
    out.arXiv = add.arXiv;
    source['arXiv'] = 'added';
  }
  if (add.DOI && !ref.DOI) {
    out.DOI = add.DOI;
    source['DOI'] = 'added';
  }
  if (Object.keys(source).length > 0) out.source = source;
  return out;
}

/** Parse every bibliography entry that a `cite.*` link points at, plus the paper itself. */
function buildReferences(pdf: PdfData): {
  byKey: Map<string, CslReference>;
  byLabel: Map<string, string>;
  self: CslReference;
} {
  const blocks = findBibliography(pdf.pages);
  const fonts = bibliographyFonts(blocks);
  const dehyphen = makeDehyphenator(vocabularyOf(pdf.pages.flat().map((i) => i.str)));
  const byKey = new Map<string, CslReference>();
  const byLabel = new Map<string, string>();
  for (const [name, dest] of Object.entries(pdf.dests).sort(([a], [b]) => a.localeCompare(b))) {
    const block = blockForDest(blocks, dest);
    if (!block) throw new Error(`no bibliography entry at ${name}`);
    const key = name.slice('cite.'.length);
    const ref = toCsl(parseEntry(block, fonts.roman, fonts.url, dehyphen), key);
    byKey.set(key, ref);
    byLabel.set(ref.citationLabel, key);
  }
  const self = { ...parseSelf(pdf.pages[0] ?? [], SELF_ID), source: { id: 'added' as const } };
  return { byKey, byLabel, self };
}

/**
 * Which Figure 2/3 panels plot each Table 1 row. A panel's caption note names its sources
 * ("G: Hendrycks et al. (2021a), Rae et al. (2021), and Hoffmann et al. (2022)"); rows citing one
 * of those are the candidates. One candidate is taken as is (A–D: only "Many BIG-Bench tasks"
 * cites BIG-Bench). Several are narrowed to those whose ability shares a content word with the
 * panel title or with running-text sentences naming that panel alone ("Figure 2G shows the Massive
 * Multi-task Language Understanding (MMLU) benchmark…"); range mentions like "Figure 2D–H" are
 * left out because they are about groups of panels and match too much.
 */
function chartIds(
  pdf: PdfData,
  table: readonly Table1Row[],
  captions: readonly Caption[],
  byLabel: Map<string, string>,
): Map<number, string[]> {
  const fullText = joinWrapped(
    pdf.pages.flatMap((items) => groupLines(items).map((l) => l.text)),
    makeDehyphenator(vocabularyOf(pdf.pages.flat().map((i) => i.str))),
  );
  const out = new Map<number, string[]>();
  for (const fig of PANEL_FIGURES) {
    const cap = captions.find((c) => c.figure === fig);
    if (!cap) throw new Error(`Figure ${fig} caption not found`);
    const notes = panelNotes(cap.text);
    for (const { letter, title } of panelTitles(pdf.pages[cap.page - 1] ?? [])) {
      const note = notes.get(letter) ?? '';
      const keys = new Set(
        [...byLabel].filter(([label]) => note.includes(label)).map(([, key]) => key),
      );
      const candidates = table.filter((r) => r.referenceKeys.some((k) => keys.has(k)));
      const context = [title, ...panelMentions(fullText, fig, letter, false)].join(' ');
      const chosen =
        candidates.length === 1
          ? candidates
          : candidates.filter((r) => matchScore(r.ability, context) > 0);
      if (chosen.length === 0)
        throw new Error(`Figure ${fig}${letter} (${title}): no Table 1 row matched`);
      for (const r of chosen)
        out.set(r.row, [...(out.get(r.row) ?? []), `fig${fig}${letter.toLowerCase()}`]);
    }
  }
  return out;
}

/** Appendix E subsections and tasks, with Appendix F's PaLM-62B flag. */
function buildBigBench(pdf: PdfData): BigbenchFile {
  const { sections } = parseAppendixE(pdf.pages);
  const palm62b = new Set(parseAppendixF(pdf.pages));
  const categories = sections.map((s) => ({
    id: s.id,
    title: s.title,
    description: CATEGORY_DESCRIPTIONS[s.id] ?? '',
  }));
  const tasks = sections.flatMap((s) =>
    s.paragraphs.flatMap(splitTaskList).map((t) => ({
      name: t.name,
      id: kebab(t.name),
      category: s.id,
      ...(t.group !== undefined ? { group: t.group } : {}),
      ...(t.note !== undefined ? { note: t.note } : {}),
      ...(palm62b.has(t.name) ? { palm62bEmergent: true as const } : {}),
    })),
  );
  return { categories, tasks };
}

/** CLI: write the three files into content/data/. */
async function main(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const pdfPath = resolve(
    process.argv[2] ?? resolve(root, '../shared/sources/wei2022-emergent-abilities-arxiv-v2.pdf'),
  );
  const out = await extractTables(pdfPath);
  // Validated against the site's schemas and cross-references first: all files are written or none.
  await checkOutput(out, root);
  for (const [name, data] of Object.entries(out)) {
    const file = resolve(root, 'content/data', name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(data, null, 2) + '\n');
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
