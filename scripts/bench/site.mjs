// @ts-check
/**
 * Shared helpers for the quality gates and the benchmark: where the build is, what a built page
 * loads (static analysis of its HTML and of the JS module graph), gzip sizes, and a tiny static
 * file server that can serve a build under a sub-path (BASE_PATH) the way a static host does.
 */
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from '../headers.mjs';

/** The build directory the gates read: $OUT_DIR (as astro.config.mjs honours it) or dist/. */
export function distDir() {
  return resolve(process.env.OUT_DIR ?? 'dist');
}

/** The base path the build was made with, always with a leading and trailing slash. */
export function basePath(raw = process.env.BASE_PATH ?? '/') {
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * Gzip size (level 9) of a buffer or string.
 * @param {string | Uint8Array} data
 */
export function gzipSize(data) {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;
}

/**
 * Every file under a directory (relative paths with forward slashes), optionally filtered by extension.
 * @param {string} dir
 */
export function listFiles(dir, ext = '') {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!ext || entry.name.endsWith(ext))
        out.push(
          full
            .slice(dir.length + 1)
            .split(sep)
            .join('/'),
        );
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Total bytes of every file under a directory.
 * @param {string} dir
 */
export function dirSize(dir) {
  return listFiles(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

/**
 * @typedef {{ file: string, raw: number, gzip: number }} Asset
 * @typedef {{ page: string, html: Asset, css: Asset[], js: Asset[], lazyJs: Asset[], onRequestJs: Asset[], fonts: string[] }} PageWeight
 */

/**
 * Size record of one file in the build.
 * @param {string} dist
 * @param {string} file
 * @returns {Asset}
 */
function asset(dist, file) {
  const buf = readFileSync(join(dist, file));
  return { file, raw: buf.length, gzip: gzipSize(buf) };
}

/**
 * Maps a site URL path ("/sub/_astro/x.js") to a file path relative to dist ("_astro/x.js"), or null when outside the site.
 * @param {string} urlPath
 * @param {string} base
 */
function toFile(urlPath, base) {
  const clean = urlPath.split(/[?#]/)[0] ?? '';
  if (/^[a-z]+:/i.test(clean) || clean.startsWith('//')) return null;
  if (!clean.startsWith(base)) return null;
  return decodeURIComponent(clean.slice(base.length));
}

/**
 * Static imports (`import "./x.js"`, `import {a} from "./x.js"`, `export … from`) of a built module.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  /** @type {Set<string>} */
  const found = new Set();
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g))
    if (m[1]) found.add(m[1]);
  return [...found];
}

/**
 * Dynamic `import("./x.js")` chunks of a built module (loaded on interaction).
 * @param {string} code
 * @returns {string[]}
 */
export function dynamicImports(code) {
  /** @type {Set<string>} */
  const found = new Set();
  for (const m of code.matchAll(/\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g))
    if (m[1]) found.add(m[1]);
  return [...found];
}

/**
 * Chunks a reader loads only by asking for a file (images, copy-image, PowerPoint, a deck slide:
 * src/islands/chart-files.ts and the PowerPoint writer behind it): not part of using the chart's
 * controls, so budgeted on their own.
 */
export const ON_REQUEST = /(^|\/)(chart-files|pptx-download)\.[\w-]+\.js$/;

/**
 * What a built page loads: its HTML, its stylesheets (<link rel=stylesheet>), the JS that runs on
 * load (<script src> plus the static-import closure of module scripts) and, separately, the JS that
 * dynamic import() can add on interaction (closure over static and dynamic imports, minus on-load JS).
 * Fonts referenced by the CSS are listed, not counted.
 * @param {string} dist
 * @param {string} pagePath site path without base, e.g. "charts/fig2a/"
 * @param {string} [base]
 * @returns {PageWeight}
 */
export function pageWeight(dist, pagePath, base = basePath()) {
  const htmlFile = pagePath.endsWith('.html') ? pagePath : posix.join(pagePath, 'index.html');
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const css = new Set();
  const entries = new Set();
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (!/\brel=["']?stylesheet\b/.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/.exec(tag)?.[1];
    const file = href && toFile(href, base);
    if (file) css.add(file);
  }
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(tag)?.[1];
    const file = src && toFile(src, base);
    if (file) entries.add(file);
  }
  const onLoad = new Set();
  const queue = [...entries];
  const lazyQueue = [];
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    if (onLoad.has(file)) continue;
    onLoad.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = posix.dirname(file);
    for (const spec of staticImports(code)) queue.push(posix.normalize(posix.join(dir, spec)));
    for (const spec of dynamicImports(code)) lazyQueue.push(posix.normalize(posix.join(dir, spec)));
  }
  /** Closure over static and dynamic imports from `start`, skipping `known` files; on-request entries are set aside when `stop` is given. */
  const closure = (
    /** @type {string[]} */ start,
    /** @type {Set<string>} */ known,
    /** @type {string[] | null} */ stop,
  ) => {
    const out = new Set();
    const todo = [...start];
    while (todo.length) {
      const file = /** @type {string} */ (todo.shift());
      if (known.has(file) || out.has(file)) continue;
      if (stop && ON_REQUEST.test(file)) {
        stop.push(file);
        continue;
      }
      out.add(file);
      const code = readFileSync(join(dist, file), 'utf8');
      const dir = posix.dirname(file);
      for (const spec of [...staticImports(code), ...dynamicImports(code)])
        todo.push(posix.normalize(posix.join(dir, spec)));
    }
    return out;
  };
  /** @type {string[]} */
  const requested = [];
  const lazy = closure(lazyQueue, onLoad, requested);
  const onRequest = closure(requested, new Set([...onLoad, ...lazy]), null);
  const fonts = new Set();
  for (const file of css) {
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(
      /url\(["']?([^"')]+\.(?:woff2?|ttf|otf))/g,
    ))
      fonts.add(m[1]);
  }
  return {
    page: pagePath,
    html: asset(dist, htmlFile),
    css: [...css].map((f) => asset(dist, f)),
    js: [...onLoad].map((f) => asset(dist, f)),
    lazyJs: [...lazy].map((f) => asset(dist, f)),
    onRequestJs: [...onRequest].map((f) => asset(dist, f)),
    fonts: [...fonts],
  };
}

/**
 * Sum of one field over assets.
 * @param {Asset[]} assets
 * @param {'raw' | 'gzip'} [field]
 */
export function total(assets, field = 'gzip') {
  return assets.reduce((sum, a) => sum + a[field], 0);
}

/** Site paths (without base, e.g. "charts/fig2a/") of every page in the build's sitemap. */
export function sitemapPaths(dist = distDir(), base = basePath()) {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const path = new URL(m[1] ?? '').pathname;
    return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves a build directory under a base path (like a static host: "/dir/" → "/dir/index.html",
 * unknown paths → 404.html with status 404), answering with the headers of the build's `_headers`
 * file (Netlify / Cloudflare Pages rules, e.g. frame-ancestors) when it has one. Resolves to the
 * origin URL and a close function.
 * @param {string} dir
 * @param {{ base?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(dir, { base = '/', port = 0, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return undefined;
    }
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    const send = (/** @type {number} */ status, /** @type {string} */ file) => {
      res.writeHead(status, {
        'content-type':
          TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
      });
      res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(404, page);
      else res.writeHead(404).end();
    };
    if (`${path}/` === base) {
      res.writeHead(301, { location: base }).end();
      return undefined;
    }
    if (!path.startsWith(base)) return notFound();
    let file = resolve(root, `.${posix.normalize(`/${path.slice(base.length)}`)}`);
    // Hosts read _headers but do not publish it.
    if (!file.startsWith(root) || file === headersFile) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return undefined;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    return send(200, file);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        url: `http://${host}:${actual}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

/**
 * Embed pages of the build ("embed/fig2a/", "zh/embed/fig2a/", …): noindex, so not in the sitemap,
 * but pages all the same for the browser gates.
 * @returns {string[]}
 */
export function embedPaths(dist = distDir()) {
  return listFiles(dist, 'index.html')
    .filter((f) => /^(zh\/)?embed\/[^/]+\/index\.html$/.test(f))
    .map((f) => f.slice(0, -'index.html'.length));
}
