/** Strip chart geometry → SVG string. Colours come from page CSS (var(--series), currentColor). */
import { isStrokeMarker, markerPath, r2 } from '../chart/symbols';
import { superscript } from '../format/number';
import { esc } from '../render/escape';
import type { StripChart, StripDot } from './strip-chart';

/** One mark: a family-shaped path with a hover title, keyed by the row id. */
function dotElement(d: StripDot, radius: number): string {
  const path = markerPath(d.marker, radius);
  const paint = isStrokeMarker(d.marker)
    ? 'fill="none" stroke="var(--series)" stroke-width="2"'
    : 'fill="var(--series)" stroke="var(--bg)" stroke-width="1"';
  return `<g class="strip-dot ${esc(d.colorClass)}" data-id="${esc(d.id)}" transform="translate(${r2(d.x)},${r2(d.y)})"><title>${esc(d.title)}</title><path d="${path}" ${paint}/></g>`;
}

/** Renders the strip chart as an inline SVG; `label` is its accessible name. */
export function renderStripSvg(chart: StripChart, label: string): string {
  const [left, right] = chart.range;
  const body = chart.strips
    .map((s) => {
      const ticks = s.ticks
        .map(
          (t) =>
            `<line x1="${r2(t.x)}" x2="${r2(t.x)}" y1="${r2(s.axisY)}" y2="${r2(s.axisY + 5)}" stroke="currentColor"/>` +
            `<text x="${r2(t.x)}" y="${r2(s.axisY + 20)}" text-anchor="middle">10${superscript(t.exponent)}</text>`,
        )
        .join('');
      const grid = s.ticks
        .map(
          (t) =>
            `<line x1="${r2(t.x)}" x2="${r2(t.x)}" y1="${r2(s.top + 22)}" y2="${r2(s.axisY)}" stroke="currentColor" stroke-opacity="0.14"/>`,
        )
        .join('');
      return (
        `<g class="strip strip-${s.key}">` +
        `<text class="strip-title" x="${left}" y="${r2(s.top + 14)}" font-weight="600">${esc(s.title)}</text>` +
        grid +
        `<line x1="${left}" x2="${right}" y1="${r2(s.axisY)}" y2="${r2(s.axisY)}" stroke="currentColor"/>` +
        ticks +
        s.dots.map((d) => dotElement(d, chart.radius)).join('') +
        `</g>`
      );
    })
    .join('');
  return (
    `<svg class="strip-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${r2(chart.height)}" ` +
    `width="${chart.width}" height="${r2(chart.height)}" role="img" aria-label="${esc(label)}" fill="currentColor" font-size="12">` +
    body +
    `</svg>`
  );
}
