/** The Chinese webfont stylesheet for this site, built from the characters in content/ and src/. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CJK_FONT_FROM, cjkFontCss, parseFontSlices } from '../lib/site/cjk-font';
import { t } from '../lib/i18n/t';

const PACKAGE = '@fontsource-variable/noto-sans-sc';

/** The package's files/ directory. */
export function cjkFontDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`)), 'files');
}

/** Every code point from U+2E80 on in the site's sources (pages, data, interface strings). */
function siteCodePoints(): Set<number> {
  const found = new Set<number>();
  for (const dir of ['content', 'src'].map((d) => join(process.cwd(), d))) {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.(mdx?|json|ts|astro)$/.test(entry.name)) continue;
      for (const ch of readFileSync(join(entry.parentPath, entry.name), 'utf8')) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp >= CJK_FONT_FROM) found.add(cp);
      }
    }
  }
  return found;
}

let cached: { path: string; css: string; files: string[] } | undefined;

/** The stylesheet (its site path carries a hash of its content), and the font files it names. */
export function cjkFont(): { path: string; css: string; files: string[] } {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const slices = parseFontSlices(readFileSync(require.resolve(`${PACKAGE}/index.css`), 'utf8'));
    const { css, files } = cjkFontCss(slices, siteCodePoints(), t('en', 'ui.lang.switch'));
    const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);
    cached = { path: `/fonts/noto-sans-sc.${hash}.css`, css, files };
  }
  return cached;
}
