import { readFileSync } from 'node:fs';
import { distDir, listFiles } from '../../scripts/bench/site.mjs';

/**
 * The pages the browser checks run on: every route type in both languages, plus pages that
 * carry each interactive component and each kind of chart. Whole-site checks that need no browser
 * (CSP meta, inline scripts, foreign URLs, frame headers, no-JS chart content, HTML validity,
 * links) run over every page in scripts/check-dist.mjs, check-html.mjs and check-links.mjs, and
 * every chart's island runs once in tests/e2e/all-charts.spec.ts.
 * tests/e2e/sample-coverage.spec.ts fails when the build gains a route type, a custom element or
 * a chart kind this sample does not cover.
 */
const ROUTE_TYPES = [
  '',
  'paper/',
  'paper/what-is-emergence/',
  'figures/',
  'figures/2/',
  'charts/fig2a/',
  'embed/fig2a/',
  'data/',
  'data/notes/',
  'glossary/',
  'references/',
  'about/',
  'search/',
  'present/',
  'present/edit/',
] as const;

/** Pages with one interactive component each (both languages: their strings differ). */
const COMPONENT_PAGES = [
  'paper/emergent-abilities-table/',
  'paper/bigbench-analysis/',
  'paper/few-shot-prompting/',
  'paper/is-emergence-a-mirage/',
] as const;

/**
 * One chart page per chart kind: log-x line with an x switch (fig2a, above), stacked bars (fig8),
 * scatter (fig9), reversed log y with a y switch (fig3d), reversed log x without switches
 * (fig4-r2c3), log–log (fig5-r1c1); the bar chart also as an embed and in Chinese (its tooltips
 * and legend differ).
 */
const CHART_KIND_PAGES = [
  'charts/fig8/',
  'charts/fig9/',
  'charts/fig3d/',
  'charts/fig4-r2c3/',
  'charts/fig5-r1c1/',
  'embed/fig8/',
  'zh/charts/fig8/',
] as const;

/** Site paths (no base, e.g. "zh/charts/fig2a/") of every sampled page. */
export const SAMPLE_PAGES: readonly string[] = [
  ...ROUTE_TYPES.flatMap((p) => [p, `zh/${p}`]),
  '404.html',
  ...COMPONENT_PAGES.flatMap((p) => [p, `zh/${p}`]),
  ...CHART_KIND_PAGES,
];

/** Chart ids the sample draws (chart and embed pages). */
export const SAMPLE_CHART_IDS: readonly string[] = [
  ...new Set(SAMPLE_PAGES.flatMap((p) => /(?:charts|embed)\/([^/]+)\/$/.exec(p)?.[1] ?? [])),
];

/** Route type of a site path: the language folder dropped, every segment after the first replaced by "*". */
export function routeType(path: string): string {
  const rest = path.replace(/^zh\//, '');
  if (rest === '' || rest.endsWith('.html')) return rest;
  const [first, ...more] = rest.split('/').filter(Boolean);
  return [first, ...more.map(() => '*')].join('/') + '/';
}

/** Every built page as a site path, with its language ("en" or "zh"). */
export function builtPages(): { path: string; lang: 'en' | 'zh' }[] {
  return listFiles(distDir(), '.html')
    .filter((f) => !f.startsWith('pagefind/'))
    .map((f) => f.replace(/index\.html$/, ''))
    .map((path) => ({ path, lang: path.startsWith('zh/') ? ('zh' as const) : ('en' as const) }));
}

/** Custom elements (tag names with a hyphen) in one built page. */
export function customElements(path: string): Set<string> {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  const html = readFileSync(`${distDir()}/${file}`, 'utf8');
  return new Set([...html.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]+)[\s>]/g)].map((m) => m[1]!));
}
