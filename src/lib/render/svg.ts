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

/** The font stack of every chart: Inter, then Noto Sans SC for Chinese text, then system fonts. */
export const FONT_STACK = "Inter Variable, Inter, 'Noto Sans SC Variable', 'Noto Sans SC', system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/** Colours for neutral parts (text, grid, axes) in a rendering mode. */
export function neutrals(colors: RenderOptions['colors']) {
  if (colors === 'classes') {
    return { text: 'currentColor', muted: 'currentColor', grid: 'currentColor', axis: 'currentColor', baseline: 'currentColor', emergence: 'currentColor', gridOpacity: '0.14', mutedOpacity: '0.75' };
  }
  const p = PALETTE[colors];
  return { text: p.text, muted: p.muted, grid: p.grid, axis: p.axis, baseline: p.baseline, emergence: p.emergence, gridOpacity: '1', mutedOpacity: '1' };
}

/** Paint attributes for a series colour class: a CSS variable on the page, a hex value in files. */
function seriesPaint(colorClass: string, colors: RenderOptions['colors']): string {
  return colors === 'classes' ? 'var(--series)' : colorOfClass(colorClass, colors);
}

/** A tick label as SVG text content, with the exponent raised. */
function labelContent(label: TickLabel): string {
  if (label.exp === undefined) return esc(label.text);
  return `${esc(label.text)}<tspan dy="-0.5em" font-size="0.72em">${esc(label.exp)}</tspan>`;
}

/** The marker of one legend entry or point, at the origin. */
function markerElement(marker: LegendModel['marker'], size: number, paint: string): string {
  const d = markerPath(marker, size);
  if (!d) return '';
  const w = r2(Math.max(1.6, size * 0.36));
  return isStrokeMarker(marker)
    ? `<path d="${d}" fill="none" stroke="${paint}" stroke-width="${w}"/>`
    : `<path d="${d}" fill="${paint}" stroke="${paint}" stroke-width="0.8"/>`;
}

/** The x axis: ticks, labels and title. */
function xAxis(m: ChartModel, n: ReturnType<typeof neutrals>): string {
  const y = m.plot.bottom;
  const ticks = m.xAxis.ticks
    .map((t: TickModel) => {
      const text = !t.showLabel
        ? ''
        : m.xAxis.rotateLabels
          ? `<text transform="translate(${r2(t.pos)},${r2(y + TICK.length + TICK.gap)}) rotate(-60)" text-anchor="end" dy="0.35em" font-size="${r2(m.xAxis.labelSize ?? m.fontSize * 0.85)}">${labelContent(t.label)}</text>`
          : `<text x="${r2(t.pos)}" y="${r2(y + TICK.length + TICK.gap + m.fontSize * 0.92)}" text-anchor="middle">${labelContent(t.label)}</text>`;
      return `<line x1="${r2(t.pos)}" x2="${r2(t.pos)}" y1="${y}" y2="${r2(y + TICK.length)}" stroke="${n.axis}"/>${text}`;
    })
    .join('');
  const title = m.xAxis.title
    ? `<text x="${r2((m.plot.left + m.plot.right) / 2)}" y="${r2(m.xAxis.titlePos)}" text-anchor="middle" fill="${n.text}">${esc(m.xAxis.title)}</text>`
    : '';
  return `<g class="axis axis-x" fill="${n.text}"><line x1="${m.plot.left}" x2="${m.plot.right}" y1="${y}" y2="${y}" stroke="${n.axis}"/>${ticks}${title}</g>`;
}

/** The y axis: ticks, labels and rotated title. */
function yAxis(m: ChartModel, n: ReturnType<typeof neutrals>): string {
  const x = m.plot.left;
  const ticks = m.yAxis.ticks
    .map((t) => `<line x1="${r2(x - TICK.length)}" x2="${x}" y1="${r2(t.pos)}" y2="${r2(t.pos)}" stroke="${n.axis}"/>${t.showLabel ? `<text x="${r2(x - TICK.length - TICK.gap)}" y="${r2(t.pos)}" dy="0.35em" text-anchor="end">${labelContent(t.label)}</text>` : ''}`)
    .join('');
  const mid = r2((m.plot.top + m.plot.bottom) / 2);
  const title = m.yAxis.title ? `<text transform="translate(${r2(m.yAxis.titlePos)},${mid}) rotate(-90)" text-anchor="middle" dy="0.35em">${esc(m.yAxis.title)}</text>` : '';
  return `<g class="axis axis-y" fill="${n.text}"><line x1="${x}" x2="${x}" y1="${m.plot.top}" y2="${m.plot.bottom}" stroke="${n.axis}"/>${ticks}${title}</g>`;
}

/** Light grid lines behind the data. */
function grid(m: ChartModel, n: ReturnType<typeof neutrals>): string {
  const v = m.grid.x.map((x) => `<line x1="${r2(x)}" x2="${r2(x)}" y1="${m.plot.top}" y2="${m.plot.bottom}"/>`).join('');
  const h = m.grid.y.map((y) => `<line x1="${m.plot.left}" x2="${m.plot.right}" y1="${r2(y)}" y2="${r2(y)}"/>`).join('');
  return `<g class="grid" stroke="${n.grid}" stroke-opacity="${n.gridOpacity}">${v}${h}</g>`;
}

/** Baselines (Random, Prior SOTA) and vertical markers (Table 1's emergence scale). */
function references(m: ChartModel, n: ReturnType<typeof neutrals>): string {
  const small = r2(m.fontSize * 0.85);
  const baselines = m.baselines
    .map((b) => `<g class="baseline"><line x1="${m.plot.left}" x2="${m.plot.right}" y1="${r2(b.y)}" y2="${r2(b.y)}" stroke="${n.baseline}" stroke-width="${r2(Math.max(1.4, m.lineWidth * 0.7))}"${b.dashed ? ' stroke-dasharray="6 4"' : ''}/><text x="${r2(m.plot.right - 4)}" y="${r2(b.y - 5)}" text-anchor="end" font-size="${small}" fill="${n.muted}" fill-opacity="${n.mutedOpacity}">${esc(b.name)}</text></g>`)
    .join('');
  const markers = m.markers
    .map((v) => `<g class="marker"><line x1="${r2(v.x)}" x2="${r2(v.x)}" y1="${m.plot.top}" y2="${m.plot.bottom}" stroke="${n.emergence}" stroke-width="1.2" stroke-dasharray="2 3"/><text x="${r2(v.x + 4)}" y="${r2(m.plot.top + m.fontSize * (1 + v.row * 1.05))}" font-size="${r2(m.fontSize * 0.8)}" fill="${n.emergence}"${v.x > (m.plot.left + m.plot.right) / 2 ? ` text-anchor="end" dx="-8"` : ''}>${esc(v.label)}</text></g>`)
    .join('');
  return `<g class="references">${baselines}${markers}</g>`;
}

/** Series lines and their markers; each point carries its tooltip text. */
function seriesGroups(m: ChartModel, o: RenderOptions): string {
  return m.series
    .map((s, si) => {
      const paint = seriesPaint(s.colorClass, o.colors);
      const line = s.path ? `<path class="line" d="${s.path}" fill="none" stroke="${paint}" stroke-width="${r2(m.lineWidth)}"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>` : '';
      const points = s.points
        .map((p) => {
          const emphasis = m.highlight !== null && p.model === m.highlight;
          const size = emphasis ? m.markerSize * 1.6 : m.markerSize;
          return `<g class="pt${emphasis ? ' hl' : ''}" transform="translate(${r2(p.cx)},${r2(p.cy)})" data-id="${p.id}" data-tip="${esc(p.tip.join('\n'))}"${p.model ? ` data-model="${esc(p.model)}"` : ''}>${markerElement(s.marker, size, paint)}</g>`;
        })
        .join('');
      const display = s.hidden ? ' display="none"' : '';
      return `<g class="series ${s.colorClass}" data-series="${esc(s.name)}" data-index="${si}"${display}>${line}${points}</g>`;
    })
    .join('');
}

/** Bars (Figure 8 and other bar panels). */
function barGroup(m: ChartModel, o: RenderOptions): string {
  if (m.bars.length === 0) return '';
  return `<g class="bars">${m.bars
    .map((b, i) => `<rect class="bar ${b.colorClass}" data-id="b${i}" x="${r2(b.x)}" y="${r2(b.y)}" width="${r2(b.width)}" height="${r2(b.height)}" fill="${seriesPaint(b.colorClass, o.colors)}" data-tip="${esc(b.tip.join('\n'))}"/>`)
    .join('')}</g>`;
}

/** Series names at their last points (labels on the lines), with a faint leader where a label moved away. */
function directLabels(m: ChartModel, o: RenderOptions): string {
  if (m.directLabels.length === 0) return '';
  return `<g class="direct-labels" font-weight="600">${m.directLabels
    .map((l) => {
      const paint = seriesPaint(l.colorClass, o.colors);
      const leader = l.leader ? `<path d="M${r2(l.anchorX + m.markerSize + 2)},${r2(l.anchorY)}L${r2(l.x - 3)},${r2(l.y)}" fill="none" stroke="${paint}" stroke-width="1" stroke-opacity="0.55" stroke-dasharray="2 2"/>` : '';
      return `<g class="${l.colorClass}">${leader}<text x="${r2(l.x)}" y="${r2(l.y)}" dy="0.35em" fill="${paint}">${esc(l.name)}</text></g>`;
    })
    .join('')}</g>`;
}

/** The legend drawn inside the SVG (labelMode "legend"), where no HTML legend or line labels name the series. */
function svgLegend(m: ChartModel, o: RenderOptions): string {
  if (m.legendItems.length === 0) return '';
  return `<g class="svg-legend">${m.legendItems
    .map((l) => {
      const fs = l.fontSize;
      const paint = seriesPaint(l.colorClass, o.colors);
      const cy = r2(l.y + fs * 0.5);
      const swatch = `<line x1="${r2(l.x)}" x2="${r2(l.x + fs * 1.4)}" y1="${cy}" y2="${cy}" stroke="${paint}" stroke-width="${r2(Math.min(m.lineWidth, fs * 0.2))}"${l.dashed ? ' stroke-dasharray="5 3"' : ''}/><g transform="translate(${r2(l.x + fs * 0.7)},${cy})">${markerElement(l.marker, Math.min(m.markerSize, fs * 0.4), paint)}</g>`;
      return `<g class="${l.colorClass}">${swatch}<text x="${r2(l.x + fs * 1.8)}" y="${cy}" dy="0.35em"${fs === m.fontSize ? '' : ` font-size="${r2(fs)}"`}>${esc(l.name)}</text></g>`;
    })
    .join('')}</g>`;
}

/** Renders a chart model to SVG: the same function at build time, in the browser and in exports. */
export function renderChartSvg(m: ChartModel, o: RenderOptions): RenderedSvg {
  const n = neutrals(o.colors);
  const id = o.idPrefix;
  const desc = `<title id="${id}-title">${esc(o.title ?? m.xAxis.title)}</title><desc id="${id}-desc">${esc(m.description)}</desc>`;
  const body = `${grid(m, n)}${xAxis(m, n)}${yAxis(m, n)}${references(m, n)}${barGroup(m, o)}${seriesGroups(m, o)}${directLabels(m, o)}${svgLegend(m, o)}`;
  const content = `<g class="chart-body" font-family="${FONT_STACK}" font-size="${m.fontSize}" fill="${n.text}">${body}</g>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${m.width} ${m.height}" width="${m.width}" height="${m.height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-chart="${esc(m.chartId)}">${desc}${content}</svg>`;
  return { svg, content, width: m.width, height: m.height };
}
