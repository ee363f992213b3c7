/**
 * <metric-switch>: one radio group driving several <emergence-chart> elements. Choosing a metric
 * calls each chart's `setView` with that metric as the only series; legend toggles made by hand
 * are reflected back (the group shows the matching choice, or none when metrics were mixed).
 */
import type { EmergenceChart } from './emergence-chart';
import { VIEW_EVENT } from './chart-events';
import type { Dictionary } from '../lib/i18n/en';
import { ALL_METRICS, metricOfViews, seriesForMetric } from '../lib/predict/metrics';
import { fillTemplate } from '../lib/format/template';

export class MetricSwitch extends HTMLElement {
  private metrics: string[] = [];
  /** Each panel's id, label and every series it can show, as written at build time. */
  private panels: { id: string; label: string; series: string[] }[] = [];
  /** Each metric's label in the page's language, and what the switch announces, as the page wrote them. */
  private labels: Record<string, string> = {};
  private strings!: Dictionary['metricStatus'];

  async connectedCallback(): Promise<void> {
    const picker = this.querySelector<HTMLFieldSetElement>('fieldset.metric-picker');
    if (!picker) return;
    this.metrics = JSON.parse(this.dataset.metrics ?? '[]') as string[];
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as Record<string, string>;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Dictionary['metricStatus'];
    this.panels = JSON.parse(this.dataset.panels ?? '[]') as {
      id: string;
      label: string;
      series: string[];
    }[];
    await customElements.whenDefined('emergence-chart');
    picker.hidden = false;
    for (const note of this.querySelectorAll<HTMLElement>('.metric-nojs')) note.hidden = true;
    this.classList.add('is-live');
    picker.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      if (input.type === 'radio' && input.checked) void this.choose(input.value);
    });
    // Every chart's view is set synchronously when a change starts, so reading them back on each
    // change event is right even while a choice is still drawing (a legend click mid-way included).
    this.addEventListener(VIEW_EVENT, () => this.syncPicker());
  }

  /** The live charts, each with every series it can show. */
  private charts(): { el: EmergenceChart; all: string[] }[] {
    return [...this.querySelectorAll<EmergenceChart>('emergence-chart')]
      .filter((el) => el.view !== undefined)
      .map((el) => ({
        el,
        all: this.panels.find((p) => p.id === el.dataset.chartId)?.series ?? [],
      }));
  }

  /** Shows one metric (or all) in every chart and says so in the live region. */
  private async choose(metric: string): Promise<void> {
    const charts = this.charts();
    await Promise.all(
      charts.map(({ el, all }) => el.setView({ ...el.view, series: seriesForMetric(all, metric) })),
    );
    const t = this.strings;
    const status = this.querySelector<HTMLElement>('.metric-status');
    if (!status) return;
    if (metric === ALL_METRICS) {
      status.textContent = t.showingAll;
      return;
    }
    const label = this.labels[metric] ?? metric;
    const missing = charts
      .filter(({ all }) => !all.includes(metric))
      .map(
        ({ el }) =>
          this.panels.find((p) => p.id === el.dataset.chartId)?.label ?? el.dataset.chartId ?? '',
      );
    status.textContent = [
      fillTemplate(t.showing, { metric: label }),
      missing.length ? fillTemplate(t.missing, { metric: label, panels: missing.join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** After a legend toggle inside a chart: check the choice the charts now match, or none. */
  private syncPicker(): void {
    const choice = metricOfViews(
      this.charts().map(({ el, all }) => ({ all, shown: el.view.series })),
      this.metrics,
    );
    for (const input of this.querySelectorAll<HTMLInputElement>(
      'fieldset.metric-picker input[type="radio"]',
    )) {
      input.checked = choice !== null && input.value === choice;
    }
  }
}

customElements.define('metric-switch', MetricSwitch);
