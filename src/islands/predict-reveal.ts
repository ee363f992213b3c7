/**
 * <predict-reveal>: the predict-then-reveal exercise around a panel drawn at build time. The form
 * only picks a family, a cut-off and a phase; the scene (derived panel + trend) and its SVG come
 * from src/lib/predict/scene.ts and the shared renderer, loaded with the panel data on first use.
 */
import type { FamilyChoice, PredictRequest } from '../lib/predict/scene';
import type * as SceneModule from '../lib/predict/scene';
import type { PanelBundle } from '../lib/chart/panel-bundle';
import type { LayoutName } from '../lib/chart/layout';
import type { Lang } from '../lib/i18n/ui';
import { PREDICT_STRINGS } from '../lib/predict/strings';
import { loadBundle } from './panel-data';

type Phase = 'idle' | PredictRequest['phase'];

export class PredictReveal extends HTMLElement {
  private choices: FamilyChoice[] = [];
  private phase: Phase = 'idle';
  /** Build-time SVG markup of each layout slot, restored by "Start over". */
  private original = new Map<HTMLElement, string>();
  private family!: HTMLSelectElement;
  private cutoff!: HTMLSelectElement;
  private result!: HTMLElement;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form.predict-controls');
    const family = form?.querySelector<HTMLSelectElement>('select[name="series"]');
    const cutoff = form?.querySelector<HTMLSelectElement>('select[name="cutoff"]');
    const result = this.querySelector<HTMLElement>('.predict-result');
    if (!form || !family || !cutoff || !result) return;
    [this.family, this.cutoff, this.result] = [family, cutoff, result];
    this.choices = JSON.parse(this.dataset.choices ?? '[]') as FamilyChoice[];
    for (const slot of this.querySelectorAll<HTMLElement>('.predict-frame [data-layout]')) this.original.set(slot, slot.innerHTML);
    form.hidden = false;
    for (const note of this.querySelectorAll<HTMLElement>('.predict-nojs')) note.hidden = true;
    this.classList.add('is-live');

    family.addEventListener('change', () => {
      this.fillCutoffs();
      this.reset(false);
    });
    cutoff.addEventListener('change', () => this.reset(false));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.draw('fitted');
    });
    this.button('reveal')?.addEventListener('click', () => void this.draw('revealed'));
    this.button('reset')?.addEventListener('click', () => this.reset(true));
  }

  private get pageLang(): Lang {
    return this.dataset.lang === 'zh' ? 'zh' : 'en';
  }

  private button(action: string): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  }

  /** Lists the chosen family's models in the cut-off select, keeping its default preselected. */
  private fillCutoffs(): void {
    const choice = this.choices.find((c) => c.series === this.family.value);
    this.cutoff.replaceChildren(
      ...(choice?.cutoffs ?? []).map((c) => {
        const option = document.createElement('option');
        option.value = c.model;
        option.textContent = c.label;
        option.selected = c.model === choice?.defaultCutoff;
        return option;
      }),
    );
  }

  /** Draws the fitted or revealed state and announces the result. */
  private async draw(phase: PredictRequest['phase']): Promise<void> {
    const t = PREDICT_STRINGS[this.pageLang];
    const request = { series: this.family.value, cutoff: this.cutoff.value, phase };
    let bundle: PanelBundle;
    let sceneModule: typeof SceneModule;
    try {
      [sceneModule, bundle] = await Promise.all([import('../lib/predict/scene'), loadBundle(this.dataset.panelUrl ?? '')]);
    } catch {
      this.result.textContent = t.loadError;
      return;
    }
    // The reader may have picked another family or cut-off while the data loaded: that choice resets the exercise.
    if (request.series !== this.family.value || request.cutoff !== this.cutoff.value) return;
    const scene = sceneModule.predictionScene(bundle, request, this.pageLang);
    if (!scene) return;
    const chartId = this.dataset.chartId ?? '';
    for (const slot of this.original.keys()) {
      const layout = slot.dataset.layout as LayoutName;
      slot.innerHTML = sceneModule.renderScene(bundle, scene, layout, this.pageLang, `${chartId}-predict-${layout}`);
    }
    const trendKey = this.querySelector<HTMLElement>('.predict-key-trend');
    if (trendKey) {
      trendKey.hidden = scene.trendName === null;
      trendKey.className = `predict-key-trend ${scene.familyClass}`;
      const label = trendKey.querySelector('span');
      if (label) label.textContent = scene.trendName ?? '';
    }
    this.phase = phase;
    this.dataset.phase = phase;
    this.result.textContent = scene.message;
    const reveal = this.button('reveal');
    const reset = this.button('reset');
    if (reset) reset.disabled = false;
    if (reveal) {
      const hadFocus = document.activeElement === reveal;
      reveal.disabled = phase === 'revealed' || scene.fit.status !== 'fit';
      // A disabled button drops keyboard focus to <body>; hand it to the next useful control.
      if (hadFocus && reveal.disabled) reset?.focus();
    }
  }

  /** Back to the full chart as printed. */
  private reset(announce: boolean): void {
    if (this.phase === 'idle') return;
    for (const [slot, html] of this.original) slot.innerHTML = html;
    const trendKey = this.querySelector<HTMLElement>('.predict-key-trend');
    if (trendKey) trendKey.hidden = true;
    this.phase = 'idle';
    delete this.dataset.phase;
    this.result.textContent = announce ? PREDICT_STRINGS[this.pageLang].resetDone : '';
    const reveal = this.button('reveal');
    const reset = this.button('reset');
    if (reveal) reveal.disabled = true;
    if (reset) {
      const hadFocus = document.activeElement === reset;
      reset.disabled = true;
      if (hadFocus) this.button('fit')?.focus();
    }
  }
}

customElements.define('predict-reveal', PredictReveal);
