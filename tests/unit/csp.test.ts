import { describe, expect, it } from 'vitest';
import { CSP } from '../../src/lib/site/csp';

/** Parses a CSP string into its directives. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name!, values]),
  );
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
    for (const bad of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      '*',
      'data:',
      'blob:',
      'http:',
      'https:',
    ])
      expect(script).not.toContain(bad);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it('connects, frames and submits forms only to our origin', () => {
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('frame-src')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
  });

  it('has no directive a <meta> CSP ignores (frame-ancestors lives in _headers)', () => {
    for (const name of ['frame-ancestors', 'report-uri', 'sandbox'])
      expect(d.has(name)).toBe(false);
  });
});

// frame-ancestors lives in the _headers file each build generates from its pages (scripts/headers.mjs):
// tests/unit/check-dist.test.ts tests the generator, scripts/check-dist.mjs checks every built page's
// rule, and tests/e2e/headers.spec.ts frames pages from another origin.
