import { describe, it, expect, vi } from 'vitest';
import { deckPptxSlides } from '../../../src/islands/deck-pptx';
import { parseDeck } from '../../../src/lib/present/deck';
import { deckCatalog, deckStrings, sampleDeckQuery } from '../../../src/site/deck-catalog';
import { panelBundle } from '../../../src/site/datasets';

describe('deckPptxSlides(ctx, deck)', () => {
  it('gives the writer a title slide as text and each chart slide as native-chart data of its view', async () => {
    vi.stubGlobal('location', new URL('http://localhost:4321/present/'));
    vi.stubGlobal('fetch', async (url: string) => {
      const id = /panels\/([^/]+)\.json$/.exec(url)?.[1] ?? '';
      return new Response(JSON.stringify(panelBundle(decodeURIComponent(id))));
    });
    const catalog = deckCatalog('en');
    const { deck } = parseDeck(sampleDeckQuery('en'), catalog);
    const ctx = {
      lang: 'en' as const,
      strings: deckStrings('en'),
      catalog,
      panelsBase: '/data/panels/',
      chartsBase: '/charts/',
    };
    const slides = await deckPptxSlides(ctx, deck);
    expect(slides).toHaveLength(deck.slides.length);
    expect(slides[0]).toEqual({
      kind: 'title',
      title: 'Emergent abilities of large language models',
      subtitle: expect.any(String) as string,
    });
    const pair = slides.find((s) => s.kind === 'charts' && s.charts.length === 2);
    expect(pair).toBeDefined();
    const first = slides[1];
    if (first?.kind !== 'charts') throw new Error('expected a chart slide');
    expect(first.charts[0]?.title).toBe('Persian QA — Figure 2D');
    vi.unstubAllGlobals();
  });
});
