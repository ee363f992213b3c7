/**
 * The Content-Security-Policy every page carries in a <meta> tag. Scripts only from our origin
 * (no inline scripts: the theme bootstrap is an external file); 'wasm-unsafe-eval' lets the
 * self-hosted Pagefind search compile its WebAssembly, and allows no JavaScript eval. Styles allow 'unsafe-inline'
 * because KaTeX's HTML output sizes glyphs with style attributes; no script can run from them.
 * frame-ancestors cannot be set by a meta tag: the _headers file each build writes (scripts/headers.mjs) carries it (and the other headers).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
