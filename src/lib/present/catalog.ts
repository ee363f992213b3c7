/** The chart catalog a deck page carries: per chart id, what parsing and drawing a slide needs, as compact JSON. */
import type { ChartCapabilities, ChartView } from '../chart/view';
import type { DeckChartInfo } from './deck';
import type { Dictionary } from '../i18n/en';

/** One chart in the page's catalog. */
export interface CatalogEntry extends DeckChartInfo {
  /** "Mod. arithmetic — Figure 2A". */
  title: string;
  /** "Figure 2A". */
  label: string;
  /** Our one-sentence caption of the panel (speaker notes), or "". */
  caption: string;
}

/**
 * The words /present/ hands its islands as JSON (data-strings), so that they carry no dictionary:
 * the present namespace, the credit line's lead and the sentences of the predict build.
 */
export type DeckStrings = Dictionary['present'] & {
  creditLead: string;
  predict: Dictionary['predictStatus'];
};

/** The catalog as written into a page (data-catalog): chart id → entry. */
export type CatalogJson = Record<string, CatalogEntry>;

/** Reads the page's catalog; entries without the expected shape are skipped, so a broken attribute never throws. */
export function catalogFromJson(text: string | undefined): Map<string, CatalogEntry> {
  const out = new Map<string, CatalogEntry>();
  let json: unknown;
  try {
    json = JSON.parse(text ?? '{}');
  } catch {
    return out;
  }
  if (typeof json !== 'object' || json === null) return out;
  for (const [id, e] of Object.entries(json as Record<string, Partial<CatalogEntry>>)) {
    const caps = e.caps as ChartCapabilities | undefined;
    const defaults = e.defaults as ChartView | undefined;
    if (!caps || !defaults || !Array.isArray(caps.seriesNames) || !Array.isArray(defaults.series))
      continue;
    out.set(id, {
      title: String(e.title ?? id),
      label: String(e.label ?? id),
      caption: String(e.caption ?? ''),
      caps,
      defaults,
      predictFamilies: Array.isArray(e.predictFamilies) ? e.predictFamilies : [],
    });
  }
  return out;
}
