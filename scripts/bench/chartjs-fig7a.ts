/** Peer benchmark: fig7a as a Chart.js 4 log-x line chart (tree-shaken registration, no animation). */
import { Chart, LineController, LineElement, PointElement, LogarithmicScale, LinearScale, Legend, Tooltip } from 'chart.js';
import type { PeerApi, PeerSeries } from './peer-types';

Chart.register(LineController, LineElement, PointElement, LogarithmicScale, LinearScale, Legend, Tooltip);

let chart: Chart<'line', { x: number; y: number }[]> | null = null;

const api: PeerApi = {
  draw(target: HTMLElement, series: PeerSeries[]): void {
    const canvas = document.createElement('canvas');
    target.append(canvas);
    chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: series.map((s) => ({ label: s.name, data: s.points, borderColor: s.color, backgroundColor: s.color, borderWidth: 1.5 })) },
      options: {
        animation: false,
        responsive: false,
        parsing: false,
        scales: { x: { type: 'logarithmic', title: { display: true, text: 'Training FLOPs' } }, y: { type: 'linear', title: { display: true, text: 'Evaluation metric (%)' } } },
      },
    });
  },
  highlight(name: string | null): void {
    if (!chart) return;
    for (const d of chart.data.datasets) d.borderWidth = name === null || d.label === name ? 1.5 : 0.5;
    chart.update();
  },
};
(window as unknown as { peer: PeerApi }).peer = api;
