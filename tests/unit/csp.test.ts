import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { CSP } from '../../src/lib/site/csp';

/** Parses a CSP string into its directives. */
function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...values]) => [name!, values]));
}

describe('the Content-Security-Policy of every page', () => {
  const d = directives(CSP);

  it('forbids plugins and <base> rewriting', () => {
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
  });

  it('runs scripts only from our origin: no inline, eval, data: or wildcard', () => {
    const script = d.get('script-src');
    expect(script).toBeDefined();
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:']) expect(script).not.toContain(bad);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it('connects, frames and submits forms only to our origin', () => {
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('frame-src')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
  });

  it('has no directive a <meta> CSP ignores (frame-ancestors lives in public/_headers)', () => {
    for (const name of ['frame-ancestors', 'report-uri', 'sandbox']) expect(d.has(name)).toBe(false);
  });
});

describe('public/_headers', () => {
  /** Path pattern → its frame-ancestors value. */
  const rules = new Map<string, string>();
  let path = '';
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (/^\//.test(line)) path = line.trim();
    const m = /^\s+Content-Security-Policy:\s*frame-ancestors\s+(.+)$/.exec(line);
    if (m) rules.set(path, m[1]!.trim());
  }

  it("gives every page section in both languages frame-ancestors 'none', and only embeds *", () => {
    // Sections come from the page routes, so a new route without a rule fails here.
    const sections = readdirSync('src/pages/[...lang]').map((f) => f.replace(/\.astro$/, '')).filter((f) => f !== 'index');
    expect(sections.length).toBeGreaterThan(5);
    for (const prefix of ['/', '/zh/']) {
      expect(rules.get(prefix), prefix).toBe("'none'");
      for (const section of sections) expect(rules.get(`${prefix}${section}/*`), `${prefix}${section}/*`).toBe(section === 'embed' ? '*' : "'none'");
    }
    expect(rules.get('/404.html')).toBe("'none'");
  });
});
