/**
 * The self-hosted Chinese webfont (Noto Sans SC, variable weight, from @fontsource-variable). Its
 * stylesheet splits the font into ~100 files by unicode-range; this module keeps only the files
 * that hold a character the site uses and narrows each unicode-range to those characters, so the
 * stylesheet is small enough for every page (English pages need it for the 中文 switch) and a
 * browser downloads only the files whose characters appear on the page it shows.
 */

/** One @font-face of the fontsource stylesheet: a font file and the code points it covers. */
export interface FontSlice {
  /** File name in the package's files/ directory. */
  file: string;
  /** Inclusive code point ranges. */
  ranges: Array<[number, number]>;
}

/** The font-family name the site's CSS and the chart SVGs use. */
export const CJK_FONT_FAMILY = 'Noto Sans SC Variable';

/**
 * A second family for Chinese pages only: quotation marks, dash and ellipsis, which Inter also has
 * (in Latin shapes), taken from the Chinese font so that “”——… are full-width in Chinese text.
 */
export const CJK_PUNCTUATION_FAMILY = 'Noto Sans SC Punctuation';

/** The code points of CJK_PUNCTUATION_FAMILY: “ ” — … (the font's ‘ ’ are only in its Latin slice). */
export const CJK_PUNCTUATION = [0x201c, 0x201d, 0x2014, 0x2026];

/** The first code point the Chinese font is used for (CJK radicals onwards); below it Inter or system fonts draw. */
export const CJK_FONT_FROM = 0x2e80;

/** The @font-face rules of a fontsource stylesheet, in order. */
export function parseFontSlices(css: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const face of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = face[1] ?? '';
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [a = '', b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
    slices.push({ file, ranges });
  }
  return slices;
}

/** Sorted code points as unicode-range values: consecutive ones collapse into a range. */
export function unicodeRange(codePoints: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codePoints.length;) {
    const start = codePoints[i] ?? 0;
    let end = start;
    while (codePoints[i + 1] === end + 1) end = codePoints[++i] ?? end;
    i++;
    parts.push(
      end === start ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`,
    );
  }
  return parts.join(',');
}

/**
 * A third family for the 中文 language switch on English pages: the same files, but
 * font-display: block, so on a system without Chinese fonts the two characters stay invisible for
 * a moment instead of showing missing-glyph boxes.
 */
export const CJK_SWITCH_FAMILY = 'Noto Sans SC Switch';

/** @font-face rules of `family` for `codePoints`, one per file that holds some of them. */
function faces(
  slices: readonly FontSlice[],
  codePoints: readonly number[],
  family: string,
  display: 'optional' | 'block',
  files: string[],
): string[] {
  const byFile = new Map<string, number[]>();
  for (const cp of [...new Set(codePoints)].sort((a, b) => a - b)) {
    const slice = slices.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (slice) byFile.set(slice.file, [...(byFile.get(slice.file) ?? []), cp]);
  }
  return [...byFile].map(([file, cps]) => {
    if (!files.includes(file)) files.push(file);
    return (
      `@font-face{font-family:'${family}';font-style:normal;font-display:${display};font-weight:100 900;` +
      `src:url(${file}) format('woff2-variations'),url(${file}) format('woff2');unicode-range:${unicodeRange(cps)}}`
    );
  });
}

/**
 * The site's font stylesheet: one @font-face per slice that holds one of `codePoints`, its
 * unicode-range narrowed to them, its file named relative to the stylesheet; plus the
 * CJK_PUNCTUATION_FAMILY faces (from the slices made for Chinese text, not the Latin one) and the
 * CJK_SWITCH_FAMILY faces for `switchText`. Returns the CSS and the font files it names.
 */
export function cjkFontCss(
  slices: readonly FontSlice[],
  codePoints: Iterable<number>,
  switchText = '',
): { css: string; files: string[] } {
  const files: string[] = [];
  const cjkSlices = slices.filter((s) => !s.file.includes('latin'));
  const switchPoints = [...switchText]
    .map((c) => c.codePointAt(0) ?? 0)
    .filter((cp) => cp >= CJK_FONT_FROM);
  // font-display: optional, not swap: a late font never re-flows a page of Chinese text (swapping
  // from a fallback with other line metrics cost zh pages 0.4 CLS in Lighthouse). The files are
  // small slices from the site's own origin, so they usually arrive within the short block
  // period; when not, the page keeps the system's Chinese font and the next page has Noto cached.
  const rules = [
    ...faces(slices, [...codePoints], CJK_FONT_FAMILY, 'optional', files),
    ...faces(cjkSlices, CJK_PUNCTUATION, CJK_PUNCTUATION_FAMILY, 'optional', files),
    ...faces(slices, switchPoints, CJK_SWITCH_FAMILY, 'block', files),
  ];
  return {
    css: `/* Noto Sans SC (SIL Open Font License 1.1), only the characters this site uses. */\n${rules.join('\n')}\n`,
    files,
  };
}
