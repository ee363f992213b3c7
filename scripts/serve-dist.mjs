// @ts-check
/**
 * A small static server for the built site, used by the browser tests and the quality gates.
 * Unlike `astro preview` it can run several times at once (Astro allows one preview per project)
 * and serves the site under BASE_PATH exactly as a static host would, 404.html included.
 * Usage: node scripts/serve-dist.mjs [--port N] [--dir dist] (BASE_PATH and OUT_DIR are read too).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

/**
 * Starts serving `dir` under `base` on `port` (0 = any free port); resolves to the server.
 * @param {{ dir?: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serveDist({ dir = process.env.OUT_DIR ?? 'dist', base = process.env.BASE_PATH ?? '/', port = 0, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const send = async (/** @type {string} */ file, /** @type {number} */ status) => {
      const body = await readFile(file);
      res.writeHead(status, { 'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream' });
      res.end(body);
    };
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return void (await send(join(root, '404.html'), 404));
      const rel = normalize(pathname.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
      let file = join(root, rel);
      if (!file.startsWith(root)) return void (await send(join(root, '404.html'), 404));
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${pathname}/` });
          return void res.end();
        }
        file = join(file, 'index.html');
      }
      if (!(await stat(file).catch(() => null))?.isFile()) return void (await send(join(root, '404.html'), 404));
      await send(file, 200);
    } catch {
      res.writeHead(400).end('Bad request');
    }
  });
  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (/** @type {string} */ name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const server = await serveDist({ port: Number(arg('--port') ?? 4321), dir: arg('--dir') ?? process.env.OUT_DIR ?? 'dist' });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Serving ${arg('--dir') ?? process.env.OUT_DIR ?? 'dist'} at http://127.0.0.1:${address.port}${process.env.BASE_PATH ?? '/'}`);
}
