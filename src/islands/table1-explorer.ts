/**
 * <table1-explorer>: sorting, filters and a live row count for the Table 1 table rendered at build
 * time, and dimming of the strip-chart marks of filtered-out rows. Reads everything from the
 * table's data-* attributes; the count template comes from data-showing ("Showing {n} of {total}").
 */
import { fillTemplate } from '../lib/format/template';
import {
  matchesTable1,
  sortTable1,
  TABLE1_SORT_KEYS,
  type SortDirection,
  type Table1Filter,
  type Table1Record,
  type Table1SortKey,
} from '../lib/explainer/table1';

/** A table row with the record the shared sort/filter functions read. */
type RowRef = Table1Record & { el: HTMLTableRowElement };

/** A number from a data attribute; empty means "no number" (the "Many" row). */
function numberOrNull(text: string | undefined): number | null {
  return text === undefined || text === '' ? null : Number(text);
}

/** The row's record, read back from the attributes the component wrote. */
function readRow(el: HTMLTableRowElement): RowRef {
  const d = el.dataset;
  return {
    el,
    id: d['id'] ?? '',
    kind: d['kind'] === 'augmented' ? 'augmented' : 'few-shot',
    ability: d['ability'] ?? '',
    flops: numberOrNull(d['flops']),
    params: numberOrNull(d['params']),
    model: d['model'] ?? '',
    reference: d['reference'] ?? '',
    row: Number(d['row']),
  };
}

function isSortKey(value: string | undefined): value is Table1SortKey {
  return (TABLE1_SORT_KEYS as readonly string[]).includes(value ?? '');
}

class Table1Explorer extends HTMLElement {
  private rows: RowRef[] = [];
  private tbody: HTMLTableSectionElement | null = null;
  private sort: { key: Table1SortKey; direction: SortDirection } | null = null;

  connectedCallback(): void {
    this.tbody = this.querySelector('tbody');
    if (!this.tbody) return;
    this.rows = [...this.tbody.querySelectorAll<HTMLTableRowElement>('tr[data-id]')].map(readRow);
    for (const el of this.querySelectorAll<HTMLElement>('.t1x-controls, .t1x-hint'))
      el.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.sort')) {
      button.disabled = false;
      button.addEventListener('click', () => this.onSort(button.dataset['sort']));
    }
    for (const select of this.querySelectorAll('select'))
      select.addEventListener('change', () => this.applyFilter());
    this.querySelector('.t1x-reset')?.addEventListener('click', () => {
      for (const select of this.querySelectorAll('select')) select.value = '';
      this.applyFilter();
    });
    this.classList.add('is-live');
    this.applyFilter();
  }

  /** Sorts by a column: ascending first, reversed on the next press. */
  private onSort(key: string | undefined): void {
    if (!isSortKey(key) || !this.tbody) return;
    const direction: SortDirection =
      this.sort?.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
    for (const th of this.querySelectorAll<HTMLTableCellElement>('thead th[data-key]')) {
      if (th.dataset['key'] === key) th.setAttribute('aria-sort', direction);
      else th.removeAttribute('aria-sort');
    }
    this.tbody.append(...sortTable1(this.rows, key, direction).map((r) => r.el));
  }

  /** The filter the selects describe. */
  private readFilter(): Table1Filter {
    const value = (name: string): string =>
      this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
    const exp = (name: string): number | null => (value(name) === '' ? null : Number(value(name)));
    const kind = value('kind');
    return {
      kind: kind === 'few-shot' || kind === 'augmented' ? kind : null,
      model: value('model') === '' ? null : value('model'),
      minExp: exp('min'),
      maxExp: exp('max'),
    };
  }

  /** Shows the rows that pass, dims the marks of the others and updates the count. */
  private applyFilter(): void {
    const filter = this.readFilter();
    const shown = new Set(this.rows.filter((r) => matchesTable1(r, filter)).map((r) => r.id));
    for (const r of this.rows) r.el.hidden = !shown.has(r.id);
    for (const dot of this.querySelectorAll<SVGGElement>('.strip-dot[data-id]')) {
      dot.classList.toggle('is-dim', !shown.has(dot.dataset['id'] ?? ''));
    }
    const count = this.querySelector('.t1x-count');
    const template = this.dataset['showing'] ?? '{n} / {total}';
    if (count)
      count.textContent = fillTemplate(template, { n: shown.size, total: this.rows.length });
  }
}

customElements.define('table1-explorer', Table1Explorer);
