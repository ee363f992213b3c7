import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Fonts at stable URLs for chart downloads, which embed the font in the SVG they produce. The
 * page itself loads the same files through @fontsource's CSS (hashed URLs).
 */
const FILES: Record<string, string> = {
  'inter-latin-wght-normal.woff2': '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
};

export function getStaticPaths() {
  return Object.keys(FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const require = createRequire(import.meta.url);
  const path = require.resolve(FILES[String(params.file)] ?? '');
  return new Response(new Uint8Array(await readFile(path)), { headers: { 'Content-Type': 'font/woff2' } });
};
