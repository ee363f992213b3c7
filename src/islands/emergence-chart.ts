/**
 * <emergence-chart>: progressive enhancement of a chart rendered at build time. On load it only
 * wires tooltips, keyboard navigation and the table; the chart model and renderer are imported
 * on first use of a control that changes the view (legend, x or y switch), which keeps the
 * JavaScript a page needs on load small.
 */
import type { ChartView } from '../lib/chart/view';
import { VIEW_EVENT } from './chart-events';
import { startUrlState } from './url-state';
import { afterNextPaint } from './after-paint';
import type * as Rerender from './chart-rerender';

/** A point as the island sees it: where it is drawn and what to say about it. */
interface PointRef {
  el: SVGGElement;
  series: number;
  cx: number;
  cy: number;
  tip: string;
}

/** Reads "translate(x,y)" written by the renderer. */
function translateOf(el: Element): [number, number] {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** The redraw module once loaded (see redraw). */
let renderer: typeof Rerender | undefined;

export class EmergenceChart extends HTMLElement {
  view!: ChartView;
  /** setView calls whose redraw has not finished. */
  private pendingRenders = 0;
  /** The drawn view the data table shows, or will show once the pending sync runs. */
  private tableView!: ChartView;
  /** The pending sync of the table's rows (see syncTableSoon). */
  private tableSync: Promise<void> | null = null;
  private frame!: HTMLElement;
  private tooltip!: HTMLElement;
  private live!: HTMLElement;
  private focused: PointRef | null = null;

  connectedCallback(): void {
    const frame = this.querySelector<HTMLElement>('.chart-frame');
    const tooltip = this.querySelector<HTMLElement>('.chart-tooltip');
    const live = this.querySelector<HTMLElement>('.chart-live');
    if (!frame || !tooltip || !live) return;
    [this.frame, this.tooltip, this.live] = [frame, tooltip, live];
    this.view = JSON.parse(this.dataset.view ?? '{}') as ChartView;
    frame.tabIndex = 0;
    for (const b of this.querySelectorAll<HTMLButtonElement>(
      'button[disabled], select[disabled], input[disabled]',
    ))
      b.disabled = false;
    const share = this.querySelector<HTMLButtonElement>('button[data-action="native-share"]');
    if (share && 'share' in navigator) share.hidden = false;
    this.classList.add('is-live');
    frame.addEventListener('pointermove', (e) => this.onPointer(e));
    frame.addEventListener('pointerleave', () => this.focused === null && this.hideTip());
    frame.addEventListener('keydown', (e) => this.onKey(e));
    frame.addEventListener('blur', () => this.clearFocus());
    this.addEventListener('click', (e) => this.onClick(e));
    // The chart page's or embed's chart keeps the URL in step with its view (data-url-state).
    if (this.dataset.urlState !== undefined) startUrlState(this);
  }

  /** The SVG currently displayed (large or compact layout, chosen by CSS). */
  private activeSvg(): SVGSVGElement | null {
    for (const svg of this.frame.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
      if (svg.getBoundingClientRect().width > 0) return svg;
    }
    return null;
  }

  /** Visible points of the active SVG, grouped by series and sorted left to right. */
  private pointsBySeries(): PointRef[][] {
    const svg = this.activeSvg();
    if (!svg) return [];
    const groups: PointRef[][] = [];
    svg.querySelectorAll<SVGGElement>('g.series:not([display="none"])').forEach((g) => {
      const index = Number(g.dataset.index);
      const pts = [...g.querySelectorAll<SVGGElement>('g.pt')].map((el) => {
        const [cx, cy] = translateOf(el);
        return { el, series: index, cx, cy, tip: el.dataset.tip ?? '' };
      });
      if (pts.length) groups.push(pts.sort((a, b) => a.cx - b.cx));
    });
    svg.querySelectorAll<SVGRectElement>('rect.bar').forEach((el) => {
      const x = Number(el.getAttribute('x')) + Number(el.getAttribute('width')) / 2;
      const y = Number(el.getAttribute('y'));
      groups.push([
        {
          el: el as unknown as SVGGElement,
          series: groups.length,
          cx: x,
          cy: y,
          tip: el.dataset.tip ?? '',
        },
      ]);
    });
    return groups;
  }

  /** Shows the tooltip next to a point (coordinates in the SVG's viewBox). */
  private showTip(p: PointRef): void {
    const svg = p.el.ownerSVGElement;
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const frameBox = this.frame.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const [first, ...rest] = p.tip.split('\n');
    this.tooltip.replaceChildren();
    const strong = document.createElement('strong');
    strong.textContent = first ?? '';
    this.tooltip.append(strong);
    for (const line of rest) {
      const div = document.createElement('div');
      div.textContent = line;
      this.tooltip.append(div);
    }
    this.tooltip.hidden = false;
    const left = box.left - frameBox.left + p.cx * scale;
    const top = box.top - frameBox.top + p.cy * scale;
    const flip = left > frameBox.width * 0.6;
    this.tooltip.style.left = `${Math.round(flip ? left - this.tooltip.offsetWidth - 12 : left + 12)}px`;
    this.tooltip.style.top = `${Math.round(Math.max(0, top - this.tooltip.offsetHeight - 8))}px`;
  }

  private hideTip(): void {
    this.tooltip.hidden = true;
  }

  private clearFocus(): void {
    this.focused?.el.classList.remove('focus');
    this.focused = null;
    this.hideTip();
  }

  /** Hover: the nearest visible point within reach of the pointer gets the tooltip. */
  private onPointer(e: PointerEvent): void {
    const svg = this.activeSvg();
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const scale = svg.viewBox.baseVal.width / box.width;
    const x = (e.clientX - box.left) * scale;
    const y = (e.clientY - box.top) * scale;
    let best: PointRef | null = null;
    let bestDistance = 24 * scale;
    for (const p of this.pointsBySeries().flat()) {
      const d = Math.hypot(p.cx - x, p.cy - y);
      if (d < bestDistance) [best, bestDistance] = [p, d];
    }
    if (best) this.showTip(best);
    else if (this.focused === null) this.hideTip();
  }

  /** Moves the keyboard cursor to a point, announces it and shows its tooltip. */
  private focusPoint(p: PointRef): void {
    this.focused?.el.classList.remove('focus');
    this.focused = p;
    p.el.classList.add('focus');
    this.showTip(p);
    this.live.textContent = p.tip.split('\n').join(', ');
  }

  /** Arrows move along a series (left/right) and across series (up/down); Escape closes the tooltip. */
  private onKey(e: KeyboardEvent): void {
    const groups = this.pointsBySeries();
    if (!groups.length) return;
    if (e.key === 'Escape') {
      this.clearFocus();
      return;
    }
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const current = this.focused;
    let gi = current ? groups.findIndex((g) => g.some((p) => p.el === current.el)) : -1;
    if (gi < 0) {
      this.focusPoint(groups[0]![0]!);
      return;
    }
    let group = groups[gi]!;
    let pi = group.findIndex((p) => p.el === current!.el);
    if (e.key === 'ArrowRight') pi = Math.min(pi + 1, group.length - 1);
    if (e.key === 'ArrowLeft') pi = Math.max(pi - 1, 0);
    if (e.key === 'Home') pi = 0;
    if (e.key === 'End') pi = group.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      gi = (gi + (e.key === 'ArrowDown' ? 1 : groups.length - 1)) % groups.length;
      group = groups[gi]!;
      // Keep the horizontal position: the nearest point by x in the next series.
      const x = current!.cx;
      pi = group.reduce(
        (best, p, i) => (Math.abs(p.cx - x) < Math.abs(group[best]!.cx - x) ? i : best),
        0,
      );
    }
    this.focusPoint(group[pi]!);
  }

  /** Legend toggles and control buttons. */
  private onClick(e: Event): void {
    const button = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button)) return;
    const d = button.dataset;
    if (d.action) {
      void import('./chart-share').then((m) => m.runShareAction(this, d.action ?? '', button));
    } else if (d.series !== undefined) {
      const on = button.getAttribute('aria-pressed') !== 'true';
      const series = on
        ? [...this.view.series, d.series]
        : this.view.series.filter((s) => s !== d.series);
      void this.setView(
        { ...this.view, series: this.seriesOrder().filter((s) => series.includes(s)) },
        { animate: true },
      );
    } else if (d.x) {
      void this.setView({ ...this.view, x: d.x as ChartView['x'] }, { animate: true });
    } else if (d.y) {
      void this.setView({ ...this.view, y: d.y as ChartView['y'] }, { animate: true });
    } else if (d.mode) {
      this.setMode(d.mode === 'table' ? 'table' : 'chart');
    } else if (d.sort !== undefined) {
      this.sortTable(button);
    }
  }

  /** Series names in legend order. */
  private seriesOrder(): string[] {
    return [...this.querySelectorAll<HTMLButtonElement>('button[data-series]')].map(
      (b) => b.dataset.series ?? '',
    );
  }

  /** Chart or table display; the table view opens the data table. */
  setMode(mode: 'chart' | 'table'): void {
    this.dataset.mode = mode;
    const details = this.querySelector<HTMLDetailsElement>('details.chart-table');
    if (details && mode === 'table') details.open = true;
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-mode]'))
      b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
    this.dispatchEvent(new CustomEvent(VIEW_EVENT, { bubbles: true }));
  }

  /**
   * Applies a view: the renderer (loaded on first use) updates the layout on screen in place. With
   * `animate` (the reader's own legend and switches) what changes moves; a view applied from the
   * URL or by another island is drawn at once.
   */
  async setView(next: ChartView, { animate = false }: { animate?: boolean } = {}): Promise<void> {
    const previous = this.view;
    this.view = next;
    this.clearFocus();
    this.syncControls(next);
    if (await this.redraw(next, animate)) {
      this.dispatchEvent(new CustomEvent(VIEW_EVENT, { bubbles: true }));
    } else if (this.view === next) {
      // Offline or a redeploy mid-visit: keep controls true to the drawing and say why nothing changed.
      this.view = previous;
      this.syncControls(previous);
    }
  }

  /** Redraws the current view, e.g. after the chart's box or label mode changed; the view itself stays. */
  async relayout(): Promise<void> {
    await this.redraw(this.view);
  }

  /** Draws `next` (animated when `animate`, a reader's change of view); false when the renderer or the data could not be loaded. */
  private async redraw(next: ChartView, animate = false): Promise<boolean> {
    // aria-busy says a redraw is pending (assistive tech waits; tests wait for it to clear). The
    // final geometry is in the DOM when rerender resolves; aria-busy stays until the visual move
    // to it has ended and the data table is in step too, so nothing measures a point mid-flight.
    this.pendingRenders++;
    this.setAttribute('aria-busy', 'true');
    let moved: Promise<unknown> = Promise.resolve();
    try {
      // A dynamic import resolves in a later task even when loaded; keep the module so a click redraws before the next frame.
      const { rerender } = (renderer ??= await import('./chart-rerender'));
      // A newer view set while the renderer loaded will draw itself: skip the stale one.
      if (this.view === next) {
        const { settled } = await rerender(this, next, () => this.view === next, { animate });
        moved = Promise.all([settled, this.syncTableSoon(next)]);
      }
      return true;
    } catch {
      this.live.textContent = this.dataset.loadError ?? '';
      return false;
    } finally {
      void moved.then(() => --this.pendingRenders === 0 && this.removeAttribute('aria-busy'));
    }
  }

  /** Pressed states of the switches for a view: the reader's feedback, written with the drawing. */
  private syncControls(view: ChartView): void {
    // Only what changes is written: every write invalidates style.
    const press = (b: HTMLButtonElement, on: boolean): void => {
      if (b.getAttribute('aria-pressed') !== String(on)) b.setAttribute('aria-pressed', String(on));
    };
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-series]'))
      press(b, view.series.includes(b.dataset.series ?? ''));
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-x]'))
      press(b, b.dataset.x === view.x);
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-y]'))
      press(b, b.dataset.y === view.y);
  }

  /**
   * Shows the table rows of the series a drawn view shows, in the frame after the one that shows
   * the chart. Re-laying out and repainting a long table (Figure 7: about 100 rows, mostly below the
   * fold) cost as much as the chart's own update, and the reader's click is answered by the chart;
   * the table follows 16 ms later. Resolves when the rows are in step (the latest drawn view wins).
   */
  private syncTableSoon(view: ChartView): Promise<void> {
    this.tableView = view;
    return (this.tableSync ??= new Promise<void>((done) =>
      afterNextPaint(() => {
        this.tableSync = null;
        for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-series]')) {
          const hidden = !this.tableView.series.includes(row.dataset.series ?? '');
          if (row.hidden !== hidden) row.hidden = hidden;
        }
        done();
      }),
    ));
  }

  /** Sorts the data table by a column (numbers numerically), toggling the direction. */
  private sortTable(button: HTMLButtonElement): void {
    const th = button.closest('th');
    const table = button.closest('table');
    const body = table?.tBodies[0];
    if (!th || !table || !body) return;
    const column = th.cellIndex;
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const key = (row: HTMLTableRowElement): string | number => {
      const cell = row.cells[column];
      const raw = cell?.dataset.value ?? cell?.textContent ?? '';
      const n = Number(raw);
      return raw !== '' && Number.isFinite(n) ? n : raw;
    };
    const rows = [...body.rows].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      const c =
        typeof ka === 'number' && typeof kb === 'number'
          ? ka - kb
          : String(ka).localeCompare(String(kb));
      return ascending ? c : -c;
    });
    body.append(...rows);
  }
}

customElements.define('emergence-chart', EmergenceChart);
