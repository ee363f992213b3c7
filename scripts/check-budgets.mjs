// @ts-check
/**
 * Size budgets (budgets.json) checked by static analysis of the build: for every chart and embed
 * page (English and Chinese) it follows the page's stylesheets, scripts and their static imports
 * (on load) and dynamic import() chunks (after interaction), sums gzip -9 sizes, prints the largest
 * page of each kind against its budget and exits 1 when any budget is exceeded.
 * Usage: node scripts/check-budgets.mjs [--budgets file]   (reads $OUT_DIR or dist/, honours $BASE_PATH)
 */
import { readFileSync } from 'node:fs';
import { basePath, distDir, embedPaths, pageWeight, sitemapPaths, total } from './bench/site.mjs';

/**
 * A budget. `pages` names a section whose pages are `<section>/<one segment>/` (charts, embed), in
 * either language; `pattern`, when given, is instead a regular expression the site path must match
 * (e.g. "^(zh/)?present/$" for a single page in both languages).
 * @typedef {{ id: string, label: string, pages: string, pattern?: string, measure: string, maxBytes: number }} Budget
 */

const flag = process.argv.indexOf('--budgets');
const budgetFile = flag > 0 ? (process.argv[flag + 1] ?? 'budgets.json') : 'budgets.json';
/** @type {{ budgets: Budget[] }} */
const config = JSON.parse(readFileSync(budgetFile, 'utf8'));
const dist = distDir();
const base = basePath();
// Embed pages are noindex and not in the sitemap, so they are found in the build itself.
const paths = [...new Set([...sitemapPaths(dist, base), ...embedPaths(dist)])];

/** Bytes of a page for a measure such as "html+css+js". */
function measure(
  /** @type {import('./bench/site.mjs').PageWeight} */ w,
  /** @type {string} */ what,
) {
  return what.split('+').reduce((sum, part) => {
    if (part === 'html') return sum + w.html.gzip;
    if (part === 'css' || part === 'js' || part === 'lazyJs' || part === 'onRequestJs')
      return sum + total(w[part]);
    throw new Error(`budgets.json: unknown measure part "${part}"`);
  }, 0);
}

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
let failed = 0;
console.log(`Budgets (${budgetFile}) against ${dist}`);
for (const budget of config.budgets) {
  const pattern = new RegExp(budget.pattern ?? `^(zh/)?${budget.pages}/[^/]+/$`);
  const pages = paths.filter((p) => pattern.test(p));
  if (pages.length === 0) throw new Error(`No ${budget.pages} pages in ${dist}`);
  let worst = {
    page: '',
    bytes: -1,
    weight: /** @type {import('./bench/site.mjs').PageWeight | null} */ (null),
  };
  for (const page of pages) {
    const weight = pageWeight(dist, page, base);
    const bytes = measure(weight, budget.measure);
    if (bytes > worst.bytes) worst = { page, bytes, weight };
  }
  const ok = worst.bytes <= budget.maxBytes;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.label}: ${kb(worst.bytes)} (${worst.bytes} B) / budget ${kb(budget.maxBytes)} — largest of ${pages.length} pages: /${worst.page}`,
  );
  const w = worst.weight;
  if (w) {
    const parts = budget.measure.split('+');
    const files = [
      ...(parts.includes('html') ? [w.html] : []),
      ...(parts.includes('css') ? w.css : []),
      ...(parts.includes('js') ? w.js : []),
      ...(parts.includes('lazyJs') ? w.lazyJs : []),
      ...(parts.includes('onRequestJs') ? w.onRequestJs : []),
    ];
    for (const f of files) console.log(`       ${String(f.gzip).padStart(7)} B  ${f.file}`);
    if (parts.includes('css') && w.fonts.length)
      console.log(
        `       fonts (not counted): ${w.fonts.length} referenced by the CSS, e.g. ${w.fonts[0]}`,
      );
  }
}
console.log(failed ? `${failed} budget(s) exceeded.` : 'All budgets met.');
process.exit(failed ? 1 : 0);
