/** Our own captions for figures and panels (content/data/figure-captions.json), in both languages. */
import type { Lang } from '../lib/i18n/ui';
import { prettyPowers } from '../lib/format/number';
import { DATA } from './datasets';

const CAPTIONS = DATA.captions.figures;

/** Title and caption of a figure in a language. */
export function figureCaption(
  figure: number,
  lang: Lang,
): { title: string; caption: string } | null {
  const entry = CAPTIONS.find((c) => c.figure === figure)?.[lang];
  return entry ? { title: prettyPowers(entry.title), caption: prettyPowers(entry.caption) } : null;
}

/** One-sentence caption of a panel in a language. */
export function panelCaption(chartId: string, lang: Lang): string | null {
  for (const c of CAPTIONS) {
    const p = c.panels[chartId];
    if (p) return prettyPowers(p[lang]);
  }
  return null;
}
