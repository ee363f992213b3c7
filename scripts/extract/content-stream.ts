/**
 * Exact geometry from a page's content stream.
 *
 * pdfjs hands path coordinates over in a Float32Array (and folds `q cm <path> Q` groups into
 * float32 page coordinates) and text matrices (`Tm`) in a Float32Array too, so a vertex written
 * as 116.48 comes back as 116.4800033…. This module reads the page's content stream itself,
 * keeps every number as the decimal the PDF wrote, and replays the path and CTM operators in the
 * same way pdfjs does, so that readPage() can substitute exact coordinates for each pdfjs path.
 *
 * Precision of the figures in arXiv 2206.07682v2 (pdfTeX + pgfplots), checked on every figure page:
 * path coordinates (m, l, c, re) are written with at most 5 decimals, `cm` translations and text
 * positions (Td, Tm) with at most 3 decimals, and every `cm` that applies to a path is a pure
 * translation (the only other matrices are the 90° rotations of y-axis titles and the 45° rotations
 * of Figure 8's category labels, which carry text only). Page-space vertices are therefore exact
 * multiples of 1e-5 pt; {@link GRID} snaps them onto that grid, which removes the double rounding
 * noise of summing the translations and is lossless by the argument above. Float32 cannot carry
 * 5 decimals at these magnitudes (its spacing is 1.5e-5 pt at 128–256 pt and 3.1e-5 pt at
 * 256–512 pt), so rounding pdfjs' values to 5 decimals would not be lossless; parsing is.
 */
import { inflateSync } from 'node:zlib';

/** Resolution of page-space vertices in the figures: 5 decimals (1e-5 pt). */
export const GRID_DECIMALS = 5;
/** 1e-5 pt. */
export const GRID = 10 ** -GRID_DECIMALS;

/** A raw PDF file with its cross-reference offsets. */
export interface RawPdf {
  text: string;
  bytes: Buffer;
  offsets: Map<number, number>;
}

/** Parse a classic cross-reference table chain (the arXiv PDF has one). Throws on xref streams. */
export function openRawPdf(bytes: Buffer): RawPdf {
  const text = bytes.toString('latin1');
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!sx) throw new Error('content-stream: startxref not found');
  const offsets = new Map<number, number>();
  let at: number | null = Number(sx[1]);
  const seen = new Set<number>();
  while (at !== null && !seen.has(at)) {
    seen.add(at);
    if (text.slice(at, at + 4) !== 'xref')
      throw new Error('content-stream: only classic xref tables are supported');
    const end = text.indexOf('trailer', at);
    const lines = text
      .slice(at + 4, end)
      .trim()
      .split(/\r?\n|\r/);
    let num = 0;
    for (const line of lines) {
      const parts = line.trim().split(/\s+/);
      if (parts.length === 2) num = Number(parts[0]);
      else if (parts.length === 3) {
        // Newer sections win: only set entries not already set by a later update.
        if (parts[2] === 'n' && !offsets.has(num)) offsets.set(num, Number(parts[0]));
        num++;
      }
    }
    const trailer = text.slice(end, text.indexOf('>>', end) + 2);
    const prev = /\/Prev\s+(\d+)/.exec(trailer);
    at = prev ? Number(prev[1]) : null;
  }
  return { text, bytes, offsets };
}

/** The dictionary text of object `num` (up to `stream` or `endobj`). */
function objectDict(pdf: RawPdf, num: number): { dict: string; streamStart: number | null } {
  const off = pdf.offsets.get(num);
  if (off === undefined) throw new Error(`content-stream: object ${num} not in the xref table`);
  const head = new RegExp(`^${num}\\s+\\d+\\s+obj`).exec(pdf.text.slice(off, off + 40));
  if (!head) throw new Error(`content-stream: object ${num} not at its xref offset`);
  const endobj = pdf.text.indexOf('endobj', off);
  const stream = pdf.text.indexOf('stream', off);
  if (stream >= 0 && stream < endobj) {
    let s = stream + 'stream'.length;
    if (pdf.text[s] === '\r') s++;
    if (pdf.text[s] === '\n') s++;
    return { dict: pdf.text.slice(off + head[0].length, stream), streamStart: s };
  }
  return { dict: pdf.text.slice(off + head[0].length, endobj), streamStart: null };
}

function streamBytes(pdf: RawPdf, num: number): Buffer {
  const { dict, streamStart } = objectDict(pdf, num);
  if (streamStart === null) throw new Error(`content-stream: object ${num} is not a stream`);
  const lenRef = /\/Length\s+(\d+)\s+\d+\s+R/.exec(dict);
  const len = lenRef
    ? Number(objectDict(pdf, Number(lenRef[1])).dict.trim())
    : Number(/\/Length\s+(\d+)/.exec(dict)?.[1]);
  if (!Number.isFinite(len)) throw new Error(`content-stream: object ${num} has no /Length`);
  const raw = pdf.bytes.subarray(streamStart, streamStart + len);
  const filters = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1]?.match(/\/\w+/g) ?? [];
  let out: Buffer = Buffer.from(raw);
  for (const f of filters) {
    if (f !== '/FlateDecode') throw new Error(`content-stream: filter ${f} not supported`);
    out = inflateSync(out);
  }
  return out;
}

/** Decoded content stream(s) of the page object `pageObj`, concatenated as pdfjs does. */
export function pageContentText(pdf: RawPdf, pageObj: number): string {
  const { dict } = objectDict(pdf, pageObj);
  const m = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(dict);
  if (!m) return '';
  const refs = [...m[1]!.matchAll(/(\d+)\s+\d+\s+R/g)].map((r) => Number(r[1]));
  return refs.map((r) => streamBytes(pdf, r).toString('latin1')).join('\n');
}

/** An operand token: numbers keep the decimal text as written. */
type Operand = { t: 'num'; v: number; s: string } | { t: 'other' };

/** Split a content stream into operand lists and operators (strings, arrays and dicts are skipped as opaque operands). */
export function* tokenize(src: string): Generator<{ op: string; args: Operand[] }> {
  const isWs = (c: string) =>
    c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
  const isDelim = (c: string) => '()<>[]{}/%'.includes(c);
  let args: Operand[] = [];
  let i = 0;
  const n = src.length;
  let depth = 0; // inside [ ] or << >>: operands are opaque
  while (i < n) {
    const c = src[i]!;
    if (isWs(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < n && src[i] !== '\n' && src[i] !== '\r') i++;
      continue;
    }
    if (c === '(') {
      let lvl = 1;
      i++;
      while (i < n && lvl > 0) {
        const d = src[i]!;
        if (d === '\\') i += 2;
        else {
          if (d === '(') lvl++;
          else if (d === ')') lvl--;
          i++;
        }
      }
      if (!depth) args.push({ t: 'other' });
      continue;
    }
    if (c === '<' && src[i + 1] === '<') {
      depth++;
      i += 2;
      continue;
    }
    if (c === '>' && src[i + 1] === '>') {
      depth--;
      i += 2;
      if (!depth) args.push({ t: 'other' });
      continue;
    }
    if (c === '<') {
      i = src.indexOf('>', i) + 1;
      if (!depth) args.push({ t: 'other' });
      continue;
    }
    if (c === '[') {
      depth++;
      i++;
      continue;
    }
    if (c === ']') {
      depth--;
      i++;
      if (!depth) args.push({ t: 'other' });
      continue;
    }
    if (c === '/') {
      i++;
      while (i < n && !isWs(src[i]!) && !isDelim(src[i]!)) i++;
      if (!depth) args.push({ t: 'other' });
      continue;
    }
    let j = i;
    while (j < n && !isWs(src[j]!) && !isDelim(src[j]!)) j++;
    if (j === i) j++;
    const word = src.slice(i, j);
    i = j;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      if (!depth) args.push({ t: 'num', v: Number(word), s: word });
      continue;
    }
    if (depth) continue;
    if (word === 'BI') {
      // Inline image: skip its data up to EI.
      const ei = src.slice(i).search(/\sEI(\s|$)/);
      i = ei < 0 ? n : i + ei + 3;
      args = [];
      continue;
    }
    yield { op: word, args };
    args = [];
  }
}

/** A PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];

/** m1 applied first, then m2 (PDF convention: CTM' = m1 × CTM). */
export function mul(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}
const decimals = (s: string) => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

/** One painted (or clipping / ended) path in page space, laid out like pdfjs' path buffer. */
export interface ExactPath {
  /** pdfjs DrawOPS codes (0 moveTo, 1 lineTo, 2 curveTo, 4 closePath) followed by their page-space coordinates. */
  data: number[];
  /** True when every coordinate is provably on the 1e-5 pt grid (and was snapped onto it). */
  onGrid: boolean;
}

/** Exact content of one page: paths in painting order and text matrices in order. */
export interface ExactPage {
  paths: ExactPath[];
  textMatrices: number[][];
}

/** Replay path construction, painting, q/Q/cm and Tm like pdfjs' evaluator, with exact decimals. */
export function exactPage(src: string): ExactPage {
  const paths: ExactPath[] = [];
  const textMatrices: number[][] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  // Whether the CTM maps the 1e-5 grid onto itself: linear part in {-1, 0, 1}, translation with ≤ 5 decimals.
  let ctmGrid = true;
  const stack: { ctm: Matrix; ctmGrid: boolean }[] = [];
  let buf: number[] = [];
  let bufGrid = true;
  let cx = 0,
    cy = 0;
  let cxS = '0',
    cyS = '0';
  const push = (x: number, y: number, xs: string, ys: string) => {
    const gx = ctm[0] * x + ctm[2] * y + ctm[4];
    const gy = ctm[1] * x + ctm[3] * y + ctm[5];
    const grid = ctmGrid && decimals(xs) <= GRID_DECIMALS && decimals(ys) <= GRID_DECIMALS;
    if (!grid) bufGrid = false;
    buf.push(grid ? snap(gx) : gx, grid ? snap(gy) : gy);
  };
  for (const { op, args } of tokenize(src)) {
    const nums = args.map((a) => (a.t === 'num' ? a.v : NaN));
    const strs = args.map((a) => (a.t === 'num' ? a.s : ''));
    switch (op) {
      case 'q':
        stack.push({ ctm, ctmGrid });
        break;
      case 'Q': {
        const s = stack.pop();
        if (s) ({ ctm, ctmGrid } = s);
        break;
      }
      case 'cm': {
        if (nums.length !== 6) break;
        ctm = mul(nums as Matrix, ctm);
        const lin = nums.slice(0, 4).every((v) => v === 0 || v === 1 || v === -1);
        ctmGrid =
          ctmGrid &&
          lin &&
          decimals(strs[4]!) <= GRID_DECIMALS &&
          decimals(strs[5]!) <= GRID_DECIMALS;
        break;
      }
      case 'm':
        buf.push(0);
        push(nums[0]!, nums[1]!, strs[0]!, strs[1]!);
        [cx, cy, cxS, cyS] = [nums[0]!, nums[1]!, strs[0]!, strs[1]!];
        break;
      case 'l':
        buf.push(1);
        push(nums[0]!, nums[1]!, strs[0]!, strs[1]!);
        [cx, cy, cxS, cyS] = [nums[0]!, nums[1]!, strs[0]!, strs[1]!];
        break;
      case 'c':
        buf.push(2);
        for (let k = 0; k < 6; k += 2) push(nums[k]!, nums[k + 1]!, strs[k]!, strs[k + 1]!);
        [cx, cy, cxS, cyS] = [nums[4]!, nums[5]!, strs[4]!, strs[5]!];
        break;
      case 'v':
        buf.push(2);
        push(cx, cy, cxS, cyS);
        push(nums[0]!, nums[1]!, strs[0]!, strs[1]!);
        push(nums[2]!, nums[3]!, strs[2]!, strs[3]!);
        [cx, cy, cxS, cyS] = [nums[2]!, nums[3]!, strs[2]!, strs[3]!];
        break;
      case 'y':
        buf.push(2);
        push(nums[0]!, nums[1]!, strs[0]!, strs[1]!);
        push(nums[2]!, nums[3]!, strs[2]!, strs[3]!);
        push(nums[2]!, nums[3]!, strs[2]!, strs[3]!);
        [cx, cy, cxS, cyS] = [nums[2]!, nums[3]!, strs[2]!, strs[3]!];
        break;
      case 're': {
        const [x, y, w, h] = nums as [number, number, number, number];
        // x + w is computed on the 1e-5 grid when both addends are on it.
        const dx = Math.max(decimals(strs[0]!), decimals(strs[2]!));
        const dy = Math.max(decimals(strs[1]!), decimals(strs[3]!));
        const xw = dx <= GRID_DECIMALS ? snap(x + w) : x + w;
        const yh = dy <= GRID_DECIMALS ? snap(y + h) : y + h;
        const [xs, ys, xws, yhs] = [
          strs[0]!,
          strs[1]!,
          dx <= GRID_DECIMALS ? '0' : '0.000000',
          dy <= GRID_DECIMALS ? '0' : '0.000000',
        ];
        if (w === 0 || h === 0) {
          buf.push(0);
          push(x, y, xs, ys);
          buf.push(1);
          push(xw, yh, xws, yhs);
          buf.push(4);
        } else {
          buf.push(0);
          push(x, y, xs, ys);
          buf.push(1);
          push(xw, y, xws, ys);
          buf.push(1);
          push(xw, yh, xws, yhs);
          buf.push(1);
          push(x, yh, xs, yhs);
          buf.push(4);
        }
        [cx, cy, cxS, cyS] = [x, y, xs, ys];
        break;
      }
      case 'h':
        buf.push(4);
        break;
      case 's':
      case 'b':
      case 'b*':
      case 'S':
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
      case 'n':
        if (op === 's' || op === 'b' || op === 'b*') buf.push(4);
        paths.push({ data: buf, onGrid: bufGrid });
        buf = [];
        bufGrid = true;
        break;
      case 'Tm':
        textMatrices.push(nums.slice(0, 6));
        break;
      default:
        break;
    }
  }
  return { paths, textMatrices };
}

/** Snap a page coordinate onto the 1e-5 pt grid (only for values provably on it). */
export function snap(v: number): number {
  return Math.round(v * 10 ** GRID_DECIMALS) / 10 ** GRID_DECIMALS;
}
