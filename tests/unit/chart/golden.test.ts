import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PanelBundle } from '../../../src/lib/chart/panel-bundle';
import { renderPanel } from '../../../src/lib/render/render-panel';
import { defaultView } from '../../../src/lib/chart/view';
import type { ChartBox } from '../../../src/lib/chart/layout';
import type { LabelMode } from '../../../src/lib/chart/model-types';

/**
 * Golden SVGs, one per chart kind (Plot's habit): fixtures are panel bundles copied from
 * content/data at one point in time, so later data fixes do not churn the goldens. A missing
 * golden is written (and reported); a mismatch writes <name>-changed.svg next to it for review.
 */
const FIXTURES = 'tests/fixtures/charts';
const GOLDEN = 'tests/unit/chart/__golden__';

const cases = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** Compares a rendering with its golden file, writing the golden when missing (never on CI) and <name>-changed.svg on a mismatch. */
function expectGolden(name: string, svg: string): void {
  const golden = join(GOLDEN, `${name}.svg`);
  const changed = join(GOLDEN, `${name}-changed.svg`);
  if (!existsSync(golden)) {
    if (process.env.CI)
      throw new Error(
        `${golden} is missing: run the unit tests locally and commit the new golden after looking at it.`,
      );
    writeFileSync(golden, svg);
    console.warn(`wrote new golden ${golden}`);
    return;
  }
  const expected = readFileSync(golden, 'utf8');
  if (svg !== expected) writeFileSync(changed, svg);
  else if (existsSync(changed)) rmSync(changed);
  expect(svg === expected, `${name}: rendering differs from ${golden}; see ${changed}`).toBe(true);
}

const fixture = (name: string): PanelBundle =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as PanelBundle;

/**
 * Panels laid out for other boxes: slides at 16:9 with labels on the lines, a square post, a small
 * card, a reversed log axis with its labels nudged apart, the bar chart with its legend in the SVG.
 */
const BOX_CASES: { name: string; box: ChartBox; labels: LabelMode }[] = [
  { name: 'fig2a', box: { width: 1280, height: 720, type: 'slide' }, labels: 'direct' },
  { name: 'fig7a', box: { width: 960, height: 540, type: 'slide' }, labels: 'direct' },
  { name: 'fig3d', box: { width: 400, height: 300, type: 'normal' }, labels: 'direct' },
  { name: 'fig13a', box: { width: 1080, height: 1080, type: 'slide' }, labels: 'direct' },
  { name: 'fig8', box: { width: 600, height: 600, type: 'normal' }, labels: 'legend' },
  { name: 'fig9', box: { width: 320, height: 200, type: 'slide' }, labels: 'direct' },
];

describe('renderPanel(bundle, defaultView, "large", "en", {colors: "light"}) matches the golden SVG', () => {
  it('covers every chart kind (log-x lines, reversed log y, linear x, many metrics, stacked bars, scatter, prior SOTA)', () => {
    expect(cases).toEqual(
      expect.arrayContaining(['fig2a', 'fig3d', 'fig4-r1c2', 'fig7a', 'fig8', 'fig9', 'fig13a']),
    );
  });
  for (const name of cases) {
    it(name, () => {
      const bundle = fixture(name);
      expectGolden(
        name,
        renderPanel(bundle, defaultView(bundle.panel), 'large', 'en', {
          colors: 'light',
          idPrefix: name,
        }).svg + '\n',
      );
    });
  }
});

describe('renderPanel(bundle, defaultView, box, "en", {labels}) matches the golden SVG of each (panel, box) pair', () => {
  for (const { name, box, labels } of BOX_CASES) {
    const key = `${name}-${box.width}x${box.height}-${box.type}-${labels}`;
    it(key, () => {
      const bundle = fixture(name);
      const rendered = renderPanel(bundle, defaultView(bundle.panel), box, 'en', {
        colors: 'light',
        idPrefix: name,
        labels,
      });
      expect([rendered.width, rendered.height]).toEqual([box.width, box.height]);
      expectGolden(key, rendered.svg + '\n');
    });
  }
});
