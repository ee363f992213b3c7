import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { renderPanel, type PanelBundle } from '../../../src/lib/chart/panel-bundle';
import { defaultView } from '../../../src/lib/chart/view';

/**
 * Golden SVGs, one per chart kind (Plot's habit): fixtures are panel bundles copied from
 * content/data at one point in time, so later data fixes do not churn the goldens. A missing
 * golden is written (and reported); a mismatch writes <name>-changed.svg next to it for review.
 */
const FIXTURES = 'tests/fixtures/charts';
const GOLDEN = 'tests/unit/chart/__golden__';

const cases = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('renderPanel(bundle, defaultView, "large", "en", {colors: "light"}) matches the golden SVG', () => {
  it('covers every chart kind (log-x lines, reversed log y, linear x, many metrics, stacked bars, scatter, prior SOTA)', () => {
    expect(cases).toEqual(expect.arrayContaining(['fig2a', 'fig3d', 'fig4-r1c2', 'fig7a', 'fig8', 'fig9', 'fig13a']));
  });
  for (const name of cases) {
    it(name, () => {
      const bundle = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as PanelBundle;
      const svg = renderPanel(bundle, defaultView(bundle.panel), 'large', 'en', { colors: 'light', idPrefix: name }) + '\n';
      const golden = join(GOLDEN, `${name}.svg`);
      const changed = join(GOLDEN, `${name}-changed.svg`);
      if (!existsSync(golden)) {
        if (process.env.CI) throw new Error(`${golden} is missing: run the unit tests locally and commit the new golden after looking at it.`);
        writeFileSync(golden, svg);
        console.warn(`wrote new golden ${golden}`);
        return;
      }
      const expected = readFileSync(golden, 'utf8');
      if (svg !== expected) writeFileSync(changed, svg);
      else if (existsSync(changed)) rmSync(changed);
      expect(svg === expected, `${name}: rendering differs from ${golden}; see ${changed}`).toBe(true);
    });
  }
});
