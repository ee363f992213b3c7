/** Our own captions for figures and panels (content/data/figure-captions.json), in both languages. */
import captionsJson from '../../content/data/figure-captions.json';
import type { Lang } from '../lib/i18n/ui';
import { prettyPowers } from '../lib/format/number';

interface CaptionEntry {
  figure: number;
  en: { title: string; caption: string };
  zh: { title: string; caption: string };
  panels: Record<string, { en: string; zh: string }>;
}

const CAPTIONS = (captionsJson as unknown as { figures: CaptionEntry[] }).figures;

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
