/**
 * Positioned text and internal links from a PDF via pdfjs-dist.
 *
 * pdfjs gives text runs ("items") with a transform matrix; we keep the baseline origin (x, y in PDF
 * points, y growing upwards), the run width, font size and font id, and group runs into visual
 * lines by baseline. Internal links (hyperref `cite.<bibkey>` destinations) are kept too: they give
 * the BibTeX keys the authors used, so reference ids come from the PDF rather than being invented.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFile } from 'node:fs/promises';

/** One text run as drawn on the page. */
export interface TextItem {
  /** The run's characters. */
  str: string;
  /** Left edge of the run (PDF points from the page's left). */
  x: number;
  /** Baseline of the run (PDF points from the page's bottom). */
  y: number;
  /** Advance width of the run (PDF points). */
  w: number;
  /** Font size (PDF points), from the transform's scale. */
  size: number;
  /** pdfjs font id, used to tell italic/bold/monospace fonts apart. */
  font: string;
}

/** A visual line: runs sharing a baseline, sorted left to right. */
export interface TextLine {
  /** Baseline (the first run's y). */
  y: number;
  /** Runs on this line, left to right. */
  items: TextItem[];
  /** Runs joined, with a space wherever a horizontal gap separates two runs. */
  text: string;
}

/** An internal link annotation (e.g. a citation pointing at a bibliography entry). */
export interface PdfLink {
  /** 1-based page the link is on. */
  page: number;
  /** Named destination, e.g. "cite.brown2020language". */
  dest: string;
  /** Clickable rectangle [x1, y1, x2, y2] in PDF points. */
  rect: [number, number, number, number];
}

/** Where a named destination points. */
export interface PdfDest {
  /** 1-based page. */
  page: number;
  /** Top y of the view (PDF points); hyperref puts it a line above the target's baseline. */
  y: number;
}

/** Everything the table extractors need from the PDF. */
export interface PdfData {
  /** Text items per page (index 0 = page 1), in content-stream order. */
  pages: TextItem[][];
  /** Internal links of every page, in page then annotation order. */
  links: PdfLink[];
  /** Resolved `cite.*` destinations, keyed by destination name. */
  dests: Record<string, PdfDest>;
}

/** Load a PDF: positioned text items, internal links, and the citation destinations they use. */
export async function loadPdf(pdfPath: string): Promise<PdfData> {
  const data = new Uint8Array(await readFile(pdfPath));
  const task = getDocument({ data, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const pages: TextItem[][] = [];
  const links: PdfLink[] = [];
  const dests: Record<string, PdfDest> = {};
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a = 0, b = 0, , d = 0, e = 0, f = 0] = it.transform as number[];
        items.push({
          str: it.str,
          x: e,
          y: f,
          w: it.width,
          size: Math.hypot(a, b) || Math.abs(d),
          font: it.fontName,
        });
      }
      pages.push(items);
      for (const an of (await page.getAnnotations()) as Array<Record<string, unknown>>) {
        if (an['subtype'] !== 'Link' || typeof an['dest'] !== 'string') continue;
        const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = an['rect'] as number[];
        links.push({ page: p, dest: an['dest'], rect: [x1, y1, x2, y2] });
      }
      page.cleanup();
    }
    const names = [
      ...new Set(links.map((l) => l.dest).filter((n) => n.startsWith('cite.'))),
    ].sort();
    for (const name of names) {
      // Named destinations live in a name tree that getDestinations() does not enumerate for this
      // file, but looking each one up by name works.
      const dest = (await doc.getDestination(name)) as unknown[] | null;
      if (!dest || dest[0] === null || typeof dest[0] !== 'object') continue;
      const pageIndex = await doc.getPageIndex(dest[0] as { num: number; gen: number });
      dests[name] = { page: pageIndex + 1, y: typeof dest[3] === 'number' ? dest[3] : 0 };
    }
  } finally {
    // pdfjs 6: the loading task owns the worker; destroying it releases the document too.
    await task.destroy();
  }
  return { pages, links, dests };
}

/** Join runs of one line: insert a space where the gap between runs exceeds `gapRatio` × font size. */
export function joinItems(items: readonly TextItem[], gapRatio = 0.15): string {
  let out = '';
  let prevEnd: number | undefined;
  for (const it of items) {
    if (it.str.trim() === '') {
      // pdfjs emits inter-word spaces as their own runs; keep one.
      out += ' ';
      prevEnd = it.x + it.w;
      continue;
    }
    if (prevEnd !== undefined && it.x - prevEnd > gapRatio * it.size) out += ' ';
    out += it.str;
    prevEnd = it.x + it.w;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Group items into lines by baseline (within `tol` points), top of page first.
 * Superscripts sit a few points off the baseline; ~2pt keeps them (and Table 1's bullet glyphs,
 * drawn 3pt higher) on lines of their own, which the parsers then ignore.
 */
export function groupLines(items: readonly TextItem[], tol = 2): TextLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: TextLine[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= tol) last.items.push(it);
    else lines.push({ y: it.y, items: [it], text: '' });
  }
  for (const l of lines) {
    l.items.sort((p, q) => p.x - q.x);
    l.text = joinItems(l.items);
  }
  return lines;
}

/** Links on a page whose rectangle's vertical centre lies within [yMin, yMax] (and optional x range). */
export function linksIn(
  links: readonly PdfLink[],
  page: number,
  yMin: number,
  yMax: number,
  xMin = -Infinity,
  xMax = Infinity,
): PdfLink[] {
  return links.filter((l) => {
    if (l.page !== page) return false;
    const cy = (l.rect[1] + l.rect[3]) / 2;
    const cx = (l.rect[0] + l.rect[2]) / 2;
    return cy >= yMin && cy <= yMax && cx >= xMin && cx <= xMax;
  });
}
