/** Peer benchmark: fig7a as an Observable Plot log-x line chart; a re-render builds a new SVG. */
import * as Plot from '@observablehq/plot';
import type { PeerApi, PeerSeries } from './peer-types';

let host: HTMLElement | null = null;
let rows: { name: string; color: string; x: number; y: number }[] = [];

/** Draws the whole chart, emphasising one series when `name` is given. */
function render(name: string | null): void {
  if (!host) return;
  const svg = Plot.plot({
    width: 640,
    height: 400,
    x: { type: 'log', label: 'Training FLOPs' },
    y: { label: 'Evaluation metric (%)' },
    color: { legend: true },
    marks: [
      Plot.line(rows, { x: 'x', y: 'y', z: 'name', stroke: 'name', strokeWidth: (d: { name: string }) => (name === null || d.name === name ? 1.5 : 0.5) }),
      Plot.dot(rows, { x: 'x', y: 'y', fill: 'name', r: 2.5 }),
    ],
  });
  host.replaceChildren(svg);
}

const api: PeerApi = {
  draw(target: HTMLElement, series: PeerSeries[]): void {
    host = target;
    rows = series.flatMap((s) => s.points.map((p) => ({ name: s.name, color: s.color, x: p.x, y: p.y })));
    render(null);
  },
  highlight(name: string | null): void {
    render(name);
  },
};
(window as unknown as { peer: PeerApi }).peer = api;
