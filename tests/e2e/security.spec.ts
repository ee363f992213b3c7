import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { watchForeignRequests } from './helpers';
import { distDir, embedPaths, listFiles, sitemapPaths } from '../../scripts/bench/site.mjs';

/**
 * Security and privacy on every page of the sitemap: no CSP violation, no console error, no page
 * error and no request to another origin while the page loads; plus static checks of every built
 * HTML file (CSP meta tag and its directives; no inline scripts or inline event handlers).
 */
const dist = distDir();
// Every sitemap page plus every embed page (noindex, so not in the sitemap).
const pages = [...sitemapPaths(), ...embedPaths()];

test.describe.configure({ mode: 'parallel' });

/** Directives of a CSP string, keyed by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** Problems of one built HTML file: missing/weak CSP meta, inline scripts, inline event handlers. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(head)?.[0];
  const csp = meta && /\bcontent="([^"]*)"/i.exec(meta)?.[1];
  if (!csp) problems.push('no <meta http-equiv="Content-Security-Policy"> in <head>');
  else {
    const d = directives(csp.replace(/&#39;|&apos;/g, "'"));
    if (d.get('object-src')?.join(' ') !== "'none'") problems.push(`object-src is not 'none' (${d.get('object-src')?.join(' ')})`);
    if (d.get('base-uri')?.join(' ') !== "'none'") problems.push(`base-uri is not 'none' (${d.get('base-uri')?.join(' ')})`);
    const script = d.get('script-src') ?? d.get('default-src') ?? [];
    if (script.length === 0) problems.push('no script-src or default-src');
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:']) if (script.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    const dataBlock = type === 'application/json' || type === 'application/ld+json';
    if (dataBlock) continue;
    if (!/\bsrc=/i.test(attrs)) problems.push(`inline <script${attrs}> (${(m[2] ?? '').trim().slice(0, 60) || 'empty'})`);
    else if ((m[2] ?? '').trim()) problems.push(`<script src> with inline content: ${(m[2] ?? '').trim().slice(0, 60)}`);
  }
  for (const tag of html.match(/<[a-z][\w-]*\s[^>]*>/gi) ?? []) {
    const handler = /\son[a-z]+\s*=/i.exec(tag);
    if (handler) problems.push(`inline event handler ${handler[0].trim()} in ${tag.slice(0, 80)}`);
    if (/\b(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag)) problems.push(`javascript: URL in ${tag.slice(0, 80)}`);
  }
  return problems;
}

test('every built HTML file has a strict CSP meta tag and no inline script', () => {
  const files = listFiles(dist, '.html');
  expect(files.length).toBeGreaterThanOrEqual(pages.length);
  const problems = files.flatMap((file) => htmlProblems(readFileSync(join(dist, file), 'utf8')).map((p) => `${file}: ${p}`));
  expect(problems).toEqual([]);
});

for (const path of pages) {
  test(`no CSP violation, console error, page error or foreign request: /${path}`, async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const foreign = watchForeignRequests(page, baseURL!);
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.goto(`./${path}`, { waitUntil: 'load' });
    // Islands start on DOMContentLoaded; give their first tasks (and any request they make) a moment.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect({ violations, errors, foreign }).toEqual({ violations: [], errors: [], foreign: [] });
  });
}
