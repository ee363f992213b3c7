/**
 * <deck-editor> on /present/edit/: lists the working deck's slides (reorder, remove, change a
 * chart's view and build), adds chart, title and two-chart slides, and keeps the deck in
 * localStorage and in the page's link, with the /present/ link to copy. Text from links and
 * storage is only ever set as text.
 */
import {
  hasDeck,
  MAX_SUBTITLE,
  MAX_TITLE,
  parseDeck,
  serializeDeck,
  cleanText,
  type Build,
  type Deck,
  type Slide,
  type SlideChart,
} from '../lib/present/deck';
import { MAX_SLIDES } from '../lib/present/limits';
import { catalogFromJson, type CatalogEntry } from '../lib/present/catalog';
import type { Dictionary } from '../lib/i18n/en';
import { fillTemplate } from '../lib/format/template';
import { readStoredDeck, writeStoredDeck } from './deck-store';
import { el } from './deck-dom';
import { pageUrl } from './page-url';
import { chartInDir } from '../lib/site/routes';

/** A labelled <select> with options [value, text]; `onChange` gets the chosen value. */
function select(
  label: string,
  name: string,
  options: [string, string][],
  value: string,
  onChange?: (value: string) => void,
): HTMLLabelElement {
  const l = el('label', '', label);
  const s = el('select');
  s.name = name;
  if (onChange) s.addEventListener('change', () => onChange(s.value));
  for (const [v, t] of options) {
    const o = el('option', '', t);
    o.value = v;
    o.selected = v === value;
    s.append(o);
  }
  l.append(s);
  return l;
}

/** A button that runs `run` on click. */
function button(text: string, run: () => void, label?: string): HTMLButtonElement {
  const b = el('button', '', text);
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', run);
  return b;
}

/** The deck editor element. */
export class DeckEditor extends HTMLElement {
  private deck: Deck = { slides: [] };
  private catalog = new Map<string, CatalogEntry>();
  private s!: Dictionary['present'];

  connectedCallback(): void {
    this.s = JSON.parse(this.dataset.strings ?? '{}') as Dictionary['present'];
    this.catalog = catalogFromJson(this.dataset.catalog);
    const fromLink = hasDeck(location.search);
    const parsed = parseDeck(fromLink ? location.search : readStoredDeck(), this.catalog);
    this.deck = parsed.deck;
    const notice = this.querySelector<HTMLElement>('.deck-notice');
    if (notice && parsed.issues.length) {
      notice.querySelector('ul')?.replaceChildren(
        ...parsed.issues.map((i) => {
          const li = el('li');
          li.append(el('code', '', `${i.param}=${i.rawValue}`), ` — ${i.reason}`);
          return li;
        }),
      );
      notice.hidden = false;
      notice.querySelector('button')?.addEventListener('click', () => {
        notice.hidden = true;
      });
    }
    this.buildAddForms();
    this.querySelector('[data-editor="copy"]')?.addEventListener('click', () => void this.copy());
    this.querySelector('[data-editor="clear"]')?.addEventListener('click', () => {
      this.deck = { slides: [] };
      this.save();
    });
    this.querySelector('.editor-live')?.removeAttribute('hidden');
    this.save();
    this.classList.add('is-live');
  }

  /** Chart choices for the add forms: [id, "Figure 2A — Mod. arithmetic"]. */
  private chartOptions(): [string, string][] {
    return [...this.catalog].map(([id, e]) => [id, e.title]);
  }

  /** Wires the three "add" forms. */
  private buildAddForms(): void {
    const forms = this.querySelector('.editor-add');
    if (!forms) return;
    const s = this.s;
    const form = (
      title: string,
      fields: HTMLElement[],
      add: (data: FormData) => Slide | null,
    ): HTMLFormElement => {
      const f = el('form');
      const submit = el('button', '', s.add);
      submit.type = 'submit';
      f.append(el('h2', '', title), ...fields, submit);
      f.addEventListener('submit', (e) => {
        e.preventDefault();
        const slide = add(new FormData(f));
        if (slide) this.addSlide(slide);
      });
      return f;
    };
    const charts = this.chartOptions();
    const first = charts[0]?.[0] ?? '';
    const chartSlide = (id: string): SlideChart | null => {
      const info = this.catalog.get(id);
      return info
        ? { chart: id, view: { ...info.defaults, series: [...info.defaults.series] } }
        : null;
    };
    const text = (label: string, name: string, max: number): HTMLLabelElement => {
      const l = el('label', '', label);
      const input = el('input');
      input.name = name;
      input.maxLength = max;
      l.append(input);
      return l;
    };
    forms.replaceChildren(
      form(s.addChart, [select(s.chart, 'chart', charts, first)], (d) => {
        const c = chartSlide(String(d.get('chart')));
        return c ? { kind: 'chart', chart: c, build: { kind: 'none' } } : null;
      }),
      form(
        s.addTitle,
        [text(s.titleText, 't', MAX_TITLE), text(s.subtitleText, 'sub', MAX_SUBTITLE)],
        (d) => {
          const title = cleanText(String(d.get('t') ?? ''), MAX_TITLE).text;
          const subtitle = cleanText(String(d.get('sub') ?? ''), MAX_SUBTITLE).text;
          return title || subtitle ? { kind: 'title', title, subtitle } : null;
        },
      ),
      form(
        s.addPair,
        [
          select(s.chart, 'a', charts, first),
          select(s.secondChart, 'b', charts, charts[1]?.[0] ?? first),
        ],
        (d) => {
          const a = chartSlide(String(d.get('a')));
          const b = chartSlide(String(d.get('b')));
          return a && b ? { kind: 'pair', charts: [a, b] } : null;
        },
      ),
    );
  }

  /** Appends a slide unless the deck is full. */
  private addSlide(slide: Slide): void {
    if (this.deck.slides.length >= MAX_SLIDES) {
      this.say(fillTemplate(this.s.full, { max: MAX_SLIDES }));
      return;
    }
    this.deck.slides.push(slide);
    this.save();
  }

  /** Writes the deck to storage and the link, and redraws the list. */
  private save(): void {
    const query = this.deck.slides.length ? serializeDeck(this.deck, this.catalog) : '';
    writeStoredDeck(query);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    const presentUrl = new URL(`${pageUrl(this, 'presentPath')}${query}`, location.href).href;
    const input = this.querySelector<HTMLInputElement>('.editor-link input');
    if (input) input.value = presentUrl;
    const present = this.querySelector<HTMLAnchorElement>('a[data-editor="present"]');
    if (present) present.href = presentUrl;
    this.dataset.slides = String(this.deck.slides.length);
    this.renderList();
  }

  /** Shows a message in the status line. */
  private say(text: string): void {
    const status = this.querySelector('.editor-status');
    if (status) status.textContent = text;
  }

  /** Copies the deck link. */
  private async copy(): Promise<void> {
    const input = this.querySelector<HTMLInputElement>('.editor-link input');
    try {
      await navigator.clipboard.writeText(input?.value ?? '');
      this.say(this.s.copied);
    } catch {
      input?.select();
    }
  }

  /** A slide's one-line summary. */
  private summary(slide: Slide): string {
    const title = (c: SlideChart): string => this.catalog.get(c.chart)?.title ?? c.chart;
    if (slide.kind === 'title')
      return `${this.s.titleSlide}: ${[slide.title, slide.subtitle].filter(Boolean).join(' — ')}`;
    if (slide.kind === 'pair')
      return `${this.s.twoCharts}: ${title(slide.charts[0])} | ${title(slide.charts[1])}`;
    return title(slide.chart);
  }

  /** Redraws the slide list. */
  private renderList(): void {
    const list = this.querySelector('.editor-slides');
    if (!list) return;
    const s = this.s;
    if (this.deck.slides.length === 0) {
      list.replaceChildren(el('li', 'muted', s.noSlides));
      return;
    }
    list.replaceChildren(
      ...this.deck.slides.map((slide, i) => {
        const li = el('li', 'editor-slide');
        const head = el('div', 'editor-slide-head');
        const name = this.summary(slide);
        const move = (by: number): void => {
          const j = i + by;
          if (j < 0 || j >= this.deck.slides.length) return;
          const [taken] = this.deck.slides.splice(i, 1);
          if (taken) this.deck.slides.splice(j, 0, taken);
          this.save();
          this.querySelectorAll<HTMLElement>('.editor-slide')
            [j]?.querySelector<HTMLButtonElement>(`button[data-move="${by}"]`)
            ?.focus();
        };
        const up = button('↑', () => move(-1), `${s.up}: ${name}`);
        up.dataset.move = '-1';
        up.disabled = i === 0;
        const down = button('↓', () => move(1), `${s.down}: ${name}`);
        down.dataset.move = '1';
        down.disabled = i === this.deck.slides.length - 1;
        const remove = button(
          s.remove,
          () => {
            this.deck.slides.splice(i, 1);
            this.save();
          },
          `${s.remove}: ${name}`,
        );
        remove.dataset.remove = '';
        head.append(el('strong', '', name), up, down, remove);
        li.append(head);
        if (slide.kind === 'chart') li.append(this.viewEditor(slide.chart, i, slide.build));
        if (slide.kind === 'pair')
          li.append(
            this.viewEditor(slide.charts[0], i, null),
            this.viewEditor(slide.charts[1], i, null),
          );
        return li;
      }),
    );
  }

  /** The view controls of one chart of a slide (and its build for one-chart slides). */
  private viewEditor(c: SlideChart, index: number, build: Build | null): HTMLElement {
    const s = this.s;
    const info = this.catalog.get(c.chart);
    const box = el('div', 'editor-view');
    if (!info) return box;
    const slide = this.deck.slides[index];
    const changed = (): void => this.save();
    if (info.caps.xOptions.length > 1) {
      box.append(
        select(
          s.xAxis,
          'x',
          info.caps.xOptions.map((x) => [x, x === 'flops' ? s.flops : s.params]),
          c.view.x,
          (x) => {
            c.view.x = x as typeof c.view.x;
            changed();
          },
        ),
      );
    }
    if (info.caps.yOptions.length > 1) {
      box.append(
        select(
          s.yAxis,
          'y',
          info.caps.yOptions.map((y) => [y, y === 'log' ? s.log : s.linear]),
          c.view.y,
          (y) => {
            c.view.y = y as typeof c.view.y;
            changed();
          },
        ),
      );
    }
    if (info.caps.seriesNames.length > 1) {
      const set = el('fieldset');
      set.append(el('legend', '', s.series));
      // Shown series first, in their order (a series build reveals them in it); ticking one adds it at the end.
      const names = [
        ...c.view.series,
        ...info.caps.seriesNames.filter((n) => !c.view.series.includes(n)),
      ];
      for (const n of names) {
        const l = el('label', 'check');
        const box2 = el('input');
        box2.type = 'checkbox';
        box2.checked = c.view.series.includes(n);
        box2.addEventListener('change', () => {
          c.view.series = box2.checked
            ? [...c.view.series, n]
            : c.view.series.filter((x) => x !== n);
          if (!build || build.kind !== 'series')
            c.view.series = info.caps.seriesNames.filter((x) => c.view.series.includes(x));
          changed();
        });
        l.append(box2, ` ${n}`);
        set.append(l);
      }
      box.append(set);
    }
    if (build && slide?.kind === 'chart') {
      const options: [string, string][] = [['none', s.builds.none]];
      if (c.view.series.length > 1 || info.caps.seriesNames.length > 1)
        options.push(['series', s.builds.series]);
      if (info.predictFamilies.length) options.push(['predict', s.builds.predict]);
      if (info.caps.xOptions.includes('flops') && info.caps.xOptions.includes('params'))
        options.push(['x', s.builds.x]);
      box.append(
        select(s.build, 'b', options, build.kind, (kind) => {
          slide.build =
            kind === 'series'
              ? { kind: 'series' }
              : kind === 'predict'
                ? { kind: 'predict', family: null, cutoff: null }
                : kind === 'x'
                  ? { kind: 'x' }
                  : { kind: 'none' };
          changed();
        }),
      );
    }
    const open = el('a', '', info.label);
    open.href = chartInDir(pageUrl(this, 'chartsBase'), c.chart);
    box.append(open);
    return box;
  }
}

customElements.define('deck-editor', DeckEditor);
