import { describe, it, expect } from 'vitest';
import { chartPageProblems, headerProblems, htmlProblems } from '../../scripts/check-dist.mjs';
import {
  formatHeaders,
  headerRules,
  headersFor,
  parseHeaders,
  pathMatches,
} from '../../scripts/headers.mjs';

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";
/** A minimal page that passes every check; `head` and `body` are added to it. */
function page({ head = '', body = '', lang = 'en', csp = CSP } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, '&#39;')}"><title>T</title>${head}</head><body>${body}</body></html>`;
}

describe('check-dist: htmlProblems(html, file)', () => {
  it('passes a clean page, with links to other sites and canonical/alternate links', () => {
    const html = page({
      head: '<link rel="canonical" href="https://example.org/x/"><link rel="alternate" hreflang="zh-Hans" href="https://example.org/zh/x/"><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script><script type="application/json">{"a":"<b onclick=1>"}</script>',
      body: '<a href="https://arxiv.org/abs/2206.07682">arXiv</a><img src="data:image/png;base64,AAAA" alt="">',
    });
    expect(htmlProblems(html, 'x/index.html')).toEqual([]);
  });

  it.each([
    [
      'a missing CSP meta',
      page().replace(/<meta http-equiv[^>]*>/, ''),
      /no <meta http-equiv="Content-Security-Policy">/,
    ],
    [
      "script-src 'unsafe-inline'",
      page({ csp: "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'" }),
      /script-src allows 'unsafe-inline'/,
    ],
    [
      'object-src not none',
      page({ csp: "script-src 'self'; base-uri 'none'" }),
      /object-src is not 'none'/,
    ],
    ['an inline script', page({ body: '<script>alert(1)</script>' }), /inline <script>/],
    [
      'an inline event handler',
      page({ body: '<img src="/a.png" onerror="x()" alt="">' }),
      /inline event handler onerror/,
    ],
    [
      'a javascript: link',
      page({ body: '<a href="javascript:alert(1)">x</a>' }),
      /javascript: URL/,
    ],
    [
      'a foreign script',
      page({ head: '<script src="https://cdn.example/x.js"></script>' }),
      /request to another origin: src="https:\/\/cdn\.example\/x\.js"/,
    ],
    [
      'a foreign stylesheet',
      page({ head: '<link rel="stylesheet" href="//fonts.example/x.css">' }),
      /request to another origin: href=/,
    ],
    [
      'a foreign preload',
      page({ head: '<link rel="preload" as="font" href="https://fonts.example/x.woff2">' }),
      /request to another origin/,
    ],
    [
      'a foreign image in srcset',
      page({ body: '<img src="/a.png" srcset="/a.png 1x, https://img.example/a.png 2x" alt="">' }),
      /request to another origin: srcset=/,
    ],
    [
      'a foreign SVG <image>',
      page({ body: '<svg><image href="https://img.example/a.png"/></svg>' }),
      /request to another origin: href=/,
    ],
    [
      'a foreign url() in a style attribute',
      page({ body: '<div style="background:url(https://img.example/a.png)"></div>' }),
      /style url\(\)/,
    ],
    ['a wrong lang', page({ lang: 'en' }), /<html lang="en">, expected "zh-Hans"/],
    ['an empty title', page().replace('<title>T</title>', '<title> </title>'), /no <title>/],
  ])('reports %s', (_what, html, problem) => {
    const file = _what === 'a wrong lang' ? 'zh/x/index.html' : 'x/index.html';
    expect(htmlProblems(html, file).join('\n')).toMatch(problem);
  });
});

describe('check-dist: chartPageProblems(html)', () => {
  const chart =
    '<emergence-chart><svg class="chart-svg" viewBox="0 0 1 1"></svg><table><tbody><tr><td>1</td></tr></tbody></table></emergence-chart>';
  it('passes a chart with its SVG and table rows, and fails without either', () => {
    expect(chartPageProblems(page({ body: chart }))).toEqual([]);
    expect(chartPageProblems(page({ body: chart.replace('chart-svg', 'other') }))).toEqual([
      expect.stringMatching(/no build-time <svg/),
    ]);
    expect(chartPageProblems(page({ body: chart.replace('<tr><td>1</td></tr>', '') }))).toEqual([
      expect.stringMatching(/no data table rows/),
    ]);
    expect(chartPageProblems(page())).toContain('no <emergence-chart>');
  });
});

describe('_headers (scripts/headers.mjs)', () => {
  const pages = [
    'index.html',
    '404.html',
    'paper/index.html',
    'paper/a/index.html',
    'charts/fig2a/index.html',
    'embed/fig2a/index.html',
    'zh/index.html',
    'zh/charts/fig2a/index.html',
    'zh/embed/fig2a/index.html',
  ];

  it('derives one frame rule per folder of one policy: embeds *, everything else none', () => {
    const rules = headerRules(pages, '/');
    const frame = Object.fromEntries(
      rules.filter((r) => r.path !== '/*').map((r) => [r.path, r.headers[0]?.[1]]),
    );
    expect(frame).toEqual({
      '/': "frame-ancestors 'none'",
      '/404.html': "frame-ancestors 'none'",
      '/charts/*': "frame-ancestors 'none'",
      '/embed/*': 'frame-ancestors *',
      '/paper/*': "frame-ancestors 'none'",
      '/zh/': "frame-ancestors 'none'",
      '/zh/charts/*': "frame-ancestors 'none'",
      '/zh/embed/*': 'frame-ancestors *',
    });
  });

  it('a new section gets its rule without editing a list, and a base path prefixes every rule', () => {
    const rules = headerRules([...pages, 'slides/deck/index.html'], '/sub/path/');
    expect(rules.map((r) => r.path)).toContain('/sub/path/slides/*');
    expect(rules.every((r) => r.path.startsWith('/sub/path/'))).toBe(true);
  });

  it('formatHeaders and parseHeaders round-trip, and every page gets exactly its own policy', () => {
    const rules = parseHeaders(formatHeaders(headerRules(pages, '/')));
    expect(rules).toEqual(headerRules(pages, '/'));
    for (const file of pages) expect(headerProblems(rules, file, '/'), file).toEqual([]);
    expect(headersFor(rules, '/embed/fig2a/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor(rules, '/charts/fig2a/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('headerProblems reports a page framed by the wrong policy or by two', () => {
    const wrong = parseHeaders('/*\n  Content-Security-Policy: frame-ancestors *\n');
    expect(headerProblems(wrong, 'charts/fig2a/index.html', '/').join('\n')).toMatch(
      /expected \["'none'"\]/,
    );
    const both = parseHeaders(
      "/*\n  Content-Security-Policy: frame-ancestors 'none'\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n",
    );
    expect(headersFor(both, '/embed/x/')['Content-Security-Policy']).toBe(
      "frame-ancestors 'none', frame-ancestors *",
    );
    expect(headerProblems(both, 'embed/x/index.html', '/').join('\n')).toMatch(
      /frame-ancestors \["'none'","\*"\]/,
    );
  });

  it('pathMatches: * is a splat, :name one segment, the rest literal', () => {
    expect(pathMatches('/embed/*', '/embed/fig2a/')).toBe(true);
    expect(pathMatches('/embed/*', '/zh/embed/fig2a/')).toBe(false);
    expect(pathMatches('/', '/paper/')).toBe(false);
    expect(pathMatches('/a/:id/', '/a/x/')).toBe(true);
    expect(pathMatches('/a/:id/', '/a/x/y/')).toBe(false);
    expect(pathMatches('/a.html', '/aXhtml')).toBe(false);
  });

  it('parseHeaders rejects a header line before any path', () => {
    expect(() => parseHeaders('  X-Frame-Options: DENY\n')).toThrow(/cannot read/);
  });
});
