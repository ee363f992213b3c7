/** The Chinese webfont stylesheet for this site, built from the characters in content/ and src/. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CJK_FONT_FROM, cjkFontCss, parseFontSlices } from '../lib/site/cjk-font';
import { t } from '../lib/i18n/t';
import { fontPath } from '../lib/site/routes';

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

/** The Chinese webfont: its stylesheet's name under /fonts/ (with a hash of its content) and site path, its text, and the font files it names. */
export interface CjkFont {
  stylesheet: string;
  path: string;
  css: string;
  files: string[];
}

let cached: CjkFont | undefined;

/** The stylesheet (its name carries a hash of its content), and the font files it names. */
export function cjkFont(): CjkFont {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const slices = parseFontSlices(readFileSync(require.resolve(`${PACKAGE}/index.css`), 'utf8'));
    const { css, files } = cjkFontCss(slices, siteCodePoints(), t('en', 'ui.lang.switch'));
    const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);
    const stylesheet = `noto-sans-sc.${hash}.css`;
    cached = { stylesheet, path: fontPath(stylesheet), css, files };
  }
  return cached;
}
