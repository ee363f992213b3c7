/** Peer benchmark: the largest panel as a Chart.js 4 log-x line chart (tree-shaken registration, no animation), updated with chart.update(). */
import {
  Chart,
  LineController,
  LineElement,
  PointElement,
  LogarithmicScale,
  LinearScale,
  Legend,
  Tooltip,
  type ScriptableContext,
} from 'chart.js';
import type { PeerApi, PeerSeries } from './peer-types';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LogarithmicScale,
  LinearScale,
  Legend,
  Tooltip,
);

interface Datum {
  x: number;
  y: number;
  model: string;
}

let chart: Chart<'line', Datum[]> | null = null;
let data: PeerSeries[] = [];
let highlighted: string | null = null;
let xQuantity: 'flops' | 'params' = 'flops';

/** A series' points under the current x quantity, left to right. */
const pointsOf = (s: PeerSeries): Datum[] =>
  s.points
    .map((p) => ({ x: xQuantity === 'flops' ? p.flops : p.params, y: p.y, model: p.model }))
    .sort((a, b) => a.x - b.x);

const api: PeerApi = {
  draw(target: HTMLElement, series: PeerSeries[], width: number, height: number): void {
    data = series;
    const canvas = document.createElement('canvas');
    // Not responsive: the canvas keeps this size (its default would be 300 × 150).
    canvas.width = width;
    canvas.height = height;
    target.append(canvas);
    chart = new Chart(canvas, {
      type: 'line',
      data: {
        datasets: series.map((s) => ({
          label: s.name,
          data: pointsOf(s),
          borderColor: s.color,
          backgroundColor: s.color,
          borderWidth: 2,
        })),
      },
      options: {
        animation: false,
        responsive: false,
        parsing: false,
        elements: {
          point: {
            radius: (ctx: ScriptableContext<'line'>) =>
              (ctx.raw as Datum | undefined)?.model === highlighted ? 5 : 3,
          },
        },
        scales: {
          x: { type: 'logarithmic', title: { display: true, text: 'Training FLOPs' } },
          y: { type: 'linear', title: { display: true, text: 'Evaluation metric (%)' } },
        },
      },
    });
  },
  highlight(model: string | null): void {
    highlighted = model;
    chart?.update();
  },
  toggleSeries(name: string): void {
    if (!chart) return;
    const i = data.findIndex((s) => s.name === name);
    chart.setDatasetVisibility(i, !chart.isDatasetVisible(i));
    chart.update();
  },
  setX(x: 'flops' | 'params'): void {
    if (!chart) return;
    xQuantity = x;
    chart.data.datasets.forEach((d, i) => (d.data = pointsOf(data[i]!)));
    const scale = chart.options.scales?.x;
    if (scale && 'title' in scale && scale.title)
      scale.title.text = x === 'flops' ? 'Training FLOPs' : 'Parameters';
    chart.update();
  },
};
(window as unknown as { peer: PeerApi }).peer = api;
