import { FAMILY_REGISTRY } from '../data/families.ts';
import { PALETTE } from './families.ts';

/**
 * The page's series colour classes, generated from the family registry and PALETTE so the page,
 * the exports (which inline PALETTE's colours) and the registry can never disagree: one rule per
 * colour class, `--series` set for light and dark through light-dark(). Served to the pages as the
 * stylesheet `virtual:series-colours.css` (scripts/vite-series-colours.mjs).
 */
export function seriesColourCss(): string {
  const rule = (cls: string, light: string, dark: string): string =>
    `.c-${cls} {\n  --series: light-dark(${light}, ${dark});\n}\n`;
  const { light, dark } = PALETTE;
  return [
    '/* Generated from src/lib/data/families.ts and PALETTE (src/lib/chart/series-css.ts). */\n',
    ...FAMILY_REGISTRY.map((f) => rule(f.token, f.colour.light, f.colour.dark)),
    rule('neutral', light.neutral, dark.neutral),
    ...light.cat.map((c, i) => rule(`cat${i}`, c, dark.cat[i] ?? c)),
  ].join('');
}
