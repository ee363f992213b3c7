import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  CJK_PUNCTUATION,
  CJK_SWITCH_FAMILY,
  CJK_PUNCTUATION_FAMILY,
  cjkFontCss,
  parseFontSlices,
  unicodeRange,
} from '../../../src/lib/site/cjk-font';
import { cjkFont } from '../../../src/site/cjk-font';
import { zhCorpus } from '../../support/zh-corpus';

const packageCss = readFileSync(
  createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-sc/index.css'),
  'utf8',
);
const slices = parseFontSlices(packageCss);

/** The code points a generated stylesheet's unicode-ranges cover. */
function covered(css: string): (cp: number) => boolean {
  const ranges = [...css.matchAll(/unicode-range:([^}]+)}/g)].flatMap((m) =>
    (m[1] ?? '').split(',').map((r) =>
      r
        .replace('U+', '')
        .split('-')
        .map((h) => parseInt(h, 16)),
    ),
  );
  return (cp) => ranges.some(([a = 0, b = a]) => cp >= a && cp <= b);
}

describe('Chinese webfont stylesheet', () => {
  it('reads every slice of the fontsource stylesheet', () => {
    expect(slices.length).toBeGreaterThan(90);
    for (const s of slices) expect(s.ranges.length, s.file).toBeGreaterThan(0);
  });

  it('collapses consecutive code points into ranges', () => {
    expect(unicodeRange([0x4e00, 0x4e01, 0x4e02, 0x4e2d, 0x6587, 0x6588])).toBe(
      'U+4e00-4e02,U+4e2d,U+6587-6588',
    );
  });

  it('keeps only the files holding the wanted characters, with ranges narrowed to them', () => {
    const { css, files } = cjkFontCss(
      slices,
      [...'中文'].map((c) => c.codePointAt(0) ?? 0),
    );
    const main = css
      .split('\n')
      .filter((rule) => rule.includes("font-family:'Noto Sans SC Variable'"));
    expect(main).toHaveLength(2);
    expect(files.length).toBeLessThanOrEqual(2 + CJK_PUNCTUATION.length);
    expect(css).toContain('unicode-range:U+4e2d}');
    expect(css).toContain('unicode-range:U+6587}');
    expect(css).not.toMatch(/url\((?!noto-sans-sc-\d+-wght-normal\.woff2\))/);
  });

  it('gives Chinese pages full-width quotation marks, dash and ellipsis from non-Latin slices', () => {
    const { css } = cjkFontCss(slices, []);
    const punct = css
      .split('\n')
      .filter((rule) => rule.includes(`font-family:'${CJK_PUNCTUATION_FAMILY}'`));
    expect(punct.length).toBeGreaterThan(0);
    expect(punct.join('\n')).not.toContain('latin');
    const isCovered = covered(punct.join('\n'));
    for (const cp of CJK_PUNCTUATION) expect(isCovered(cp), cp.toString(16)).toBe(true);
  });

  it('gives the 中文 switch its own blocking family', () => {
    const { css } = cjkFontCss(slices, [], '中文');
    const rules = css
      .split('\n')
      .filter((rule) => rule.includes(`font-family:'${CJK_SWITCH_FAMILY}'`));
    expect(rules).toHaveLength(2);
    for (const rule of rules) expect(rule).toContain('font-display:block');
    expect(covered(rules.join('\n'))('文'.codePointAt(0) ?? 0)).toBe(true);
  });

  it("covers every Chinese character of the site's pages, data and interface strings", () => {
    const font = cjkFont();
    expect(font.path).toMatch(/^\/fonts\/noto-sans-sc\.[0-9a-f]{10}\.css$/);
    const isCovered = covered(font.css);
    const missing = new Set<string>();
    for (const { text } of zhCorpus())
      for (const ch of text)
        if (/\p{Script=Han}/u.test(ch) && !isCovered(ch.codePointAt(0) ?? 0)) missing.add(ch);
    expect([...missing]).toEqual([]);
    expect(isCovered('中'.codePointAt(0) ?? 0)).toBe(true);
    expect(isCovered('A'.codePointAt(0) ?? 0)).toBe(false);
  });
});
