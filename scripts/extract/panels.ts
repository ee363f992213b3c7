/** Find the panels of a figure on a page and extract axes, series, baselines, annotations and titles. */
import type {
  FigureAxis,
  FigureBaseline,
  FigurePanel,
  FigurePoint,
  FigureSeries,
} from '../../src/lib/data/figures-schema.ts';
import type { DrawnPath, PageContent, Pt } from './pdf-ops.ts';
import { groupLabels, centerX, centerY, parseTickLabel, type Label } from './labels.ts';
import { calibrate, resolution, toValue, type Calibration, type TickObs } from './axes.ts';
import { asMarker, buildSeries, isPolyline, type Marker } from './series.ts';
import { findLegend, type LegendEntry } from './legend.ts';

/** Box [x0, y0, x1, y1] in PDF points. */
export type Box = [number, number, number, number];

// The output shapes are the site's own schema types (src/lib/data/figures-schema.ts), so the
// extractor cannot write a field the site does not declare; checkOutput() validates the values.

/** A calibrated axis ready for output. */
export type AxisOut = FigureAxis;

/** A point before model joining. */
export type PointOut = FigurePoint;

/** A series before model joining. */
export type SeriesOut = FigureSeries;

/** A reference line across the plot (e.g. Random). */
export type BaselineOut = FigureBaseline;

/** One extracted panel. */
export type PanelOut = FigurePanel;

/** Internal extras kept beside a panel for cross-checks and notes (not written). */
export interface PanelDebug {
  box: Box;
  xCal: Calibration;
  yCal: Calibration;
  legend: LegendEntry[];
  stray: string[];
}

const near = (a: number, b: number, t: number) => Math.abs(a - b) <= t;
const r2 = (v: number) => Math.round(v * 100) / 100;
const FIGURE_CAPTION = /^Figure (\d+):/;

/** Locate the page region of figure `n`: between the previous caption (or page top) and its own caption. */
export function figureRegion(labels: Label[], n: number): [number, number] {
  const caps = labels
    .filter((l) => FIGURE_CAPTION.test(l.text) && l.x < 80)
    .map((l) => ({ n: Number(FIGURE_CAPTION.exec(l.text)![1]), y: l.y }));
  const mine = caps.find((c) => c.n === n);
  if (!mine) throw new Error(`caption of Figure ${n} not found`);
  const above = caps.filter((c) => c.y > mine.y).sort((a, b) => a.y - b.y)[0];
  return [mine.y + 5, above ? above.y - 10 : 760];
}

/** Closed rectangular clip paths = pgfplots axis boxes. */
function axisBoxes(paths: DrawnPath[], yLo: number, yHi: number): (Box & { clipIndex?: number })[] {
  const out: (Box & { clipIndex?: number })[] = [];
  for (const p of paths) {
    if (p.paint !== 'clip' || !p.closed || p.subpaths.length !== 1) continue;
    const [x0, y0, x1, y1] = p.bbox;
    if (x1 - x0 < 20 || y1 - y0 < 20 || y0 < yLo || y1 > yHi) continue;
    if (
      out.some(
        (b) =>
          near(b[0], x0, 0.01) &&
          near(b[1], y0, 0.01) &&
          near(b[2], x1, 0.01) &&
          near(b[3], y1, 0.01),
      )
    )
      continue;
    const b: Box & { clipIndex?: number } = [x0, y0, x1, y1];
    b.clipIndex = p.index;
    out.push(b);
  }
  return out;
}

/** Tick marks along one box edge: positions of major (longest) marks and minor ones. */
function tickMarks(
  paths: DrawnPath[],
  box: Box,
  axis: 'x' | 'y',
): { major: number[]; minor: number[] } {
  const segs: { pos: number; len: number }[] = [];
  for (const p of paths) {
    if (p.paint !== 'stroke' || p.lineWidth > 0.3) continue;
    for (const s of p.subpaths) {
      if (s.length !== 2) continue;
      const [a, b] = s as [Pt, Pt];
      if (axis === 'x') {
        if (!near(a[0], b[0], 0.01)) continue;
        const lo = Math.min(a[1], b[1]);
        if (!(near(lo, box[1], 0.05) || near(Math.max(a[1], b[1]), box[3], 0.05))) continue;
        if (a[0] < box[0] - 0.5 || a[0] > box[2] + 0.5) continue;
        if (!near(lo, box[1], 0.05)) continue; // bottom axis only
        segs.push({ pos: a[0], len: Math.abs(a[1] - b[1]) });
      } else {
        if (!near(a[1], b[1], 0.01)) continue;
        const lo = Math.min(a[0], b[0]);
        if (!near(lo, box[0], 0.05)) continue;
        if (a[1] < box[1] - 0.5 || a[1] > box[3] + 0.5) continue;
        segs.push({ pos: a[1], len: Math.abs(a[0] - b[0]) });
      }
    }
  }
  const maxLen = Math.max(0, ...segs.map((s) => s.len));
  const major = [...new Set(segs.filter((s) => s.len > maxLen * 0.8).map((s) => s.pos))].sort(
    (a, b) => a - b,
  );
  const minor = [...new Set(segs.filter((s) => s.len <= maxLen * 0.8).map((s) => s.pos))].sort(
    (a, b) => a - b,
  );
  return { major, minor };
}

function nearest(list: number[], v: number): number | null {
  let best: number | null = null;
  for (const x of list) if (best === null || Math.abs(x - v) < Math.abs(best - v)) best = x;
  return best;
}

/** Options for one figure. */
export interface FigureLayout {
  figure: number;
  page: number;
  /** Draw order / kind override (bars handled separately). */
  kind?: PanelOut['kind'];
}

/** Everything found for one figure before model joining. */
export interface RawFigure {
  figure: number;
  page: number;
  panels: PanelOut[];
  debug: PanelDebug[];
  legend: LegendEntry[];
}

/** Extract all panels of one figure (generic pgfplots line/scatter charts). */
export function extractFigure(pc: PageContent, layout: FigureLayout): RawFigure {
  const labels = groupLabels(pc.texts);
  const [yLo, yHi] = figureRegion(labels, layout.figure);
  const inRegion = (l: Label) => l.y > yLo && l.y < yHi;
  const regLabels = labels.filter(inRegion);
  const regPaths = pc.paths.filter((p) => p.bbox[3] > yLo && p.bbox[1] < yHi);
  const boxes = axisBoxes(pc.paths, yLo, yHi);
  const legend = findLegend(regLabels, regPaths, boxes);
  const legendLabels = new Set(legend.map((e) => e.label));
  // rows: by top edge, high to low; cols: by left edge
  boxes.sort((a, b) => b[3] - a[3] || a[0] - b[0]);
  // pgfplots draws each axis's plots right after setting its clip: attribute paths by drawing order.
  const clipOrder = boxes.map((b) => b.clipIndex ?? 0).sort((a, b) => a - b);
  const ownerClip = (index: number) => clipOrder.filter((c) => c < index).pop() ?? -1;
  const rows: (Box & { clipIndex?: number })[][] = [];
  for (const b of boxes) {
    const row = rows.find((r) => near(r[0]![3], b[3], 15));
    if (row) row.push(b);
    else rows.push([b]);
  }
  for (const r of rows) r.sort((a, b) => a[0] - b[0]);
  const used = new Set<Label>(legendLabels);
  const panels: PanelOut[] = [];
  const debug: PanelDebug[] = [];
  const markers: Marker[] = regPaths.map((p) => asMarker(p)).filter((m): m is Marker => m !== null);
  const legendMarkerIdx = new Set<number>();
  // Legend samples sit outside every axis box (findLegend only accepts labels outside them); a marker
  // inside a box is data even when it happens to be level with a legend label just right of the panel
  // (Figure 7C's 137B markers are level with "ROUGE2" and were dropped before this check).
  const inAnyBox = (x: number, y: number) =>
    boxes.some((b) => x > b[0] - 0.5 && x < b[2] + 0.5 && y > b[1] - 0.5 && y < b[3] + 0.5);
  for (const e of legend) {
    for (const m of markers)
      if (
        !inAnyBox(m.center[0], m.center[1]) &&
        Math.abs(centerY(e.label) - m.center[1]) < 2.6 &&
        m.center[0] < e.label.x &&
        e.label.x - m.center[0] < 40
      )
        legendMarkerIdx.add(m.index);
  }

  rows.forEach((row, ri) => {
    row.forEach((box, ci) => {
      const [bx0, by0, bx1, by1] = box;
      const xLen = bx1 - bx0;
      const yLen = by1 - by0;
      const xm = tickMarks(pc.paths, box, 'x');
      const ym = tickMarks(pc.paths, box, 'y');
      const xLabels = regLabels.filter(
        (l) =>
          l.angle === 0 &&
          !used.has(l) &&
          l.top < by0 + 0.5 &&
          l.top > by0 - 16 &&
          centerX(l) > bx0 - 12 &&
          centerX(l) < bx1 + 12 &&
          parseTickLabel(l.text) !== null,
      );
      const yLabels = regLabels.filter(
        (l) =>
          l.angle === 0 &&
          !used.has(l) &&
          l.x + l.width < bx0 + 0.5 &&
          l.x + l.width > bx0 - 30 &&
          centerY(l) > by0 - 6 &&
          centerY(l) < by1 + 6 &&
          parseTickLabel(l.text) !== null,
      );
      for (const l of [...xLabels, ...yLabels]) used.add(l);
      const xObs: TickObs[] = xLabels.map((l) => ({
        value: parseTickLabel(l.text)!,
        label: l.text,
        labelPos: centerX(l),
        markPos: nearest(xm.major, centerX(l)),
      }));
      const yObs: TickObs[] = yLabels.map((l) => ({
        value: parseTickLabel(l.text)!,
        label: l.text,
        labelPos: centerY(l),
        markPos: nearest(ym.major, centerY(l)),
      }));
      const ctx = `Figure ${layout.figure} panel r${ri + 1}c${ci + 1}`;
      let xCal: Calibration, yCal: Calibration;
      try {
        xCal = calibrate(xObs, xLen);
        yCal = calibrate(yObs, yLen);
      } catch (e) {
        throw new Error(`${ctx}: ${(e as Error).message}`);
      }
      // axis titles
      const xTickBottom = Math.min(by0, ...xLabels.map((l) => l.y));
      const xTitle = regLabels.find(
        (l) =>
          l.angle === 0 &&
          !used.has(l) &&
          l.top < xTickBottom &&
          l.top > xTickBottom - 22 &&
          centerX(l) > bx0 &&
          centerX(l) < bx1 &&
          parseTickLabel(l.text) === null,
      );
      const yTickLeft = Math.min(bx0, ...yLabels.map((l) => l.x));
      const yTitle = regLabels
        .filter(
          (l) =>
            Math.abs(l.angle - 90) < 1 &&
            !used.has(l) &&
            l.x < yTickLeft &&
            l.x > yTickLeft - 28 &&
            l.y < by1 + 10 &&
            l.y + l.width > by0 - 10,
        )
        .sort((a, b) => a.x - b.x);
      // Multi-line axis titles are one TeX node: keep every line of the block, top to bottom.
      const xTitleLines = xTitle
        ? regLabels
            .filter((l) => l.block === xTitle.block && l.angle === 0)
            .sort((a, b) => b.y - a.y)
        : [];
      for (const l of xTitleLines) used.add(l);
      for (const l of yTitle) used.add(l);
      // titles: lines above the box, over its x range
      const titleLines = regLabels
        .filter(
          (l) =>
            l.angle === 0 &&
            !used.has(l) &&
            l.size < 9.5 &&
            l.y > by1 &&
            l.y < by1 + 32 &&
            centerX(l) > bx0 - 10 &&
            centerX(l) < bx1 + 10,
        )
        .sort((a, b) => b.y - a.y);
      for (const l of titleLines) used.add(l);
      let title = titleLines
        .map((l) => l.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      let letter = `r${ri + 1}c${ci + 1}`;
      const lm = /^\(([A-Z])\)\s*(.*)$/.exec(title);
      if (lm) {
        letter = lm[1]!;
        title = lm[2]!;
      }
      // paths inside the box
      const inBox = (x: number, y: number, m = 0.5) =>
        x > bx0 - m && x < bx1 + m && y > by0 - m && y < by1 + m;
      const polylines: DrawnPath[] = [];
      const baselines: BaselineOut[] = [];
      const mine = (index: number) => ownerClip(index) === box.clipIndex;
      for (const p of regPaths) {
        if (!isPolyline(p) || !mine(p.index)) continue;
        if (p.stroke === '#808080') continue;
        const pts = p.subpaths[0]!;
        const [x0, y0, x1, y1] = p.bbox;
        if (
          pts.length === 2 &&
          near(y0, y1, 0.01) &&
          x0 <= bx0 + 0.5 &&
          x1 >= bx1 - 0.5 &&
          y0 > by0 &&
          y0 < by1
        ) {
          const lg = legend.find(
            (e) => e.color === p.stroke && e.dashed === p.dash.length > 0 && e.marker === 'none',
          );
          baselines.push({
            name: lg?.name ?? '',
            value: toValue(yCal, y0),
            dashed: p.dash.length > 0,
            color: p.stroke,
          });
          continue;
        }
        if (
          pts.length === 2 &&
          near(x0, x1, 0.01) &&
          y0 <= by0 + 0.5 &&
          y1 >= by1 - 0.5 &&
          x0 > bx0 &&
          x0 < bx1
        ) {
          const lg = legend.find(
            (e) => e.color === p.stroke && e.dashed === p.dash.length > 0 && e.marker === 'none',
          );
          baselines.push({
            name: lg?.name ?? '',
            value: toValue(xCal, x0),
            dashed: p.dash.length > 0,
            color: p.stroke,
            axis: 'x',
          });
          continue;
        }
        // axis lines lie on the box edges
        if (
          (near(y0, y1, 0.01) && (near(y0, by0, 0.05) || near(y0, by1, 0.05))) ||
          (near(x0, x1, 0.01) && (near(x0, bx0, 0.05) || near(x0, bx1, 0.05)))
        )
          continue;
        if (pts.every((q) => inBox(q[0], q[1], 1))) polylines.push(p);
      }
      const pMarkers = markers.filter(
        (m) => !legendMarkerIdx.has(m.index) && mine(m.index) && inBox(m.center[0], m.center[1], 1),
      );
      const raw = buildSeries(polylines, pMarkers);
      // annotations: remaining labels inside the box
      const annLabels = regLabels.filter(
        (l) => !used.has(l) && l.angle === 0 && inBox(centerX(l), centerY(l), 0),
      );
      for (const l of annLabels) used.add(l);
      const blocks = new Map<number, Label[]>();
      for (const l of annLabels) blocks.set(l.block, [...(blocks.get(l.block) ?? []), l]);
      const annotations = [...blocks.values()].map((ls) => {
        const cx = ls.reduce((s, l) => s + centerX(l), 0) / ls.length;
        const cy = (Math.max(...ls.map((l) => l.top)) + Math.min(...ls.map((l) => l.y))) / 2;
        return {
          text: ls.map((l) => l.text).join(' '),
          x: toValue(xCal, cx),
          y: toValue(yCal, cy),
          color: ls[0]!.color,
        };
      });
      const stray: string[] = [];
      const series: SeriesOut[] = raw.map((s) => {
        const lg =
          legend.find(
            (e) =>
              e.color === s.color &&
              e.marker === s.marker &&
              e.dashed === s.dashed &&
              e.markerFilled === s.markerFilled,
          ) ??
          legend.find((e) => e.color === s.color && e.marker === s.marker && e.dashed === s.dashed);
        const ann = annotations.find((a) => a.color === s.color);
        if (s.unmarkedVertices && s.marker !== 'none')
          stray.push(
            `${s.color} ${s.marker}: ${s.unmarkedVertices} polyline vertices without a marker`,
          );
        const out: SeriesOut = {
          name: lg?.name ?? ann?.text ?? '',
          color: s.color,
          marker: s.marker,
          dashed: s.dashed,
          ...(lg
            ? {}
            : ann
              ? { nameSource: 'label printed inside the plot in the series colour' }
              : {}),
          points: s.points.map((q) => ({
            x: toValue(xCal, q[0]),
            y: toValue(yCal, q[1]),
            pdf: [r2(q[0]), r2(q[1])] as [number, number],
          })),
        };
        if (!s.markerFilled) out.markerFilled = false;
        return out;
      });
      const axisOut = (cal: Calibration, lo: number, hi: number, label: string): AxisOut => ({
        label,
        scale: cal.scale,
        reversed: cal.reversed,
        domain: [toValue(cal, lo), toValue(cal, hi)],
        resolution: resolution(cal),
        ticks: cal.ticks.map((t) => {
          const o: AxisOut['ticks'][number] = { value: t.value, label: t.label };
          if (t.offPosition) {
            o.offPosition = true;
            o.residual = t.residual;
            if (t.labelOffset !== null) o.labelOffsetPt = r2(t.labelOffset);
          }
          return o;
        }),
      });
      panels.push({
        panel: letter,
        chartId: '',
        kind:
          layout.kind ?? (raw.every((s) => !s.fromPolyline) && raw.length > 0 ? 'scatter' : 'line'),
        title,
        grid: { row: ri + 1, col: ci + 1 },
        x: axisOut(xCal, bx0, bx1, xTitleLines.map((l) => l.text).join(' ')),
        y: axisOut(yCal, by0, by1, yTitle.map((l) => l.text).join(' ')),
        series,
        baselines,
        annotations: annotations.map(({ text, x, y }) => ({ text, x, y })),
      });
      debug.push({ box, xCal, yCal, legend, stray });
    });
  });
  // Shared axis titles: borrow from the same row (y) or column / figure (x) when a panel has none.
  for (const p of panels) {
    if (!p.y.label)
      p.y.label = panels.find((q) => q.grid.row === p.grid.row && q.y.label)?.y.label ?? '';
    if (!p.x.label) {
      const col = panels
        .filter((q) => q.grid.col === p.grid.col && q.x.label)
        .sort((a, b) => Math.abs(a.grid.row - p.grid.row) - Math.abs(b.grid.row - p.grid.row))[0];
      p.x.label = col?.x.label ?? '';
    }
  }
  // A single x title printed once under a grid (Figures 5, 6) names every panel with the same x ticks.
  for (const p of panels) {
    if (p.x.label) continue;
    const same = panels.filter(
      (q) =>
        q.x.label && q.x.ticks.map((t) => t.label).join() === p.x.ticks.map((t) => t.label).join(),
    );
    if (same.length && same.every((q) => q.x.label === same[0]!.x.label))
      p.x.label = same[0]!.x.label;
  }
  // A series no legend entry or in-plot label names: when it is the panel's only series, the printed
  // y-axis title (own or the row's) says what it plots (Figure 5 row 2: "Cross-entropy loss").
  for (const p of panels) {
    for (const s of p.series) {
      if (s.name) continue;
      if (p.series.length === 1 && p.y.label) {
        s.name = p.y.label;
        s.nameSource = 'y-axis title of the panel (its only series; no legend entry names it)';
      } else
        s.nameSource =
          'none printed: no legend entry, in-plot label or single-series y-axis title names this series';
    }
  }
  const leftovers = regLabels.filter((l) => !used.has(l) && !FIGURE_CAPTION.test(l.text));
  const lowest = Math.min(...boxes.map((b) => b[1]));
  const shared = leftovers
    .filter(
      (l) => l.angle === 0 && l.y < lowest && l.y > lowest - 45 && parseTickLabel(l.text) === null,
    )
    .sort((a, b) => b.y - a.y)[0];
  for (const p of panels) if (!p.x.label && shared) p.x.label = shared.text;
  return { figure: layout.figure, page: layout.page, panels, debug, legend };
}
