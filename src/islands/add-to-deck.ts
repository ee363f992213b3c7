/**
 * "Add to deck" for a chart's share menu, imported on request only (chart-share.ts). A module of
 * its own because deck-store.ts is also part of the editor page's bundle: importing that one
 * dynamically would make the bundler ship a namespace helper to every chart page as well.
 */
import type { ChartView } from '../lib/chart/view';
import { addToDeck as add } from './deck-store';

/** Appends a chart slide with `view` to the working deck; returns the deck's number of slides (see deck-store.ts). */
export function addToDeck(chartId: string, view: ChartView, defaults?: ChartView): number {
  return add(chartId, view, defaults);
}
