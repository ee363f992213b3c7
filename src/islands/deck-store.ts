/**
 * The working deck in this browser (localStorage), as the same query string /present/ reads.
 * "Add to deck" in a chart's share menu calls addToDeck; /present/edit/ reads and rewrites it.
 */
import type { ChartView } from '../lib/chart/view';
import { defaultUrlState, serializeUrlState } from '../lib/state/url-state';
import { DECK_VERSION, MAX_SLIDES } from '../lib/present/limits';

/** localStorage key of the working deck (a deck query string, "?d=1&s=…"). */
export const DECK_STORAGE_KEY = 'emergence-deck';

/** The stored deck's query string, or "" when there is none or storage is blocked. */
export function readStoredDeck(): string {
  try {
    return localStorage.getItem(DECK_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Stores the deck's query string ("" removes it); false when storage is blocked or full. */
export function writeStoredDeck(query: string): boolean {
  try {
    if (query) localStorage.setItem(DECK_STORAGE_KEY, query);
    else localStorage.removeItem(DECK_STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * Appends a chart slide with `view` to the stored deck and returns the deck's number of slides.
 * Only what differs from `defaults` is written (every view value when they are not given).
 * Throws when the deck already holds MAX_SLIDES slides or storage is blocked.
 */
export function addToDeck(chartId: string, view: ChartView, defaults?: ChartView): number {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(readStoredDeck());
  } catch {
    params = new URLSearchParams();
  }
  const count = params.getAll('s').length;
  if (count >= MAX_SLIDES) throw new Error(`the deck is full (at most ${MAX_SLIDES} slides)`);
  params.set('d', String(DECK_VERSION));
  params.delete('slide');
  params.append('s', chartId);
  const base = defaultUrlState(defaults ?? view);
  const query = serializeUrlState({ ...base, ...view }, base, defaults === undefined);
  for (const [k, v] of new URLSearchParams(query))
    if (k === 'x' || k === 'y' || k === 'series' || k === 'highlight') params.append(k, v);
  if (!writeStoredDeck(`?${params.toString().replace(/%7E/g, '~')}`))
    throw new Error('this browser does not let the site store the deck');
  return count + 1;
}
