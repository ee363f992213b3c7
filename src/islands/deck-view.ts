/**
 * Draws one slide of a deck into an element: the slide's markup (text only, never markup from the
 * link) and its charts laid out for the box they get on screen, with slide-sized type and series
 * names on the lines. Shared by the presentation and its speaker view.
 */
import { creditLine } from '../lib/site/credit';
import { fitBox } from '../lib/chart/layout';
import type { ChartView } from '../lib/chart/view';
import type { Lang } from '../lib/i18n/ui';
import { fillTemplate } from '../lib/format/template';
import { stepCount, viewAtStep, type Slide, type SlideChart } from '../lib/present/deck';
import type { CatalogEntry, DeckStrings } from '../lib/present/catalog';
import { defaultUrlState, serializeUrlState } from '../lib/state/url-state';
import { loadBundle } from './panel-data';
import { chartInDir, panelJsonInDir } from '../lib/site/routes';
import { el } from './deck-dom';
import type * as RenderPanelModule from '../lib/render/render-panel';

/** The renderer module, loaded on demand. */
type RendererModule = typeof RenderPanelModule;

/** What drawing a slide needs from the page. */
export interface DeckContext {
  lang: Lang;
  strings: DeckStrings;
  catalog: ReadonlyMap<string, CatalogEntry>;
  /** The panel bundles' folder, base-aware (`panelsDir()` of the routes module). */
  panelsBase: string;
  /** The chart pages' folder of the deck's language, base-aware (`chartsDir(lang)`). */
  chartsBase: string;
}

let uid = 0;

/** The shared chart renderer, loaded once (started as soon as a deck has a chart slide). */
export function loadRenderer(): Promise<RendererModule> {
  return import('../lib/render/render-panel');
}

/** The chart page URL of a slide chart's view. */
export function chartLink(ctx: DeckContext, c: SlideChart): string {
  const info = ctx.catalog.get(c.chart);
  const defaults = defaultUrlState(info?.defaults ?? c.view);
  return `${chartInDir(ctx.chartsBase, c.chart)}${serializeUrlState({ ...defaults, ...c.view }, defaults)}`;
}

/** The source line of a slide: "Data: Wei et al. 2022, Figure 2A (open the chart)". */
function sourceLine(ctx: DeckContext, charts: SlideChart[]): HTMLParagraphElement {
  const p = el('p', 'slide-source');
  charts.forEach((c, i) => {
    if (i > 0) p.append(' · ');
    p.append(
      creditLine(ctx.catalog.get(c.chart)?.label ?? c.chart, ctx.strings.creditLead),
      ctx.strings.brackets[0],
    );
    const a = el('a', '', ctx.strings.openChart);
    a.href = chartLink(ctx, c);
    p.append(a, ctx.strings.brackets[1]);
  });
  return p;
}

/** Builds the markup of a slide (charts still empty: `drawSlide` fills them once they have a size). */
export function slideElement(
  ctx: DeckContext,
  slide: Slide,
  index: number,
  total: number,
): HTMLElement {
  const section = el('section', `slide slide-${slide.kind}`);
  section.setAttribute('aria-roledescription', ctx.strings.slide);
  section.setAttribute('aria-label', fillTemplate(ctx.strings.counter, { n: index + 1, total }));
  section.dataset.index = String(index);
  if (slide.kind === 'title') {
    // A slide with only a subtitle still gets a heading (an empty one would be announced as nothing).
    section.append(el('h2', 'slide-heading', slide.title || slide.subtitle));
    if (slide.subtitle && slide.title) section.append(el('p', 'slide-subtitle', slide.subtitle));
    return section;
  }
  const charts = slide.kind === 'chart' ? [slide.chart] : slide.charts;
  const row = el('div', 'slide-charts');
  for (const c of charts) {
    const figure = el('figure', 'slide-figure');
    const heading = el(
      slide.kind === 'chart' ? 'h2' : 'h3',
      'slide-heading',
      ctx.catalog.get(c.chart)?.title ?? c.chart,
    );
    const plot = el('div', 'slide-plot');
    plot.dataset.chart = c.chart;
    figure.append(heading, plot);
    row.append(figure);
  }
  if (slide.kind === 'pair') {
    const h = el('h2', 'visually-hidden', ctx.catalog.get(charts[0]!.chart)?.title ?? '');
    section.append(h);
  }
  section.append(row, sourceLine(ctx, charts));
  return section;
}

/** Names of the series a drawn SVG shows. */
function shownSeries(plot: Element): Set<string> {
  return new Set(
    [...plot.querySelectorAll<SVGGElement>('g.series[data-series]:not([display="none"])')].map(
      (g) => g.dataset.series ?? '',
    ),
  );
}

/** Marks what a build step added (new series and their labels), or the whole chart when it changed otherwise, so CSS can animate it. */
function markBuild(plot: Element, before: Set<string> | null, whole: boolean): void {
  if (before === null) return;
  const svg = plot.querySelector('svg');
  if (whole) {
    svg?.classList.add('build-swap');
    return;
  }
  for (const g of plot.querySelectorAll<SVGGElement>(
    'g.series[data-series]:not([display="none"])',
  )) {
    if (before.has(g.dataset.series ?? '')) continue;
    g.classList.add('build-in');
    const colour = [...g.classList].find((c) => c !== 'series' && c !== 'build-in');
    if (colour)
      for (const label of plot.querySelectorAll(`.direct-labels > g.${CSS.escape(colour)}`))
        label.classList.add('build-in');
  }
}

/** Draws one chart of a slide into its plot element for the element's current size. */
async function drawChart(
  ctx: DeckContext,
  plot: HTMLElement,
  c: SlideChart,
  view: ChartView,
  predict: { family: string | null; cutoff: string | null; step: number } | null,
): Promise<string> {
  const box = fitBox(plot.clientWidth, plot.clientHeight, 'slide');
  // The renderer is its own chunk, fetched in parallel with the panel's data (which every chart
  // waits for anyway), so the page's JS on load stays small (budgets.json: present-js-on-load).
  const [bundle, { renderPanel }] = await Promise.all([
    loadBundle(panelJsonInDir(ctx.panelsBase, c.chart)),
    loadRenderer(),
  ]);
  const idPrefix = `s${++uid}`;
  if (predict) {
    const { predictSvg } = await import('./deck-predict');
    const info = ctx.catalog.get(c.chart);
    const drawn = predictSvg(
      bundle,
      {
        family: predict.family ?? info?.predictFamilies[0] ?? '',
        cutoff: predict.cutoff,
        step: predict.step,
      },
      box,
      ctx.lang,
      ctx.strings.predict,
      idPrefix,
    );
    if (drawn) {
      plot.innerHTML = drawn.svg;
      return drawn.message;
    }
  }
  plot.innerHTML = renderPanel(bundle, view, box, ctx.lang, {
    colors: 'classes',
    labels: 'direct',
    idPrefix,
  }).svg;
  return '';
}

/**
 * Fills the plots of a slide element for a build step; `animate` marks what the step changed.
 * Resolves with the notes of the slide (each chart's description, and the build's message).
 */
export async function drawSlide(
  ctx: DeckContext,
  section: HTMLElement,
  slide: Slide,
  step: number,
  animate: boolean,
): Promise<string[]> {
  if (slide.kind === 'title') return [];
  const charts = slide.kind === 'chart' ? [slide.chart] : slide.charts;
  const plots = [...section.querySelectorAll<HTMLElement>('.slide-plot')];
  const notes: string[] = [];
  await Promise.all(
    charts.map(async (c, i) => {
      const plot = plots[i];
      if (!plot) return;
      const before = animate && plot.querySelector('svg') ? shownSeries(plot) : null;
      const at = Math.min(step, stepCount(slide) - 1);
      try {
        const predict =
          slide.kind === 'chart' && slide.build.kind === 'predict'
            ? { family: slide.build.family, cutoff: slide.build.cutoff, step: at }
            : null;
        const view = slide.kind === 'chart' ? viewAtStep(slide, at) : c.view;
        const message = await drawChart(ctx, plot, c, view, predict);
        const whole = slide.kind === 'chart' && slide.build.kind !== 'series';
        markBuild(plot, before, whole);
        const desc = plot.querySelector('svg desc')?.textContent ?? '';
        notes[i] = [ctx.catalog.get(c.chart)?.caption ?? '', desc, message]
          .filter(Boolean)
          .join(' ');
      } catch {
        plot.replaceChildren(el('p', 'slide-error', ctx.strings.loadError));
        notes[i] = ctx.strings.loadError;
      }
    }),
  );
  return notes;
}
