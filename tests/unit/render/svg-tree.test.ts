import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PanelBundle } from '../../../src/lib/chart/panel-bundle';
import { bundleChartModel } from '../../../src/lib/chart/panel-bundle';
import { chartCapabilities, defaultView, type ChartView } from '../../../src/lib/chart/view';
import type { LabelMode } from '../../../src/lib/chart/model-types';
import type { ChartBox, LayoutName } from '../../../src/lib/chart/layout';
import { chartTree, renderChartSvg, serializeSvg, type SvgNode } from '../../../src/lib/render/svg';
import { attrChanges, sameKeys, sameNode } from '../../../src/islands/svg-join';
import { parseTranslate, pathShape, shiftOf } from '../../../src/islands/chart-motion';

/**
 * The element tree is what both drawing paths are made from: the SVG string (build, exports) is
 * its serialisation, the island joins it into the live SVG by key. These tests hold the keys to
 * what the join needs (unique among siblings, stable across views) and the serialisation to the
 * string renderer's output.
 */
const FIXTURES = 'tests/fixtures/charts';
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const fixture = (name: string): PanelBundle =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as PanelBundle;

/** Every view a reader can reach with one control from the default (and the default itself). */
function views(bundle: PanelBundle): ChartView[] {
  const base = defaultView(bundle.panel);
  const caps = chartCapabilities(bundle.panel, new Map(bundle.models.map((m) => [m.id, m])));
  const out: ChartView[] = [base];
  for (const x of caps.xOptions) if (x !== base.x) out.push({ ...base, x });
  for (const y of caps.yOptions) if (y !== base.y) out.push({ ...base, y });
  for (const s of caps.seriesNames.slice(0, 2))
    out.push({ ...base, series: base.series.filter((n) => n !== s) });
  const model = caps.modelIds.at(-1);
  if (model) out.push({ ...base, highlight: model });
  return out;
}

const BOXES: { box: LayoutName | ChartBox; labels: LabelMode }[] = [
  { box: 'large', labels: 'none' },
  { box: 'compact', labels: 'none' },
  { box: { width: 960, height: 540, type: 'slide' }, labels: 'direct' },
  { box: { width: 600, height: 600, type: 'normal' }, labels: 'legend' },
];

/** Every node of a tree, depth first. */
function* walk(node: SvgNode): Generator<SvgNode> {
  yield node;
  for (const c of node.children) yield* walk(c);
}

/** Every key path ("svg/body/s:LaMDA/p0-3") of a tree mapped to its node. */
function byPath(node: SvgNode, prefix = ''): Map<string, SvgNode> {
  const path = `${prefix}/${node.key}`;
  const out = new Map([[path, node]]);
  for (const c of node.children) for (const [k, v] of byPath(c, path)) out.set(k, v);
  return out;
}

describe('chartTree', () => {
  for (const name of names) {
    const bundle = fixture(name);
    it(`${name}: keys are unique among siblings in every view and box, and the serialised tree is the rendered SVG`, () => {
      for (const { box, labels } of BOXES) {
        for (const view of views(bundle)) {
          const model = bundleChartModel(bundle, view, box, 'en', { labels });
          const { root, body } = chartTree(model, { colors: 'classes', idPrefix: name });
          for (const node of walk(root)) {
            const keys = node.children.map((c) => c.key);
            expect(
              new Set(keys).size,
              `${name} ${JSON.stringify(view)}: repeated key under ${node.key}`,
            ).toBe(keys.length);
          }
          const rendered = renderChartSvg(model, { colors: 'classes', idPrefix: name });
          expect(serializeSvg(root)).toBe(rendered.svg);
          expect(serializeSvg(body)).toBe(rendered.content);
        }
      }
    });
  }

  it('keys points by their data-id and series by name, so a point keeps its key when x switches', () => {
    const bundle = fixture('fig2a');
    const base = defaultView(bundle.panel);
    const tree = (view: ChartView) =>
      chartTree(bundleChartModel(bundle, view, 'large', 'en'), { colors: 'classes', idPrefix: 'k' })
        .root;
    const flops = byPath(tree(base));
    const params = byPath(tree({ ...base, x: 'params' }));
    const points = [...flops].filter(([, n]) => n.attrs['data-id'] !== undefined);
    expect(points.length).toBeGreaterThan(10);
    for (const [path, node] of points) {
      expect(node.key).toBe(node.attrs['data-id']);
      expect(path).toMatch(new RegExp(`/s:[^/]+/${node.key}$`));
      const moved = params.get(path);
      expect(moved, `${path} is still there with x = params`).toBeDefined();
      expect(moved!.attrs.transform).not.toBe(node.attrs.transform);
    }
  });

  it('a highlight changes only the highlighted points (class and marker size)', () => {
    const bundle = fixture('fig2a');
    const base = defaultView(bundle.panel);
    const model = bundleChartModel(bundle, base, 'large', 'en');
    const plain = byPath(chartTree(model, { colors: 'classes', idPrefix: 'k' }).root);
    const lit = byPath(
      chartTree({ ...model, highlight: 'gpt-3-175b' }, { colors: 'classes', idPrefix: 'k' }).root,
    );
    const changed = [...plain]
      .filter(([path, node]) => node.children.length === 0 && !sameNode(node, lit.get(path)!))
      .map(([path]) => path);
    expect(changed.length).toBeGreaterThan(0);
    for (const path of changed) expect(path).toMatch(/\/p\d+-\d+\/m$/);
    const points = [...lit.values()].filter((n) => n.attrs.class === 'pt hl');
    expect(points.map((n) => n.attrs['data-model'])).toEqual(['gpt-3-175b']);
  });
});

describe('join helpers', () => {
  const node = (
    key: string,
    attrs: Record<string, string>,
    children: SvgNode[] = [],
    text?: string,
  ): SvgNode => ({ tag: 'g', key, attrs, children, text });

  it('sameNode compares tag, key, attributes (either side), text and children', () => {
    const a = node('a', { x: '1', y: '2' }, [node('c', {})]);
    expect(sameNode(a, node('a', { x: '1', y: '2' }, [node('c', {})]))).toBe(true);
    expect(sameNode(a, node('a', { x: '1' }, [node('c', {})]))).toBe(false);
    expect(sameNode(a, node('a', { x: '1', y: '2', z: '3' }, [node('c', {})]))).toBe(false);
    expect(sameNode(a, node('a', { x: '1', y: '2' }, [node('d', {})]))).toBe(false);
    expect(sameNode(a, node('b', { x: '1', y: '2' }, [node('c', {})]))).toBe(false);
    expect(sameNode(node('t', {}, [], 'x'), node('t', {}, [], 'y'))).toBe(false);
  });

  it('attrChanges lists what to set and what to remove (display="none" goes away when a series is shown)', () => {
    expect(attrChanges({ class: 'series', display: 'none' }, { class: 'series' })).toEqual({
      set: [],
      remove: ['display'],
    });
    expect(
      attrChanges(
        { class: 'pt', transform: 'translate(1,2)' },
        { class: 'pt hl', transform: 'translate(1,2)' },
      ),
    ).toEqual({ set: [['class', 'pt hl']], remove: [] });
  });

  it('sameKeys is false when an element would enter, leave or move', () => {
    const [a, b, c] = [node('a', {}), node('b', {}), node('c', {})];
    expect(sameKeys([a, b], [node('a', { x: '1' }), node('b', {})])).toBe(true);
    expect(sameKeys([a, b], [b, a])).toBe(false);
    expect(sameKeys([a, b], [a, b, c])).toBe(false);
  });
});

describe('motion helpers', () => {
  it('parseTranslate reads the renderer’s point transforms only', () => {
    expect(parseTranslate('translate(12.5,-3)')).toEqual([12.5, -3]);
    expect(parseTranslate('translate(1,2) rotate(-60)')).toBeNull();
    expect(parseTranslate(undefined)).toBeNull();
  });

  it('shiftOf finds a uniform move of x/x1/x2 and y/y1/y2, and nothing for a change of shape', () => {
    expect(
      shiftOf({ x1: '10', x2: '10', y1: '0', y2: '50' }, { x1: '30', x2: '30', y1: '0', y2: '50' }),
    ).toEqual([20, 0]);
    expect(shiftOf({ x: '5', y: '7' }, { x: '5', y: '1' })).toEqual([0, -6]);
    expect(
      shiftOf({ x1: '0', x2: '100', y1: '5', y2: '5' }, { x1: '0', x2: '120', y1: '5', y2: '5' }),
    ).toBeNull();
    expect(
      shiftOf({ x: '1', transform: 'rotate(-60)' }, { x: '2', transform: 'rotate(-60)' }),
    ).toBeNull();
    expect(shiftOf({ x: '1' }, { x: '1' })).toBeNull();
  });

  it('pathShape keeps the command letters, so paths with the same commands interpolate', () => {
    expect(pathShape('M1,2L3,4L5,6')).toBe(pathShape('M9,9L8,8L7,7'));
    expect(pathShape('M1,2L3,4')).not.toBe(pathShape('M1,2L3,4L5,6'));
  });
});
