import type { ChartModel, LegendModel, TickModel } from '../chart/model-types';
import type { TickLabel } from '../chart/ticks';
import { colorOfClass, PALETTE, type ThemeName } from '../chart/families';
import { isStrokeMarker, markerPath, r2 } from '../chart/symbols';
import { esc } from './escape';

/** Text and legend drawn around the chart in standalone files (downloads, preview images). */
export interface FrameOptions {
  title: string;
  /** Source line under the chart, e.g. "Data: Wei et al. 2022, Figure 2A · https://…". */
  source: string;
  /** Extra scale for type, for slides seen from the back of a room. */
  textScale?: number | undefined;
  /** Leave the background transparent (no filled rectangle). */
  transparent?: boolean | undefined;
  /** Font data to embed (a @font-face rule), so the file keeps its typeface anywhere. */
  fontFaceCss?: string | undefined;
}

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
  /** Draw title, legend and source line (standalone files). */
  frame?: FrameOptions | undefined;
}

const FONT_STACK = "Inter Variable, Inter, system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/** Colours for neutral parts (text, grid, axes) in a rendering mode. */
function neutrals(colors: RenderOptions['colors']) {
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
function markerElement(marker: LegendModel['marker'], size: number, paint: string, extra = ''): string {
  const d = markerPath(marker, size);
  if (!d) return '';
  return isStrokeMarker(marker)
    ? `<path d="${d}" fill="none" stroke="${paint}" stroke-width="1.6"${extra}/>`
    : `<path d="${d}" fill="${paint}" stroke="${paint}" stroke-width="0.8"${extra}/>`;
}

/** The x axis: ticks, labels and title. */
function xAxis(m: ChartModel, n: ReturnType<typeof neutrals>): string {
  const y = m.plot.bottom;
  const ticks = m.xAxis.ticks
    .map((t: TickModel) => {
      const label = m.xAxis.rotateLabels
        ? `<text transform="translate(${r2(t.pos)},${r2(y + 8)}) rotate(-60)" text-anchor="end" dy="0.35em" font-size="${r2(m.fontSize * 0.85)}">${labelContent(t.label)}</text>`
        : `<text x="${r2(t.pos)}" y="${r2(y + 8 + m.fontSize)}" text-anchor="middle">${labelContent(t.label)}</text>`;
      return `<line x1="${r2(t.pos)}" x2="${r2(t.pos)}" y1="${y}" y2="${r2(y + 5)}" stroke="${n.axis}"/>${label}`;
    })
    .join('');
  const title = m.xAxis.title
    ? `<text x="${r2((m.plot.left + m.plot.right) / 2)}" y="${r2(m.height - 8)}" text-anchor="middle" fill="${n.text}">${esc(m.xAxis.title)}</text>`
    : '';
  return `<g class="axis axis-x" fill="${n.text}"><line x1="${m.plot.left}" x2="${m.plot.right}" y1="${y}" y2="${y}" stroke="${n.axis}"/>${ticks}${title}</g>`;
}

/** The y axis: ticks, labels and rotated title. */
function yAxis(m: ChartModel, n: ReturnType<typeof neutrals>): string {
  const x = m.plot.left;
  const ticks = m.yAxis.ticks
    .map((t) => `<line x1="${r2(x - 5)}" x2="${x}" y1="${r2(t.pos)}" y2="${r2(t.pos)}" stroke="${n.axis}"/><text x="${r2(x - 8)}" y="${r2(t.pos)}" dy="0.35em" text-anchor="end">${labelContent(t.label)}</text>`)
    .join('');
  const mid = r2((m.plot.top + m.plot.bottom) / 2);
  const title = `<text transform="translate(${r2(m.fontSize)},${mid}) rotate(-90)" text-anchor="middle" dy="0.2em">${esc(m.yAxis.title)}</text>`;
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
  const baselines = m.baselines
    .map((b) => `<g class="baseline"><line x1="${m.plot.left}" x2="${m.plot.right}" y1="${r2(b.y)}" y2="${r2(b.y)}" stroke="${n.baseline}" stroke-width="1.4"${b.dashed ? ' stroke-dasharray="6 4"' : ''}/><text x="${r2(m.plot.right - 4)}" y="${r2(b.y - 5)}" text-anchor="end" font-size="${r2(m.fontSize * 0.85)}" fill="${n.muted}" fill-opacity="${n.mutedOpacity}">${esc(b.name)}</text></g>`)
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
      const line = s.path ? `<path class="line" d="${s.path}" fill="none" stroke="${paint}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>` : '';
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

/** Legend entries laid out left to right, wrapping into rows that fit `width`. */
function legendLayout(m: ChartModel, width: number, fontSize: number): { entry: LegendModel; x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return m.legend
    .filter((l) => !l.hidden)
    .map((entry) => {
      // Text width is estimated (no font metrics at build time); 0.6 em per character is generous for Inter.
      const w = 28 + entry.name.length * fontSize * 0.6 + 16;
      if (x > 0 && x + w > width) [x, row] = [0, row + 1];
      const placed = { entry, x, row };
      x += w;
      return placed;
    });
}

/** The legend for standalone files (the page has interactive HTML legend buttons instead). */
function legendRows(m: ChartModel, o: RenderOptions, y: number, fontSize: number): string {
  const items = legendLayout(m, m.width - m.plot.left - 8, fontSize)
    .map(({ entry: l, x, row }) => {
      const paint = seriesPaint(l.colorClass, o.colors);
      const dy = r2(row * fontSize * 1.5);
      const swatch = `<line x1="${x}" x2="${x + 22}" y1="${dy}" y2="${dy}" stroke="${paint}" stroke-width="2"${l.dashed ? ' stroke-dasharray="5 3"' : ''}/><g transform="translate(${x + 11},${dy})">${markerElement(l.marker, m.markerSize, paint)}</g>`;
      return `${swatch}<text x="${x + 28}" y="${dy}" dy="0.35em">${esc(l.name)}</text>`;
    })
    .join('');
  return `<g class="legend" transform="translate(${m.plot.left},${r2(y)})" font-size="${r2(fontSize)}">${items}</g>`;
}

/** Renders a chart model to an SVG string: the same function at build time and in the browser. */
export function renderChartSvg(m: ChartModel, o: RenderOptions): string {
  const n = neutrals(o.colors);
  const body = `${grid(m, n)}${xAxis(m, n)}${yAxis(m, n)}${references(m, n)}${barGroup(m, o)}${seriesGroups(m, o)}`;
  const id = o.idPrefix;
  const desc = `<title id="${id}-title">${esc(o.frame?.title ?? m.xAxis.title)}</title><desc id="${id}-desc">${esc(m.description)}</desc>`;
  if (!o.frame) {
    return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${m.width} ${m.height}" width="${m.width}" height="${m.height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT_STACK}" font-size="${m.fontSize}" data-chart="${esc(m.chartId)}">${desc}${body}</svg>`;
  }
  const f = o.frame;
  const scale = f.textScale ?? 1;
  const titleSize = m.fontSize * 1.3 * scale;
  const legendSize = m.fontSize * scale;
  const legendLines = m.legend.length > 1 ? Math.max(0, ...legendLayout(m, m.width - m.plot.left - 8, legendSize).map((p) => p.row)) + 1 : 0;
  const top = titleSize * 1.6 + legendLines * legendSize * 1.5 + (legendLines ? legendSize * 0.5 : 0);
  const bottom = m.fontSize * 2;
  const height = m.height + top + bottom;
  const bg = o.colors === 'classes' ? 'none' : PALETTE[o.colors].background;
  const style = f.fontFaceCss ? `<style>${f.fontFaceCss}</style>` : '';
  const legend = legendLines ? legendRows(m, o, titleSize * 1.6 + legendSize * 0.9, legendSize) : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${m.width} ${r2(height)}" width="${m.width}" height="${r2(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT_STACK}" font-size="${m.fontSize}" data-chart="${esc(m.chartId)}">`,
    desc,
    style,
    f.transparent ? '' : `<rect width="100%" height="100%" fill="${bg}"/>`,
    `<g fill="${n.text}"><text x="${m.plot.left}" y="${r2(titleSize * 1.1)}" font-size="${r2(titleSize)}" font-weight="600">${esc(f.title)}</text>${legend}</g>`,
    `<g transform="translate(0,${r2(top)})">${body}</g>`,
    `<text x="${m.plot.left}" y="${r2(height - bottom * 0.35)}" font-size="${r2(m.fontSize * 0.8)}" fill="${n.muted}">${esc(f.source)}</text>`,
    '</svg>',
  ].join('');
}
