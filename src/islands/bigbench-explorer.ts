/**
 * <bigbench-explorer>: filters the Appendix E list rendered at build time by task name (as you
 * type) and by category, and reports how many tasks match. Count templates come from data-*.
 */
import { taskMatches } from '../lib/explainer/bigbench';
import { fillTemplate } from '../lib/format/template';

class BigBenchExplorer extends HTMLElement {
  private input: HTMLInputElement | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const controls = this.querySelector<HTMLElement>('.bbx-controls');
    this.input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!controls || !this.input) return;
    controls.hidden = false;
    this.input.addEventListener('input', () => this.update());
    for (const box of this.querySelectorAll<HTMLInputElement>('.bbx-cats input[type="checkbox"]')) {
      box.addEventListener('change', () => this.update());
    }
    this.classList.add('is-live');
    // A value restored by the browser (back button) applies at once.
    if (this.input.value !== '') this.update();
  }

  /** Hides non-matching tasks, empty groups and unchecked categories; updates every count. */
  private update(): void {
    const query = this.input?.value ?? '';
    const checked = new Set(
      [...this.querySelectorAll<HTMLInputElement>('.bbx-cats input[type="checkbox"]')]
        .filter((b) => b.checked)
        .map((b) => b.value),
    );
    let total = 0;
    for (const details of this.querySelectorAll<HTMLDetailsElement>('details.bbx-cat')) {
      const inCategory = checked.has(details.dataset['category'] ?? '');
      details.hidden = !inCategory;
      let shown = 0;
      for (const group of details.querySelectorAll<HTMLElement>('.bbx-group')) {
        let inGroup = 0;
        for (const li of group.querySelectorAll<HTMLLIElement>('li[data-name]')) {
          const match = inCategory && taskMatches(li.dataset['name'] ?? '', query);
          li.hidden = !match;
          if (match) inGroup += 1;
        }
        group.hidden = inGroup === 0;
        shown += inGroup;
      }
      if (inCategory) total += shown;
      if (query !== '' && shown > 0) details.open = true;
      const count = details.querySelector<HTMLElement>('.bbx-cat-count');
      if (count) {
        const all = Number(count.dataset['total']);
        const text =
          shown === all
            ? fillTemplate(this.dataset['tasks'] ?? '{n}', { n: all })
            : fillTemplate(this.dataset['tasksOf'] ?? '{n}/{total}', { n: shown, total: all });
        count.textContent = `(${text})`;
      }
    }
    // The live region speaks once typing pauses, not on every keystroke.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const live = this.querySelector('.bbx-count');
      if (live)
        live.textContent =
          total === 1
            ? (this.dataset['matchOne'] ?? '1')
            : fillTemplate(this.dataset['match'] ?? '{n}', { n: total });
    }, 250);
  }
}

customElements.define('bigbench-explorer', BigBenchExplorer);
