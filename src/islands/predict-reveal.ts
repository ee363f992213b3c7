/**
 * <predict-reveal>: the predict-then-reveal exercise around a panel drawn at build time. Once it
 * runs, the larger models are hidden (the build-time "hidden" templates) until the reader enters a
 * guess and presses Reveal; without JavaScript the full chart stays, with a note. The form only
 * picks a family, a cut-off, a guess and a phase; the scene (derived panel + trend) and its SVG come
 * from src/lib/predict/scene.ts and the shared renderer, loaded with the panel data on first use.
 */
import type { FamilyChoice, PredictRequest } from '../lib/predict/scene';
import type * as SceneModule from '../lib/predict/scene';
import type { PanelBundle } from '../lib/chart/panel-bundle';
import type { LayoutName } from '../lib/chart/layout';
import type { Lang } from '../lib/i18n/ui';
import type { Dictionary } from '../lib/i18n/en';
import { parseGuess } from '../lib/predict/guess';
import { loadBundle } from './panel-data';

/** The predict-then-reveal custom element. */
export class PredictReveal extends HTMLElement {
  private choices: FamilyChoice[] = [];
  private phase: PredictRequest['phase'] = 'hidden';
  /** Counts draw requests, so a slower earlier one (still loading) never overwrites a later one. */
  private draws = 0;
  /** Build-time SVG markup of each layout slot in the starting (hidden) state, restored by "Start over". */
  private original = new Map<HTMLElement, string>();
  /** The family and cut-off the build-time starting state was drawn for. */
  private start = { series: '', cutoff: '' };
  private family!: HTMLSelectElement;
  private cutoff!: HTMLSelectElement;
  private guess: HTMLInputElement | null = null;
  private result!: HTMLElement;
  /** What the exercise says, as the page wrote it (the dictionary's predictStatus namespace). */
  private strings!: Dictionary['predictStatus'];

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form.predict-controls');
    const family = form?.querySelector<HTMLSelectElement>('select[name="series"]');
    const cutoff = form?.querySelector<HTMLSelectElement>('select[name="cutoff"]');
    const result = this.querySelector<HTMLElement>('.predict-result');
    if (!form || !family || !cutoff || !result) return;
    [this.family, this.cutoff, this.result] = [family, cutoff, result];
    this.guess = form.querySelector<HTMLInputElement>('input[name="guess"]');
    this.start = { series: family.value, cutoff: cutoff.value };
    this.choices = JSON.parse(this.dataset.choices ?? '[]') as FamilyChoice[];
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Dictionary['predictStatus'];
    // Start from the hidden state: each slot takes its build-time template (larger models left out).
    for (const slot of this.querySelectorAll<HTMLElement>('.predict-frame [data-layout]')) {
      const template = this.querySelector<HTMLTemplateElement>(
        `template.predict-hidden[data-layout="${slot.dataset.layout ?? ''}"]`,
      );
      if (template) slot.replaceChildren(template.content.cloneNode(true));
      this.original.set(slot, slot.innerHTML);
    }
    this.dataset.phase = 'hidden';
    this.result.textContent = this.dataset.hiddenMessage ?? '';
    form.hidden = false;
    for (const note of this.querySelectorAll<HTMLElement>('.predict-nojs')) note.hidden = true;
    this.classList.add('is-live');

    family.addEventListener('change', () => {
      this.fillCutoffs();
      void this.hideAgain();
    });
    cutoff.addEventListener('change', () => void this.hideAgain());
    this.guess?.addEventListener('input', () => this.syncReveal());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.draw('fitted');
    });
    this.button('reveal')?.addEventListener('click', () => void this.draw('revealed'));
    this.button('reset')?.addEventListener('click', () => void this.hideAgain(true));
    this.syncReveal();
  }

  /** The committed guess, or null when the field is empty or not a number. */
  private get guessValue(): number | null {
    return this.guess ? parseGuess(this.guess.value) : null;
  }

  /** Reveal is available once a guess is entered, and until the answer is shown. */
  private syncReveal(): void {
    const reveal = this.button('reveal');
    if (reveal) reveal.disabled = this.phase === 'revealed' || this.guessValue === null;
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
    const t = this.strings;
    if (phase === 'revealed' && this.guessValue === null) return;
    const guess = this.guessValue;
    const request: PredictRequest = {
      series: this.family.value,
      cutoff: this.cutoff.value,
      phase,
      ...(guess === null ? {} : { guess }),
    };
    const ticket = ++this.draws;
    let bundle: PanelBundle;
    let sceneModule: typeof SceneModule;
    try {
      [sceneModule, bundle] = await Promise.all([
        import('../lib/predict/scene'),
        loadBundle(this.dataset.panelUrl ?? ''),
      ]);
    } catch {
      this.result.textContent = t.loadError;
      return;
    }
    // The reader may have picked another family or cut-off while the data loaded (that choice resets
    // the exercise), or asked for another state since: the latest request wins.
    if (ticket !== this.draws) return;
    if (request.series !== this.family.value || request.cutoff !== this.cutoff.value) return;
    const scene = sceneModule.predictionScene(bundle, request, t);
    if (!scene) return;
    const chartId = this.dataset.chartId ?? '';
    for (const slot of this.original.keys()) {
      const layout = slot.dataset.layout as LayoutName;
      slot.innerHTML = sceneModule.renderScene(
        bundle,
        scene,
        layout,
        this.pageLang,
        `${chartId}-predict-${layout}`,
      );
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
    if (reset) reset.disabled = phase === 'hidden';
    if (reveal) {
      const hadFocus = document.activeElement === reveal;
      this.syncReveal();
      // A disabled button drops keyboard focus to <body>; hand it to the next useful control.
      if (hadFocus && reveal.disabled) reset?.focus();
    }
  }

  /** Back to the hidden state for the current family and cut-off (the larger models left out again). */
  private async hideAgain(announce = false): Promise<void> {
    // Any draw still loading is now stale.
    this.draws++;
    const resetButton = this.button('reset');
    const hadFocus = document.activeElement === resetButton;
    if (this.family.value === this.start.series && this.cutoff.value === this.start.cutoff) {
      // The build-time starting state: no data to load.
      for (const [slot, html] of this.original) slot.innerHTML = html;
      const trendKey = this.querySelector<HTMLElement>('.predict-key-trend');
      if (trendKey) trendKey.hidden = true;
      this.phase = 'hidden';
      this.dataset.phase = 'hidden';
      this.result.textContent = this.dataset.hiddenMessage ?? '';
    } else {
      await this.draw('hidden');
    }
    if (announce)
      this.result.textContent = `${this.strings.resetDone} ${this.result.textContent}`.trim();
    if (resetButton) resetButton.disabled = true;
    this.syncReveal();
    if (hadFocus) this.button('fit')?.focus();
  }
}

customElements.define('predict-reveal', PredictReveal);
