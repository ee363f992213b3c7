/**
 * Strip chart of Table 1: every ability as a mark on a log axis of emergence FLOPs, and a second
 * strip by parameters. Pure geometry (numbers and strings), rendered by strip-svg.ts.
 */
import type { Marker } from '../chart/types';

/** One Table 1 row as the strip chart needs it. */
export interface StripRow {
  /** Row id (also the table row's data-id, so the island can dim the mark). */
  id: string;
  /** Ability text, for the hover title. */
  label: string;
  /** Emergence FLOPs; null rows ("Many") are left out. */
  flops: number | null;
  /** Emergence parameters; null rows are left out. */
  params: number | null;
  /** Model as printed in Table 1. */
  model: string;
  /** Colour class of the model's family (c-gpt3, c-cat6, …). */
  colorClass: string;
  /** Marker shape of the model's family. */
  marker: Marker;
}

/** Which quantity a strip plots. */
export type StripKey = 'flops' | 'params';

/** A decade tick on a strip's axis. */
export interface StripTick {
  /** Power of ten (22 for 10²²). */
  exponent: number;
  /** x position in px. */
  x: number;
}

/** One mark. */
export interface StripDot {
  /** Row id. */
  id: string;
  /** Centre x in px. */
  x: number;
  /** Centre y in px. */
  y: number;
  /** Stacking lane: 0 sits on the axis, higher lanes above, so equal values stay visible. */
  lane: number;
  /** Plotted value. */
  value: number;
  /** Colour class. */
  colorClass: string;
  /** Marker shape. */
  marker: Marker;
  /** Hover text. */
  title: string;
}

/** One strip: title, axis line, ticks and marks. */
export interface Strip {
  /** Quantity plotted. */
  key: StripKey;
  /** Axis title. */
  title: string;
  /** Domain as powers of ten [lo, hi]. */
  domain: [number, number];
  /** Top of the strip in px (its title's baseline sits just below). */
  top: number;
  /** y of the axis line in px. */
  axisY: number;
  /** Decade ticks. */
  ticks: StripTick[];
  /** Marks, in row order. */
  dots: StripDot[];
}

/** The whole figure. */
export interface StripChart {
  /** Width in px (viewBox). */
  width: number;
  /** Height in px (viewBox). */
  height: number;
  /** Plot range in px along x. */
  range: [number, number];
  /** Mark radius in px. */
  radius: number;
  /** The strips, top to bottom. */
  strips: Strip[];
}

/** Layout and wording options. */
export interface StripOptions {
  /** Axis titles. */
  titles: Record<StripKey, string>;
  /** Hover text of a mark. */
  dotTitle: (row: StripRow, key: StripKey) => string;
  /** Total width in px. */
  width?: number;
  /** Mark radius in px. */
  radius?: number;
  /** Fixed domains as powers of ten; by default the enclosing decades of the data. */
  domains?: Partial<Record<StripKey, [number, number]>>;
}

const MARGIN = { left: 24, right: 24 } as const;
const TITLE_HEIGHT = 26;
const AXIS_HEIGHT = 34;
const STRIP_GAP = 14;

/** The enclosing decades of some positive values: [floor(log10 min), ceil(log10 max)], at least one decade wide. */
export function decadeDomain(values: readonly number[]): [number, number] {
  const logs = values.filter((v) => v > 0).map(Math.log10);
  if (logs.length === 0) return [0, 1];
  const lo = Math.floor(Math.min(...logs));
  const hi = Math.ceil(Math.max(...logs));
  return [lo, hi > lo ? hi : lo + 1];
}

/** x position of a value on a log axis whose domain is [10^lo, 10^hi] and range is [left, right] px. */
export function logPosition(
  value: number,
  domain: readonly [number, number],
  range: readonly [number, number],
): number {
  const t = (Math.log10(value) - domain[0]) / (domain[1] - domain[0]);
  return range[0] + t * (range[1] - range[0]);
}

/**
 * Lanes for marks along one axis: each mark takes the lowest lane where it keeps `gap` px from
 * every mark already there. Marks are placed left to right (ties in input order), so the result
 * does not depend on anything but the positions.
 */
export function assignLanes(xs: readonly number[], gap: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    let lane = laneEnds.findIndex((end) => x - end >= gap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x;
    lanes[i] = lane;
  }
  return lanes;
}

/** Builds both strips (FLOPs, then parameters); rows without a number for a strip are left out of it. */
export function buildStripChart(rows: readonly StripRow[], options: StripOptions): StripChart {
  const width = options.width ?? 640;
  const radius = options.radius ?? 5;
  const range: [number, number] = [MARGIN.left, width - MARGIN.right];
  const laneStep = radius * 2 + 1;
  const strips: Strip[] = [];
  let top = 0;
  for (const key of ['flops', 'params'] as const) {
    const present = rows.flatMap((row) => {
      const value = row[key];
      return value !== null && value > 0 ? [{ row, value }] : [];
    });
    const domain = options.domains?.[key] ?? decadeDomain(present.map((p) => p.value));
    const xs = present.map((p) => logPosition(p.value, domain, range));
    const lanes = assignLanes(xs, radius * 2 + 1);
    const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
    const axisY = top + TITLE_HEIGHT + laneCount * laneStep + 2;
    const dots = present.map(({ row, value }, i) => {
      const lane = lanes[i] ?? 0;
      return {
        id: row.id,
        x: xs[i] ?? 0,
        y: axisY - radius - 2 - lane * laneStep,
        lane,
        value,
        colorClass: row.colorClass,
        marker: row.marker,
        title: options.dotTitle(row, key),
      };
    });
    const ticks = Array.from({ length: domain[1] - domain[0] + 1 }, (_, k) => ({
      exponent: domain[0] + k,
      x: logPosition(10 ** (domain[0] + k), domain, range),
    }));
    strips.push({ key, title: options.titles[key], domain, top, axisY, ticks, dots });
    top = axisY + AXIS_HEIGHT + STRIP_GAP;
  }
  return { width, height: top - STRIP_GAP, range, radius, strips };
}
