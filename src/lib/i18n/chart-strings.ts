/**
 * Text printed in the paper's figures (axis titles, reference lines, metric names) in the reader's
 * language: English is the printed text itself, and Chinese comes from zh.ts, keyed by that text.
 * Runs in the browser too (the chart model), so it reads only those namespaces of zh.ts.
 */
import type { Lang } from './ui';
import { axisTitles, metricNames, referenceNames } from './zh';

/** An axis title in the reader's language (printed English when no translation is known). */
export function localizeAxisTitle(label: string, lang: Lang): string {
  return lang === 'zh' ? ((axisTitles as Record<string, string>)[label] ?? label) : label;
}

/** A baseline or reference-line name in the reader's language (as printed when no translation is known). */
export function localizeReferenceName(name: string, lang: Lang): string {
  return lang === 'zh' ? ((referenceNames as Record<string, string>)[name] ?? name) : name;
}

/** A metric's label in the reader's language (as printed when no translation is known). */
export function metricLabel(metric: string, lang: Lang): string {
  return lang === 'zh' ? ((metricNames as Record<string, string>)[metric] ?? metric) : metric;
}
