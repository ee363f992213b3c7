// @ts-check
/**
 * Whole-site checks that need no browser, over every built page (dist/ or $OUT_DIR), in a second or
 * two. The browser suite then checks a sample of pages per route type (tests/e2e/sample-pages.spec.ts).
 * Every HTML file:
 *   - has a strict Content-Security-Policy <meta> in <head> (object-src and base-uri 'none', a
 *     script-src without 'unsafe-inline', 'unsafe-eval', * or data:);
 *   - has no inline <script> (JSON data blocks excepted), no inline event handler, no javascript: URL;
 *   - makes no request to another origin: every URL in an attribute that loads something (src,
 *     srcset, poster, data, action, href on anything but <a> and non-loading <link rel>, url() in
 *     style) is relative to the site or a data: URL. Links (<a href>) to arXiv, OpenReview, DOIs…
 *     are navigations, not requests, and are allowed, as are <link rel=canonical|alternate>;
 *   - has <html lang> matching its language folder and a non-empty <title>;
 *   - gets from _headers exactly one frame-ancestors: * for embed pages, 'none' for every other page.
 * Every chart and embed page carries its chart as SVG and its data table in the HTML (so it works
 * without JavaScript). Every CSS file references no other origin.
 * Prints each problem with its file; exits 1 when there is any.
 * Usage: node scripts/check-dist.mjs [dir]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basePath, distDir, listFiles } from './bench/site.mjs';
import { framePolicy, headersFor, parseHeaders } from './headers.mjs';

/** Directives of a CSP string, keyed by lower-case name. */
function directives(/** @type {string} */ csp) {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [(name ?? '').toLowerCase(), values]),
  );
}

/** Decodes the few entities attribute values use here. */
function unescapeAttr(/** @type {string} */ value) {
  return value
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Attributes of one start tag, names lower-cased.
 * @param {string} attrs
 * @returns {Map<string, string>}
 */
export function parseAttributes(attrs) {
  const out = new Map();
  for (const m of attrs.matchAll(
    /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    const name = (m[1] ?? '').toLowerCase();
    if (!out.has(name)) out.set(name, unescapeAttr(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** <link rel> values that make the browser load nothing. */
const NON_LOADING_RELS = new Set([
  'canonical',
  'alternate',
  'author',
  'license',
  'help',
  'me',
  'next',
  'prev',
  'search',
  'bookmark',
  'sitemap',
]);
/** Attributes whose URL the browser loads (href is handled per element). */
const LOADING_ATTRS = [
  'src',
  'poster',
  'data',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'manifest',
];

/** True when a URL would be fetched from another origin (absolute http(s) or protocol-relative). */
function isForeign(/** @type {string} */ url) {
  return (
    /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) ||
    (/^\s*[a-z][a-z0-9+.-]*:/i.test(url) && !/^\s*data:/i.test(url))
  );
}

/**
 * Problems of one built HTML file (CSP meta, inline scripts and handlers, foreign requests, lang and title).
 * @param {string} html
 * @param {string} file path relative to dist, e.g. "zh/charts/fig2a/index.html"
 * @returns {string[]}
 */
export function htmlProblems(html, file) {
  /** @type {string[]} */
  const problems = [];
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(head)?.[0];
  const csp = meta && parseAttributes(meta.slice(5, -1)).get('content');
  if (!csp) problems.push('no <meta http-equiv="Content-Security-Policy"> in <head>');
  else {
    const d = directives(csp);
    if (d.get('object-src')?.join(' ') !== "'none'")
      problems.push(`object-src is not 'none' (${d.get('object-src')?.join(' ')})`);
    if (d.get('base-uri')?.join(' ') !== "'none'")
      problems.push(`base-uri is not 'none' (${d.get('base-uri')?.join(' ')})`);
    const script = d.get('script-src') ?? d.get('default-src') ?? [];
    if (script.length === 0) problems.push('no script-src or default-src');
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:'])
      if (script.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = parseAttributes(m[1] ?? '');
    const type = attrs.get('type')?.toLowerCase();
    if (type === 'application/json' || type === 'application/ld+json') continue;
    const body = (m[2] ?? '').trim();
    if (!attrs.has('src'))
      problems.push(`inline <script${m[1] ?? ''}> (${body.slice(0, 60) || 'empty'})`);
    else if (body) problems.push(`<script src> with inline content: ${body.slice(0, 60)}`);
  }
  // Script bodies are checked above; their text is not markup.
  const markup = html
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
    .replace(/<!--[\s\S]*?-->/g, '');
  for (const m of markup.matchAll(/<([a-zA-Z][\w:-]*)(\s[^>]*)?>/g)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = parseAttributes(m[2] ?? '');
    const where = `<${tag}${(m[2] ?? '').slice(0, 80)}>`;
    for (const [name, value] of attrs) {
      if (/^on[a-z]+$/.test(name)) problems.push(`inline event handler ${name} in ${where}`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) &&
        /^\s*javascript:/i.test(value)
      )
        problems.push(`javascript: URL in ${where}`);
    }
    /** @type {Array<[string, string]>} */
    const loads = [];
    for (const name of LOADING_ATTRS) {
      const value = attrs.get(name);
      if (value !== undefined) loads.push([name, value]);
    }
    const srcset = attrs.get('srcset');
    if (srcset)
      for (const part of srcset.split(','))
        loads.push(['srcset', part.trim().split(/\s+/)[0] ?? '']);
    const href = attrs.get('href');
    if (href !== undefined && tag !== 'a') {
      const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const loading =
        tag !== 'link' || rels.length === 0 || rels.some((r) => !NON_LOADING_RELS.has(r));
      if (loading) loads.push(['href', href]);
    }
    for (const u of (attrs.get('style') ?? '').matchAll(/url\(\s*["']?([^"')]+)/g))
      loads.push(['style url()', u[1] ?? '']);
    for (const [name, value] of loads)
      if (isForeign(value))
        problems.push(`request to another origin: ${name}="${value.slice(0, 100)}" in ${where}`);
  }
  const lang = /<html\b([^>]*)>/i.exec(html);
  const expectedLang = file.startsWith('zh/') ? 'zh-Hans' : 'en';
  const actualLang = lang ? parseAttributes(lang[1] ?? '').get('lang') : undefined;
  if (actualLang !== expectedLang)
    problems.push(`<html lang="${actualLang}">, expected "${expectedLang}"`);
  if (!/<title>[^<]*\S[^<]*<\/title>/i.test(head)) problems.push('no <title> (or an empty one)');
  return problems;
}

/**
 * Problems of a chart or embed page's no-JavaScript content: the chart's SVG and a data table with rows.
 * @param {string} html
 */
export function chartPageProblems(html) {
  /** @type {string[]} */
  const problems = [];
  const chart = /<emergence-chart\b[\s\S]*<\/emergence-chart>/i.exec(html)?.[0] ?? '';
  if (!chart) problems.push('no <emergence-chart>');
  if (!/<svg\b[^>]*\bclass="[^"]*\bchart-svg\b/.test(chart))
    problems.push('no build-time <svg class="chart-svg"> inside <emergence-chart>');
  const body = /<table\b[\s\S]*?<tbody\b[^>]*>([\s\S]*?)<\/tbody>/i.exec(chart)?.[1] ?? '';
  if (!/<tr\b/.test(body)) problems.push('no data table rows inside <emergence-chart>');
  return problems;
}

/**
 * Problems of the frame headers a page gets from _headers: exactly one frame-ancestors, of its policy.
 * @param {import('./headers.mjs').HeaderRule[]} rules
 * @param {string} file
 * @param {string} base
 */
export function headerProblems(rules, file, base) {
  const path = `${base}${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
  const headers = headersFor(rules, path);
  const csp = headers['Content-Security-Policy'] ?? '';
  const frames = [...csp.matchAll(/frame-ancestors\s+([^;,]+)/g)].map((m) => (m[1] ?? '').trim());
  const expected = framePolicy(file);
  /** @type {string[]} */
  const problems = [];
  if (frames.length !== 1 || frames[0] !== expected)
    problems.push(
      `_headers gives ${path} frame-ancestors ${JSON.stringify(frames)}, expected [${JSON.stringify(expected)}]`,
    );
  if (headers['X-Content-Type-Options'] !== 'nosniff')
    problems.push(`_headers gives ${path} no X-Content-Type-Options: nosniff`);
  return problems;
}

/** Runs every check over a build directory; returns the problems, each prefixed with its file. */
export function checkDist(dir = distDir(), base = basePath()) {
  const files = listFiles(dir, '.html');
  /** @type {string[]} */
  const problems = [];
  if (files.length < 10)
    problems.push(`${dir}: only ${files.length} HTML files — is this a build?`);
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  if (!rules.length) problems.push(`${headersFile}: missing or empty`);
  let chartPages = 0;
  for (const file of files) {
    const html = readFileSync(join(dir, file), 'utf8');
    const found = [...htmlProblems(html, file)];
    if (rules.length) found.push(...headerProblems(rules, file, base));
    if (/^(?:zh\/)?(?:charts|embed)\/[^/]+\/index\.html$/.test(file)) {
      chartPages++;
      found.push(...chartPageProblems(html));
    }
    problems.push(...found.map((p) => `${file}: ${p}`));
  }
  if (chartPages === 0) problems.push('no chart or embed pages found');
  for (const file of listFiles(dir, '.css')) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/url\(\s*["']?([^"')]+)/g)) {
      if (isForeign(m[1] ?? '')) problems.push(`${file}: url(${m[1]}) loads from another origin`);
    }
  }
  return { files: files.length, chartPages, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const { files, chartPages, problems } = checkDist(process.argv[2] ?? distDir());
  for (const p of problems) console.log(`  ${p}`);
  console.log(
    `check-dist: ${files} HTML files (${chartPages} chart and embed pages), ${problems.length} problems, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exit(problems.length ? 1 : 0);
}
