import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cjkFont, cjkFontDir } from '../../site/cjk-font';
import { INTER_FONT_FILE } from '../../lib/site/routes';

/**
 * Fonts at stable URLs: Inter for chart downloads, which embed the font in the SVG they produce
 * (the page itself loads the same file through @fontsource's CSS, with a hashed URL); and the
 * Chinese webfont, a stylesheet named by its content hash plus the Noto Sans SC files it names.
 */
const INTER: Record<string, string> = {
  [INTER_FONT_FILE]: `@fontsource-variable/inter/files/${INTER_FONT_FILE}`,
};

export function getStaticPaths() {
  const { stylesheet, files } = cjkFont();
  const names = [...Object.keys(INTER), stylesheet, ...files];
  return names.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.file);
  const font = cjkFont();
  if (file.endsWith('.css'))
    return new Response(font.css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  const inter = INTER[file];
  const path = inter ? createRequire(import.meta.url).resolve(inter) : join(cjkFontDir(), file);
  return new Response(new Uint8Array(await readFile(path)), {
    headers: { 'Content-Type': 'font/woff2' },
  });
};
