import { describe, it, expect, beforeEach } from 'vitest';
import { addToDeck, DECK_STORAGE_KEY, readStoredDeck } from '../../../src/islands/deck-store';
import { parseDeck } from '../../../src/lib/present/deck';
import { MAX_SLIDES } from '../../../src/lib/present/limits';
import { deckCatalog } from '../../../src/site/deck-catalog';

/** A Map-backed localStorage (vitest runs in Node). */
function fakeStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe('addToDeck(chartId, view, defaults)', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: Storage }).localStorage = fakeStorage();
  });

  it('appends a slide that /present/ reads back with the same view, writing only what differs from the defaults', () => {
    const catalog = deckCatalog('en');
    const info = catalog.get('fig2a')!;
    expect(
      addToDeck('fig2a', { ...info.defaults, x: 'params', series: ['GPT-3'] }, info.defaults),
    ).toBe(1);
    expect(addToDeck('fig8', catalog.get('fig8')!.defaults, catalog.get('fig8')!.defaults)).toBe(2);
    expect(readStoredDeck()).toBe('?d=1&s=fig2a&x=params&series=GPT-3&s=fig8');
    const { deck, issues } = parseDeck(readStoredDeck(), catalog);
    expect(issues).toEqual([]);
    expect(deck.slides[0]).toEqual({
      kind: 'chart',
      chart: { chart: 'fig2a', view: { ...info.defaults, x: 'params', series: ['GPT-3'] } },
      build: { kind: 'none' },
    });
  });

  it('pins every view value when no defaults are given, and refuses a full deck', () => {
    const info = deckCatalog('en').get('fig2a')!;
    addToDeck('fig2a', info.defaults);
    expect(readStoredDeck()).toBe('?d=1&s=fig2a&x=flops&y=linear&series=LaMDA~GPT-3&highlight=');
    localStorage.setItem(DECK_STORAGE_KEY, `?d=1${'&s=fig8'.repeat(MAX_SLIDES)}`);
    expect(() => addToDeck('fig2a', info.defaults, info.defaults)).toThrow(/full/);
  });
});
