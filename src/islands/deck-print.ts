/**
 * The printed deck, made after the presentation has started (loaded on demand): one landscape page
 * per slide holding a static, self-contained SVG of each chart with its title and source line (no
 * iframes, no live charts: they print blank or cut in other tools), and title slides as text.
 */
import { creditLine } from '../lib/site/credit';
import { standaloneSvg } from '../lib/export/standalone';
import { deckChartIds, type Deck } from '../lib/present/deck';
import { loadBundle } from './panel-data';
import { panelJsonInDir } from '../lib/site/routes';
import { chartLink, type DeckContext } from './deck-view';
import { el } from './deck-dom';

/** Canvas of a one-chart page: landscape, close to A4 and Letter once margins are taken. */
const PAGE = { width: 1500, height: 1000 };
/** Canvas of each chart of a two-chart page. */
const HALF = { width: 750, height: 1000 };

/** Fills `host` with one print page per slide of the deck (fully built); resolves when every chart is drawn. */
export async function buildPrintPages(
  ctx: DeckContext,
  deck: Deck,
  host: HTMLElement,
): Promise<void> {
  // Every chart's data is fetched at once; the drawing then goes one slide per task, so a long deck
  // never holds up the slide on screen.
  const ids = deckChartIds(deck);
  for (const id of ids) loadBundle(panelJsonInDir(ctx.panelsBase, id)).catch(() => undefined);
  const pages: HTMLElement[] = [];
  for (const [i, slide] of deck.slides.entries()) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    pages.push(
      await (async () => {
        const page = el('section', `print-page print-${slide.kind}`);
        page.dataset.index = String(i);
        if (slide.kind === 'title') {
          page.append(el('h2', 'print-heading', slide.title));
          if (slide.subtitle) page.append(el('p', 'print-subtitle', slide.subtitle));
          return page;
        }
        const charts = slide.kind === 'chart' ? [slide.chart] : slide.charts;
        const row = el('div', 'print-charts');
        for (const [j, c] of charts.entries()) {
          const info = ctx.catalog.get(c.chart);
          const figure = el('figure', 'print-figure');
          try {
            const bundle = await loadBundle(panelJsonInDir(ctx.panelsBase, c.chart));
            const source = `${creditLine(info?.label ?? c.chart, ctx.strings.creditLead)} · ${new URL(chartLink(ctx, c), location.href).href}`;
            const file = standaloneSvg(bundle, c.view, {
              theme: 'light',
              lang: ctx.lang,
              title: info?.title ?? c.chart,
              source,
              canvas: charts.length === 1 ? PAGE : HALF,
              labels: 'direct',
            });
            // Ids must be unique in the page: a chart can appear on several slides.
            figure.innerHTML = file.svg.replaceAll(`${c.chart}-file`, `p${i}-${j}-${c.chart}`);
          } catch {
            figure.append(el('p', 'slide-error', ctx.strings.loadError));
          }
          row.append(figure);
        }
        page.append(row);
        return page;
      })(),
    );
  }
  host.replaceChildren(...pages);
}
