import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { PALETTE, FAMILY_MARKER, FAMILIES } from '../../../src/lib/chart/families';
import { seriesColourCss } from '../../../src/lib/chart/series-css';
import { FAMILY_REGISTRY } from '../../../src/lib/data/families';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('series palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    const p = PALETTE[theme];
    it(`every series colour has at least 3:1 contrast with the ${theme} background`, () => {
      const colours = [p.lamda, p.gpt3, p.gopher, p.chinchilla, p.palm, p.anthropic, ...p.cat];
      for (const c of colours) expect(contrast(c, p.background), c).toBeGreaterThanOrEqual(3);
    });
  }
  it('the generated page stylesheet gives every colour class the same light and dark colours as the exports', () => {
    // Compared without whitespace, so formatting never matters.
    const css = seriesColourCss().replace(/\s+/g, '');
    for (const f of FAMILY_REGISTRY) {
      const slug = f.token;
      expect(css).toContain(
        `.c-${slug}{--series:light-dark(${PALETTE.light[slug]},${PALETTE.dark[slug]});}`,
      );
      expect([PALETTE.light[slug], PALETTE.dark[slug]]).toEqual([f.colour.light, f.colour.dark]);
    }
    expect(css).toContain(
      `.c-neutral{--series:light-dark(${PALETTE.light.neutral},${PALETTE.dark.neutral});}`,
    );
    PALETTE.light.cat.forEach((colour, i) =>
      expect(css).toContain(`.c-cat${i}{--series:light-dark(${colour},${PALETTE.dark.cat[i]});}`),
    );
    expect(css.match(/\.c-/g)).toHaveLength(FAMILY_REGISTRY.length + 1 + PALETTE.light.cat.length);
  });
  it('no hand-written stylesheet repeats a series colour class', () => {
    for (const file of readdirSync('src/styles'))
      expect(readFileSync(`src/styles/${file}`, 'utf8'), file).not.toMatch(
        /\.c-(?:cat\d|neutral|[a-z0-9]+)\s*\{\s*--series/,
      );
  });
  it('each family has its own marker shape, so identity never rests on colour alone', () => {
    const shapes = FAMILIES.map((f) => FAMILY_MARKER[f]);
    expect(new Set(shapes).size).toBe(FAMILIES.length);
    expect(FAMILY_MARKER).toMatchObject({
      LaMDA: 'circle',
      'GPT-3': 'square',
      Gopher: 'diamond',
      Chinchilla: 'triangle',
      PaLM: 'pentagon',
    });
  });
});
