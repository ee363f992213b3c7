/** Peer benchmark: the largest panel as an Observable Plot log-x line chart; every update builds a new SVG (Plot's way). */
import * as Plot from '@observablehq/plot';
import type { PeerApi, PeerSeries } from './peer-types';

interface Row {
  name: string;
  flops: number;
  params: number;
  y: number;
  model: string;
}

let host: HTMLElement | null = null;
let rows: Row[] = [];
const hidden = new Set<string>();
let highlighted: string | null = null;
let xQuantity: 'flops' | 'params' = 'flops';
let size = { width: 640, height: 400 };

/** Draws the whole chart for the current state. */
function render(): void {
  if (!host) return;
  const shown = rows.filter((r) => !hidden.has(r.name)).sort((a, b) => a[xQuantity] - b[xQuantity]);
  const svg = Plot.plot({
    ...size,
    x: { type: 'log', label: xQuantity === 'flops' ? 'Training FLOPs' : 'Parameters' },
    y: { label: 'Evaluation metric (%)' },
    color: { legend: true },
    marks: [
      Plot.line(shown, { x: xQuantity, y: 'y', z: 'name', stroke: 'name', strokeWidth: 2 }),
      Plot.dot(shown, {
        x: xQuantity,
        y: 'y',
        fill: 'name',
        r: (d: Row) => (d.model === highlighted ? 5 : 3),
      }),
    ],
  });
  host.replaceChildren(svg);
}

const api: PeerApi = {
  draw(target: HTMLElement, series: PeerSeries[], width: number, height: number): void {
    host = target;
    size = { width, height };
    rows = series.flatMap((s) => s.points.map((p) => ({ name: s.name, ...p })));
    render();
  },
  highlight(model: string | null): void {
    highlighted = model;
    render();
  },
  toggleSeries(name: string): void {
    if (!hidden.delete(name)) hidden.add(name);
    render();
  },
  setX(x: 'flops' | 'params'): void {
    xQuantity = x;
    render();
  },
};
(window as unknown as { peer: PeerApi }).peer = api;
