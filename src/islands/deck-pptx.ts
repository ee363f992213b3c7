/**
 * "Download the whole deck as .pptx" on /present/. present-deck.ts imports this module only when
 * its button is pressed, so neither this nor the PowerPoint writer (src/lib/export/pptx.ts:
 * pptxgenjs + JSZip, ~125 KB gzip) loads with the page. Each chart slide becomes native-chart data
 * (pptxChartOf, the same data the per-chart download uses, for the slide's view as the deck shows
 * it fully built), title slides text, two-chart slides two charts side by side.
 */
import { creditLine } from '../lib/site/credit';
import type { Deck } from '../lib/present/deck';
import type { PptxDeckSlide } from '../lib/export/pptx';
import { pptxChartOf } from '../lib/export/pptx-chart';
import { loadBundle } from './panel-data';
import { panelJsonInDir } from '../lib/site/routes';
import { chartLink, type DeckContext } from './deck-view';

/** The deck's slides as writer input (charts fully built: the file has no builds). */
export async function deckPptxSlides(ctx: DeckContext, deck: Deck): Promise<PptxDeckSlide[]> {
  return Promise.all(
    deck.slides.map(async (slide): Promise<PptxDeckSlide> => {
      if (slide.kind === 'title')
        return { kind: 'title', title: slide.title, subtitle: slide.subtitle };
      const charts = slide.kind === 'chart' ? [slide.chart] : slide.charts;
      return {
        kind: 'charts',
        charts: await Promise.all(
          charts.map(async (c) => {
            const info = ctx.catalog.get(c.chart);
            const bundle = await loadBundle(panelJsonInDir(ctx.panelsBase, c.chart));
            return pptxChartOf(bundle, c.view, {
              title: info?.title ?? c.chart,
              sourceText: creditLine(info?.label ?? c.chart, ctx.strings.creditLead),
              permalink: new URL(chartLink(ctx, c), location.href).href,
              lang: ctx.lang,
            });
          }),
        ),
      };
    }),
  );
}

/** Builds and downloads the deck as one .pptx; `query` is the deck's link (written into the file). */
export async function downloadDeckPptx(ctx: DeckContext, deck: Deck, query: string): Promise<void> {
  const [slides, writer] = await Promise.all([
    deckPptxSlides(ctx, deck),
    import('../lib/export/pptx'),
  ]);
  const link = new URL(`${location.pathname}${query}`, location.href).href;
  const first = deck.slides[0];
  const bytes = await writer.writeDeckPptx(slides, {
    title: first?.kind === 'title' ? first.title : document.title,
    link,
  });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: writer.PPTX_MIME }));
  a.download = 'deck.pptx';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
