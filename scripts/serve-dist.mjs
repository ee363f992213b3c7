// @ts-check
/**
 * Serves the built site for the browser tests and by hand (`npm run serve`).
 * Unlike `astro preview` it can run several times at once (Astro allows one preview per project)
 * and serves the site under BASE_PATH exactly as a static host would, 404.html included.
 * Usage: node scripts/serve-dist.mjs [--port N] [--dir dist] (BASE_PATH and OUT_DIR are read too).
 */
import { basePath, distDir, serveStatic } from './bench/site.mjs';

const arg = (/** @type {string} */ name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dir = arg('--dir') ?? distDir();
const base = basePath();
const { url } = await serveStatic(dir, { base, port: Number(arg('--port') ?? 4321) });
console.log(`Serving ${dir} at ${url}${base}`);
