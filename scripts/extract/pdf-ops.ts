/**
 * Read PDF pages with pdfjs-dist into flat lists of drawn paths and text runs in page coordinates.
 * pdfjs supplies the structure (operators, colours, fonts, glyphs); path vertices and text matrices
 * are replaced by the exact decimals of the content stream (see content-stream.ts), because pdfjs
 * passes them through Float32Arrays.
 */
import { readFile } from 'node:fs/promises';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  exactPage,
  mul,
  openRawPdf,
  pageContentText,
  type ExactPath,
  type Matrix,
  type RawPdf,
} from './content-stream.ts';

/** A point in PDF page space (points, y up). */
export type Pt = [number, number];

/** One painted (or clipping) path with its graphics state. */
export interface DrawnPath {
  /** Operator index in the page's operator list (drawing order). */
  index: number;
  /** How the path was painted; 'clip' for a clipping path that was not painted. */
  paint: 'stroke' | 'fill' | 'fillStroke' | 'clip' | 'none';
  /** Subpaths as vertex lists in page space (curve control points dropped). */
  subpaths: Pt[][];
  /** Whether any segment was a Bézier curve (markers such as circles). */
  curves: boolean;
  /** Whether any subpath was closed. */
  closed: boolean;
  /** Stroke colour as #rrggbb. */
  stroke: string;
  /** Fill colour as #rrggbb. */
  fill: string;
  /** Line width scaled to page space. */
  lineWidth: number;
  /** Dash array (empty when solid). */
  dash: number[];
  /** Bounding box [x0, y0, x1, y1] in page space. */
  bbox: [number, number, number, number];
}

/** One showText call: a run of glyphs sharing font, size and baseline. */
export interface TextRun {
  /** Operator index (drawing order). */
  index: number;
  /** BT…ET block number on the page (pgfplots puts each label in its own block). */
  block: number;
  /** Unicode text. */
  str: string;
  /** Baseline start in page space. */
  x: number;
  /** Baseline start in page space. */
  y: number;
  /** Effective font size in page space. */
  size: number;
  /** Advance width in page space, along the baseline direction. */
  width: number;
  /** Rotation of the baseline in degrees (0 = horizontal, 90 = reading upward). */
  angle: number;
  /** Fill colour. */
  color: string;
}

/** Page graphics: paths and text runs. */
export interface PageContent {
  /** 1-based page number. */
  page: number;
  paths: DrawnPath[];
  texts: TextRun[];
  /** How the exact content-stream geometry was matched: paths substituted, paths on the 1e-5 pt grid, text matrices substituted. */
  exact: { paths: number; onGrid: number; textMatrices: number };
}

const IDENT: Matrix = [1, 0, 0, 1, 0, 0];

/** Apply matrix to a point. */
export function apply(m: Matrix, x: number, y: number): Pt {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

interface GState {
  ctm: Matrix;
  stroke: string;
  fill: string;
  lineWidth: number;
  dash: number[];
}

const RAW = new WeakMap<object, RawPdf>();

/** Open a PDF with pdfjs (and keep its bytes for reading content streams exactly). */
export async function openPdf(path: string) {
  const bytes = await readFile(path);
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    useSystemFonts: false,
  }).promise;
  RAW.set(doc, openRawPdf(bytes));
  return doc;
}

type Doc = Awaited<ReturnType<typeof openPdf>>;

/** Largest allowed distance (pt) between a pdfjs float32 vertex and the content-stream vertex it is matched with. */
const MATCH_TOL = 1e-3;

function colorOf(args: unknown[]): string {
  const v = args[0];
  if (typeof v === 'string') return v.toLowerCase();
  // pdfjs normally hands over "#rrggbb"; fall back on numeric RGB 0..255 just in case.
  const n = args.map((a) => Math.round(Number(a)));
  return (
    '#' +
    n
      .slice(0, 3)
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')
  );
}

/** Read one page's operator list into paths and text runs (CTM applied). */
export async function readPage(doc: Doc, pageNo: number): Promise<PageContent> {
  const page = await doc.getPage(pageNo);
  const ol = await page.getOperatorList();
  const raw = RAW.get(doc);
  if (!raw) throw new Error('readPage: document was not opened with openPdf');
  const exact = exactPage(pageContentText(raw, page.ref!.num));
  let nextPath = 0;
  let nextTm = 0;
  let onGrid = 0;
  // Operators inside annotation appearances and form XObjects come from other streams: not matched.
  let foreign = 0;
  const paths: DrawnPath[] = [];
  const texts: TextRun[] = [];
  let gs: GState = { ctm: IDENT, stroke: '#000000', fill: '#000000', lineWidth: 1, dash: [] };
  const stack: GState[] = [];
  let pendingClip = false;
  // text state
  let tm: Matrix = IDENT;
  let tlm: Matrix = IDENT;
  let fontSize = 10;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  let rise = 0;
  let leading = 0;
  let block = 0;

  for (let i = 0; i < ol.fnArray.length; i++) {
    const fn = ol.fnArray[i];
    const args = (ol.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push(gs);
        gs = { ...gs };
        break;
      case OPS.restore:
        gs = stack.pop() ?? gs;
        break;
      case OPS.transform:
        gs.ctm = mul(args as unknown as Matrix, gs.ctm);
        break;
      case OPS.beginAnnotation:
        foreign++;
        break;
      case OPS.endAnnotation:
        foreign--;
        break;
      case OPS.paintFormXObjectBegin: {
        foreign++;
        stack.push(gs);
        gs = { ...gs };
        const m = args[0] as Matrix | null;
        if (m) gs.ctm = mul(m, gs.ctm);
        break;
      }
      case OPS.paintFormXObjectEnd:
        foreign--;
        gs = stack.pop() ?? gs;
        break;
      case OPS.setLineWidth:
        gs.lineWidth = Number(args[0]);
        break;
      case OPS.setDash:
        gs.dash = [...((args[0] as number[]) ?? [])];
        break;
      case OPS.setStrokeRGBColor:
      case OPS.setStrokeColor:
        gs.stroke = colorOf(args);
        break;
      case OPS.setFillRGBColor:
      case OPS.setFillColor:
        gs.fill = colorOf(args);
        break;
      case OPS.setStrokeGray:
        gs.stroke = colorOf([Number(args[0]) * 255, Number(args[0]) * 255, Number(args[0]) * 255]);
        break;
      case OPS.setFillGray:
        gs.fill = colorOf([Number(args[0]) * 255, Number(args[0]) * 255, Number(args[0]) * 255]);
        break;
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath: {
        const op = args[0] as number;
        const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
        const isClip = pendingClip;
        pendingClip = false;
        let ex: ExactPath | null = null;
        if (!foreign) {
          ex = exact.paths[nextPath++] ?? null;
          if (!ex)
            throw new Error(
              `page ${pageNo}: pdfjs paints more paths than the content stream holds`,
            );
          checkMatch(pageNo, i, data ?? [], gs.ctm, ex);
          if (ex.onGrid) onGrid++;
        }
        if (!data) break;
        const p = buildPath(i, op, ex ? ex.data : pageSpace(data, gs.ctm), gs, isClip);
        if (p) paths.push(p);
        break;
      }
      case OPS.beginText:
        tm = IDENT;
        tlm = IDENT;
        block++;
        break;
      case OPS.setFont:
        fontSize = Number(args[1]);
        break;
      case OPS.setCharSpacing:
        charSpacing = Number(args[0]);
        break;
      case OPS.setWordSpacing:
        wordSpacing = Number(args[0]);
        break;
      case OPS.setHScale:
        hScale = Number(args[0]) / 100;
        break;
      case OPS.setTextRise:
        rise = Number(args[0]);
        break;
      case OPS.setLeading:
        leading = Number(args[0]);
        break;
      case OPS.setLeadingMoveText:
        leading = -Number(args[1]);
        tlm = mul([1, 0, 0, 1, Number(args[0]), Number(args[1])], tlm);
        tm = tlm;
        break;
      case OPS.moveText:
        tlm = mul([1, 0, 0, 1, Number(args[0]), Number(args[1])], tlm);
        tm = tlm;
        break;
      case OPS.setTextMatrix:
        // pdfjs 6 wraps the six numbers in one (float32) array argument; use the exact decimals of the stream.
        tlm = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])
          ? Array.from(args[0] as ArrayLike<number>)
          : args) as unknown as Matrix;
        if (!foreign) {
          const ex = exact.textMatrices[nextTm++];
          if (!ex || ex.length !== 6 || ex.some((v, k) => Math.fround(v) !== Math.fround(tlm[k]!)))
            throw new Error(
              `page ${pageNo}: text matrix ${nextTm} does not match the content stream`,
            );
          tlm = ex as Matrix;
        }
        tm = tlm;
        break;
      case OPS.nextLine:
        tlm = mul([1, 0, 0, 1, 0, -leading], tlm);
        tm = tlm;
        break;
      case OPS.showText:
      case OPS.showSpacedText: {
        const glyphs = (args[0] ?? []) as unknown[];
        let str = '';
        let adv = 0;
        for (const g of glyphs) {
          if (typeof g === 'number') {
            adv -= (g / 1000) * fontSize * hScale;
            // A large negative kern inside a label is an interword gap (TeX often encodes spaces so).
            if (g < -200 && str.length > 0 && !str.endsWith(' ')) str += ' ';
            continue;
          }
          const gl = g as { unicode?: string; width?: number; isSpace?: boolean } | null;
          if (!gl) continue;
          str += gl.unicode ?? '';
          adv +=
            (((gl.width ?? 0) / 1000) * fontSize + charSpacing + (gl.isSpace ? wordSpacing : 0)) *
            hScale;
        }
        const trm = mul([1, 0, 0, 1, 0, rise], mul(tm, gs.ctm));
        const [x, y] = apply(trm, 0, 0);
        const sx = Math.hypot(trm[0], trm[1]);
        const sy = Math.hypot(trm[2], trm[3]);
        const angle = (Math.atan2(trm[1], trm[0]) * 180) / Math.PI;
        texts.push({
          index: i,
          block,
          str,
          x,
          y,
          size: fontSize * sy,
          width: adv * sx,
          angle,
          color: gs.fill,
        });
        tm = mul([1, 0, 0, 1, adv, 0], tm);
        break;
      }
      default:
        break;
    }
  }
  page.cleanup();
  if (nextPath !== exact.paths.length)
    throw new Error(
      `page ${pageNo}: content stream paints ${exact.paths.length} paths, pdfjs ${nextPath}`,
    );
  if (nextTm !== exact.textMatrices.length)
    throw new Error(
      `page ${pageNo}: content stream sets ${exact.textMatrices.length} text matrices, pdfjs ${nextTm}`,
    );
  return { page: pageNo, paths, texts, exact: { paths: nextPath, onGrid, textMatrices: nextTm } };
}

/** pdfjs path data (user space, float32) → page space, same layout. */
function pageSpace(data: ArrayLike<number>, m: Matrix): number[] {
  const out: number[] = [];
  for (let k = 0; k < data.length;) {
    const code = data[k++]!;
    out.push(code);
    const n = code === 0 || code === 1 ? 1 : code === 2 ? 3 : code === 3 ? 2 : 0;
    if (code > 4) break;
    for (let j = 0; j < n; j++, k += 2) out.push(...apply(m, data[k] ?? 0, data[k + 1] ?? 0));
  }
  return out;
}

/** The content-stream path must be the pdfjs path: same operators, vertices within MATCH_TOL. */
function checkMatch(
  pageNo: number,
  index: number,
  data: ArrayLike<number>,
  m: Matrix,
  ex: ExactPath,
): void {
  const got = pageSpace(data, m);
  const bad =
    got.length !== ex.data.length || got.some((v, k) => Math.abs(v - ex.data[k]!) > MATCH_TOL);
  if (bad)
    throw new Error(
      `page ${pageNo}: operator ${index}: pdfjs path does not match the content stream path (${got.slice(0, 6).join(' ')} vs ${ex.data.slice(0, 6).join(' ')})`,
    );
}

/** Build a DrawnPath from page-space path data (pdfjs DrawOPS layout). */
function buildPath(
  index: number,
  op: number,
  data: ArrayLike<number>,
  gs: GState,
  isClip: boolean,
): DrawnPath | null {
  const subpaths: Pt[][] = [];
  let cur: Pt[] = [];
  let curves = false;
  let closed = false;
  const m = gs.ctm;
  const pt = (k: number): Pt => [data[k] ?? 0, data[k + 1] ?? 0];
  for (let k = 0; k < data.length;) {
    const code = data[k++];
    if (code === 0) {
      if (cur.length) subpaths.push(cur);
      cur = [pt(k)];
      k += 2;
    } else if (code === 1) {
      cur.push(pt(k));
      k += 2;
    } else if (code === 2) {
      curves = true;
      cur.push(pt(k + 4));
      k += 6;
    } else if (code === 3) {
      curves = true;
      cur.push(pt(k + 2));
      k += 4;
    } else if (code === 4) {
      closed = true;
    } else {
      break;
    }
  }
  if (cur.length) subpaths.push(cur);
  if (!subpaths.length) return null;
  let paint: DrawnPath['paint'];
  if (isClip) paint = 'clip';
  else if (op === OPS.stroke || op === OPS.closeStroke) paint = 'stroke';
  else if (op === OPS.fill || op === OPS.eoFill) paint = 'fill';
  else if (
    op === OPS.fillStroke ||
    op === OPS.eoFillStroke ||
    op === OPS.closeFillStroke ||
    op === OPS.closeEOFillStroke
  )
    paint = 'fillStroke';
  else paint = 'none';
  if (op === OPS.closeStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke)
    closed = true;
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const sp of subpaths)
    for (const [x, y] of sp) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  return {
    index,
    paint,
    subpaths,
    curves,
    closed,
    stroke: gs.stroke,
    fill: gs.fill,
    lineWidth: gs.lineWidth * scale,
    dash: gs.dash.map((d) => d * scale),
    bbox: [x0, y0, x1, y1],
  };
}
