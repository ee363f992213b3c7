/**
 * The namespaces of the dictionaries that browser code reads directly: the chart model's words,
 * which every bundle that draws a chart needs anyway. Each accessor
 * names its namespace statically, so the bundler keeps only these namespaces of en.ts and zh.ts
 * (and the Chinese axis, reference-line and metric names that chart-strings.ts looks up).
 *
 * Other islands get their words from their page as JSON (data-strings), written with
 * dictionary(): a bundler keeps a module together, so every namespace any browser code reads
 * ships to every page that loads one of them. t() and dictionary() (./t.ts) hold both whole
 * dictionaries and are for build-time code only; tests/unit/i18n/inline-strings.test.ts checks both.
 */
import * as en from './en';
import * as zh from './zh';
import type { Dictionary } from './en';
import type { Lang } from './ui';

/** Words inside charts and tooltips. */
export const chartStrings = (lang: Lang): Dictionary['chart'] =>
  lang === 'zh' ? zh.chart : en.chart;

/** Labels of chart controls (the data table's headers). */
export const controlStrings = (lang: Lang): Dictionary['controls'] =>
  lang === 'zh' ? zh.controls : en.controls;
