import { describe, it, expect } from 'vitest';
import { parseDeck, serializeDeck, stepCount } from '../../../src/lib/present/deck';
import { catalogFromJson } from '../../../src/lib/present/catalog';
import { catalogJson, deckCatalog, sampleDeckQuery } from '../../../src/site/deck-catalog';

describe('the site catalog and the sample deck', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`sampleDeckQuery('${lang}') reads without issues, with every kind of slide and build`, () => {
      const catalog = deckCatalog(lang);
      const { deck, issues } = parseDeck(sampleDeckQuery(lang), catalog);
      expect(issues).toEqual([]);
      expect(new Set(deck.slides.map((s) => s.kind))).toEqual(new Set(['title', 'chart', 'pair']));
      expect(
        new Set(deck.slides.flatMap((s) => (s.kind === 'chart' ? [s.build.kind] : []))),
      ).toEqual(new Set(['series', 'predict', 'x', 'none']));
      expect(deck.slides.every((s) => stepCount(s) >= 1)).toBe(true);
      expect(parseDeck(serializeDeck(deck, catalog), catalog).deck).toEqual(deck);
    });
  }

  it('catalogFromJson(catalogJson(lang)) gives back the catalog, and a broken attribute gives an empty one', () => {
    expect(catalogFromJson(catalogJson('en'))).toEqual(deckCatalog('en'));
    expect(catalogFromJson('{not json').size).toBe(0);
    expect(catalogFromJson('[1,2]').size).toBe(0);
    expect(catalogFromJson(JSON.stringify({ x: { caps: null } })).size).toBe(0);
  });

  it('deckCatalog offers predict-then-reveal only where a family has at least two models, the preselected family first', () => {
    const catalog = deckCatalog('en');
    expect(catalog.get('fig2a')?.predictFamilies).toContain('GPT-3');
    expect(catalog.get('fig8')?.predictFamilies).toEqual([]);
  });
});
