import type { ChartModel, LegendModel, TickModel } from '../chart/model-types';
import type { TickLabel } from '../chart/ticks';
import { colorOfClass, PALETTE, type ThemeName } from '../chart/families';
import { isStrokeMarker, markerPath, r2 } from '../chart/symbols';
import { TICK } from '../chart/box-layout';
import { esc } from './escape';

/** How to render. */
export interface RenderOptions {
  /**
   * "classes": series colours come from the page's CSS and text uses currentColor, so the page's
   * theme switch restyles the chart without re-rendering. A theme name: concrete colours as
   * attributes, for files that must look the same everywhere (Keynote, PowerPoint, Slides).
   */
  colors: 'classes' | ThemeName;
  /** Prefix for element ids, unique per chart on the page. */
  idPrefix: string;
  /** Accessible title of the SVG (defaults to the x axis title). */
  title?: string | undefined;
}

/** A rendered chart: the SVG document, its content for placing inside another SVG, and its size. */
export interface RenderedSvg {
  /** The complete <svg> document. */
  svg: string;
  /** Everything inside the root element, in one group that carries the font: place it with a translate. */
  content: string;
  width: number;
  height: number;
}

/**
 * One SVG element of a drawn chart: what both the SVG string (build, exports) and the in-place
 * update of the live SVG (keyed join in the island) are made from, so the two cannot drift.
 */
export interface SvgNode {
  tag: string;
  /** Stable identity among its siblings (point id, series name, tick label), never an array position of data. */
  key: string;
  /** Attributes in document order; absent attributes are simply not listed. */
  attrs: Record<string, string>;
  /** Text before the child elements (text, tspan, title, desc). */
  text?: string | undefined;
  children: SvgNode[];
}

/** A chart as an element tree: the root <svg> and its content group (the export places the latter inside its own SVG). */
export interface SvgTree {
  root: SvgNode;
  body: SvgNode;
}

/** The font stack of every chart: Inter, then Noto Sans SC for Chinese text, then system fonts. */
export const FONT_STACK =
  "Inter Variable, Inter, 'Noto Sans SC Variable', 'Noto Sans SC', system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/** Colours for neutral parts (text, grid, axes) in a rendering mode. */
export function neutrals(colors: RenderOptions['colors']) {
  if (colors === 'classes') {
    return {
      text: 'currentColor',
      muted: 'currentColor',
      grid: 'currentColor',
      axis: 'currentColor',
      baseline: 'currentColor',
      emergence: 'currentColor',
      gridOpacity: '0.14',
      mutedOpacity: '0.75',
    };
  }
  const p = PALETTE[colors];
  return {
    text: p.text,
    muted: p.muted,
    grid: p.grid,
    axis: p.axis,
    baseline: p.baseline,
    emergence: p.emergence,
    gridOpacity: '1',
    mutedOpacity: '1',
  };
}

type Attrs = Record<string, string | number | undefined | false>;

/** An element node; attributes that are undefined or false are left out. */
function h(
  tag: string,
  key: string,
  attrs: Attrs,
  children: (SvgNode | null)[] = [],
  text?: string,
): SvgNode {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined && v !== false) clean[k] = String(v);
  return {
    tag,
    key,
    attrs: clean,
    text,
    children: children.filter((c): c is SvgNode => c !== null),
  };
}

/** Elements written self-closing when empty (the rest always get a closing tag, as browsers serialise them). */
const EMPTY_ELEMENTS = new Set(['line', 'path', 'rect']);

/** Serialises an element tree to SVG markup. */
export function serializeSvg(node: SvgNode): string {
  let out = `<${node.tag}`;
  for (const k in node.attrs) out += ` ${k}="${esc(node.attrs[k]!)}"`;
  if (node.text === undefined && node.children.length === 0 && EMPTY_ELEMENTS.has(node.tag))
    return `${out}/>`;
  out += '>';
  if (node.text !== undefined) out += esc(node.text);
  for (const c of node.children) out += serializeSvg(c);
  return `${out}</${node.tag}>`;
}

/** Gives repeated keys among siblings a suffix, so every key is unique where it is joined. */
function uniqueKeys(nodes: SvgNode[]): SvgNode[] {
  const seen = new Map<string, number>();
  for (const n of nodes) {
    const count = seen.get(n.key) ?? 0;
    seen.set(n.key, count + 1);
    if (count > 0) n.key = `${n.key}#${count}`;
  }
  return nodes;
}

/** Paint attributes for a series colour class: a CSS variable on the page, a hex value in files. */
function seriesPaint(colorClass: string, colors: RenderOptions['colors']): string {
  return colors === 'classes' ? 'var(--series)' : colorOfClass(colorClass, colors);
}

/** A tick label's identity on its axis ("10^22"). */
const labelKey = (label: TickLabel): string =>
  label.exp === undefined ? label.text : `${label.text}^${label.exp}`;

/** A text element with a tick label as content, the exponent raised. */
function labelText(key: string, attrs: Attrs, label: TickLabel): SvgNode {
  const exp =
    label.exp === undefined
      ? []
      : [h('tspan', 'exp', { dy: '-0.5em', 'font-size': '0.72em' }, [], label.exp)];
  return h('text', key, attrs, exp, label.text);
}

/** The marker of one legend entry or point, at the origin. */
function markerElement(marker: LegendModel['marker'], size: number, paint: string): SvgNode | null {
  const d = markerPath(marker, size);
  if (!d) return null;
  const w = r2(Math.max(1.6, size * 0.36));
  return isStrokeMarker(marker)
    ? h('path', 'm', { d, fill: 'none', stroke: paint, 'stroke-width': w })
    : h('path', 'm', { d, fill: paint, stroke: paint, 'stroke-width': '0.8' });
}

/** The x axis: ticks, labels and title. */
function xAxis(m: ChartModel, n: ReturnType<typeof neutrals>): SvgNode {
  const y = m.plot.bottom;
  const ticks = m.xAxis.ticks.flatMap((t: TickModel) => {
    const k = labelKey(t.label);
    const line = h('line', `t:${k}`, {
      x1: r2(t.pos),
      x2: r2(t.pos),
      y1: y,
      y2: r2(y + TICK.length),
      stroke: n.axis,
    });
    if (!t.showLabel) return [line];
    const text = m.xAxis.rotateLabels
      ? labelText(
          `l:${k}`,
          {
            transform: `translate(${r2(t.pos)},${r2(y + TICK.length + TICK.gap)}) rotate(-60)`,
            'text-anchor': 'end',
            dy: '0.35em',
            'font-size': r2(m.xAxis.labelSize ?? m.fontSize * 0.85),
          },
          t.label,
        )
      : labelText(
          `l:${k}`,
          {
            x: r2(t.pos),
            y: r2(y + TICK.length + TICK.gap + m.fontSize * 0.92),
            'text-anchor': 'middle',
          },
          t.label,
        );
    return [line, text];
  });
  const title = m.xAxis.title
    ? h(
        'text',
        'title',
        {
          x: r2((m.plot.left + m.plot.right) / 2),
          y: r2(m.xAxis.titlePos),
          'text-anchor': 'middle',
          fill: n.text,
        },
        [],
        m.xAxis.title,
      )
    : null;
  return h('g', 'axis-x', { class: 'axis axis-x', fill: n.text }, [
    h('line', 'domain', { x1: m.plot.left, x2: m.plot.right, y1: y, y2: y, stroke: n.axis }),
    ...uniqueKeys(ticks),
    title,
  ]);
}

/** The y axis: ticks, labels and rotated title. */
function yAxis(m: ChartModel, n: ReturnType<typeof neutrals>): SvgNode {
  const x = m.plot.left;
  const ticks = m.yAxis.ticks.flatMap((t) => {
    const k = labelKey(t.label);
    const line = h('line', `t:${k}`, {
      x1: r2(x - TICK.length),
      x2: x,
      y1: r2(t.pos),
      y2: r2(t.pos),
      stroke: n.axis,
    });
    return t.showLabel
      ? [
          line,
          labelText(
            `l:${k}`,
            { x: r2(x - TICK.length - TICK.gap), y: r2(t.pos), dy: '0.35em', 'text-anchor': 'end' },
            t.label,
          ),
        ]
      : [line];
  });
  const mid = r2((m.plot.top + m.plot.bottom) / 2);
  const title = m.yAxis.title
    ? h(
        'text',
        'title',
        {
          transform: `translate(${r2(m.yAxis.titlePos)},${mid}) rotate(-90)`,
          'text-anchor': 'middle',
          dy: '0.35em',
        },
        [],
        m.yAxis.title,
      )
    : null;
  return h('g', 'axis-y', { class: 'axis axis-y', fill: n.text }, [
    h('line', 'domain', { x1: x, x2: x, y1: m.plot.top, y2: m.plot.bottom, stroke: n.axis }),
    ...uniqueKeys(ticks),
    title,
  ]);
}

/** Light grid lines behind the data, keyed by the tick they continue. */
function grid(m: ChartModel, n: ReturnType<typeof neutrals>): SvgNode {
  const keyAt = (ticks: TickModel[]) => {
    const byPos = new Map(ticks.map((t) => [t.pos, labelKey(t.label)]));
    return (pos: number, i: number): string => byPos.get(pos) ?? `@${i}`;
  };
  const xKey = keyAt(m.xAxis.ticks);
  const yKey = keyAt(m.yAxis.ticks);
  const v = m.grid.x.map((x, i) =>
    h('line', `x:${xKey(x, i)}`, { x1: r2(x), x2: r2(x), y1: m.plot.top, y2: m.plot.bottom }),
  );
  const hz = m.grid.y.map((y, i) =>
    h('line', `y:${yKey(y, i)}`, { x1: m.plot.left, x2: m.plot.right, y1: r2(y), y2: r2(y) }),
  );
  return h(
    'g',
    'grid',
    { class: 'grid', stroke: n.grid, 'stroke-opacity': n.gridOpacity },
    uniqueKeys([...v, ...hz]),
  );
}

/** Baselines (Random, Prior SOTA) and vertical markers (Table 1's emergence scale). */
function references(m: ChartModel, n: ReturnType<typeof neutrals>): SvgNode {
  const small = r2(m.fontSize * 0.85);
  const baselines = m.baselines.map((b) =>
    h('g', `b:${b.name}`, { class: 'baseline' }, [
      h('line', 'line', {
        x1: m.plot.left,
        x2: m.plot.right,
        y1: r2(b.y),
        y2: r2(b.y),
        stroke: n.baseline,
        'stroke-width': r2(Math.max(1.4, m.lineWidth * 0.7)),
        'stroke-dasharray': b.dashed && '6 4',
      }),
      h(
        'text',
        'text',
        {
          x: r2(m.plot.right - 4),
          y: r2(b.y - 5),
          'text-anchor': 'end',
          'font-size': small,
          fill: n.muted,
          'fill-opacity': n.mutedOpacity,
        },
        [],
        b.name,
      ),
    ]),
  );
  const markers = m.markers.map((v) => {
    const right = v.x > (m.plot.left + m.plot.right) / 2;
    return h('g', `m:${v.row}`, { class: 'marker' }, [
      h('line', 'line', {
        x1: r2(v.x),
        x2: r2(v.x),
        y1: m.plot.top,
        y2: m.plot.bottom,
        stroke: n.emergence,
        'stroke-width': '1.2',
        'stroke-dasharray': '2 3',
      }),
      h(
        'text',
        'text',
        {
          x: r2(v.x + 4),
          y: r2(m.plot.top + m.fontSize * (1 + v.row * 1.05)),
          'font-size': r2(m.fontSize * 0.8),
          fill: n.emergence,
          'text-anchor': right && 'end',
          dx: right && '-8',
        },
        [],
        v.label,
      ),
    ]);
  });
  return h('g', 'references', { class: 'references' }, uniqueKeys([...baselines, ...markers]));
}

/** Series lines and their markers; each point carries its tooltip text. */
function seriesGroups(m: ChartModel, o: RenderOptions): SvgNode[] {
  return uniqueKeys(
    m.series.map((s, si) => {
      const paint = seriesPaint(s.colorClass, o.colors);
      const line = s.path
        ? h('path', 'line', {
            class: 'line',
            d: s.path,
            fill: 'none',
            stroke: paint,
            'stroke-width': r2(m.lineWidth),
            'stroke-dasharray': s.dashed && '6 4',
          })
        : null;
      const points = s.points.map((p) => {
        const emphasis = m.highlight !== null && p.model === m.highlight;
        const size = emphasis ? m.markerSize * 1.6 : m.markerSize;
        return h(
          'g',
          p.id,
          {
            class: emphasis ? 'pt hl' : 'pt',
            transform: `translate(${r2(p.cx)},${r2(p.cy)})`,
            'data-id': p.id,
            'data-tip': p.tip.join('\n'),
            'data-model': p.model ? p.model : undefined,
          },
          [markerElement(s.marker, size, paint)],
        );
      });
      return h(
        'g',
        `s:${s.name}`,
        {
          class: `series ${s.colorClass}`,
          'data-series': s.name,
          'data-index': si,
          display: s.hidden && 'none',
        },
        [line, ...points],
      );
    }),
  );
}

/** Bars (Figure 8 and other bar panels). */
function barGroup(m: ChartModel, o: RenderOptions): SvgNode | null {
  if (m.bars.length === 0) return null;
  return h(
    'g',
    'bars',
    { class: 'bars' },
    m.bars.map((b, i) =>
      h('rect', `b${i}`, {
        class: `bar ${b.colorClass}`,
        'data-id': `b${i}`,
        x: r2(b.x),
        y: r2(b.y),
        width: r2(b.width),
        height: r2(b.height),
        fill: seriesPaint(b.colorClass, o.colors),
        'data-tip': b.tip.join('\n'),
      }),
    ),
  );
}

/** Series names at their last points (labels on the lines), with a faint leader where a label moved away. */
function directLabels(m: ChartModel, o: RenderOptions): SvgNode | null {
  if (m.directLabels.length === 0) return null;
  const labels = m.directLabels.map((l) => {
    const paint = seriesPaint(l.colorClass, o.colors);
    const leader = l.leader
      ? h('path', 'leader', {
          d: `M${r2(l.anchorX + m.markerSize + 2)},${r2(l.anchorY)}L${r2(l.x - 3)},${r2(l.y)}`,
          fill: 'none',
          stroke: paint,
          'stroke-width': '1',
          'stroke-opacity': '0.55',
          'stroke-dasharray': '2 2',
        })
      : null;
    return h('g', `d:${l.name}`, { class: l.colorClass }, [
      leader,
      h('text', 'text', { x: r2(l.x), y: r2(l.y), dy: '0.35em', fill: paint }, [], l.name),
    ]);
  });
  return h(
    'g',
    'direct-labels',
    { class: 'direct-labels', 'font-weight': '600' },
    uniqueKeys(labels),
  );
}

/** The legend drawn inside the SVG (labelMode "legend"), where no HTML legend or line labels name the series. */
function svgLegend(m: ChartModel, o: RenderOptions): SvgNode | null {
  if (m.legendItems.length === 0) return null;
  const items = m.legendItems.map((l) => {
    const fs = l.fontSize;
    const paint = seriesPaint(l.colorClass, o.colors);
    const cy = r2(l.y + fs * 0.5);
    return h('g', `g:${l.name}`, { class: l.colorClass }, [
      h('line', 'swatch', {
        x1: r2(l.x),
        x2: r2(l.x + fs * 1.4),
        y1: cy,
        y2: cy,
        stroke: paint,
        'stroke-width': r2(Math.min(m.lineWidth, fs * 0.2)),
        'stroke-dasharray': l.dashed && '5 3',
      }),
      h('g', 'marker', { transform: `translate(${r2(l.x + fs * 0.7)},${cy})` }, [
        markerElement(l.marker, Math.min(m.markerSize, fs * 0.4), paint),
      ]),
      h(
        'text',
        'text',
        { x: r2(l.x + fs * 1.8), y: cy, dy: '0.35em', 'font-size': fs !== m.fontSize && r2(fs) },
        [],
        l.name,
      ),
    ]);
  });
  return h('g', 'svg-legend', { class: 'svg-legend' }, uniqueKeys(items));
}

/** A chart model as an element tree: the same tree is serialised at build time and joined into the live SVG in the browser. */
export function chartTree(m: ChartModel, o: RenderOptions): SvgTree {
  const n = neutrals(o.colors);
  const id = o.idPrefix;
  const body = h(
    'g',
    'body',
    { class: 'chart-body', 'font-family': FONT_STACK, 'font-size': m.fontSize, fill: n.text },
    [
      grid(m, n),
      xAxis(m, n),
      yAxis(m, n),
      references(m, n),
      barGroup(m, o),
      ...seriesGroups(m, o),
      directLabels(m, o),
      svgLegend(m, o),
    ],
  );
  const root = h(
    'svg',
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart-svg',
      viewBox: `0 0 ${m.width} ${m.height}`,
      width: m.width,
      height: m.height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'data-chart': m.chartId,
    },
    [
      h('title', 'title', { id: `${id}-title` }, [], o.title ?? m.xAxis.title),
      h('desc', 'desc', { id: `${id}-desc` }, [], m.description),
      body,
    ],
  );
  return { root, body };
}

/** Renders a chart model to SVG: the same function at build time, in the browser and in exports. */
export function renderChartSvg(m: ChartModel, o: RenderOptions): RenderedSvg {
  const { root, body } = chartTree(m, o);
  return { svg: serializeSvg(root), content: serializeSvg(body), width: m.width, height: m.height };
}
