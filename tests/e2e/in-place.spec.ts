import { test, expect, type Page } from '@playwright/test';
import { renderPanel } from '../../src/lib/render/render-panel';
import { fitBox, type ChartBox, type LayoutName } from '../../src/lib/chart/layout';
import type { PanelBundle } from '../../src/lib/chart/panel-bundle';
import type { ChartView } from '../../src/lib/chart/view';
import type { LabelMode } from '../../src/lib/chart/model-types';

/**
 * The two drawing paths never drift: after any sequence of in-place updates (keyed joins into the
 * SVG on screen), the SVG draws exactly what the renderer's string of that view draws, element by
 * element (same elements in the same order, same attributes, same text). Also: only the layout on
 * screen is redrawn, the hidden one when it is shown, and a point keeps its element across moves.
 */

/** Line (log x, x and y switches), bar, scatter, reversed axis, a Figure 7 multi-metric panel. */
const PANELS = ['fig2a', 'fig8', 'fig9', 'fig3d', 'fig7a'] as const;

/** One element as compared: depth, tag, attributes sorted by name, own text. */
type Flat = [number, string, string, string];

interface ChartEl extends HTMLElement {
  view: ChartView;
  setView(view: ChartView): Promise<void>;
}

/** The flattened elements of the SVG in a slot, or of an SVG string parsed as XML. */
function flatten(page: Page, source: { slot: string } | { markup: string }): Promise<Flat[]> {
  return page.evaluate((src) => {
    const root =
      'slot' in src
        ? document.querySelector(`${src.slot} svg.chart-svg`)
        : new DOMParser().parseFromString(src.markup, 'image/svg+xml').documentElement;
    if (!root) return [];
    const out: [number, string, string, string][] = [];
    const walk = (el: Element, depth: number): void => {
      const attrs = [...el.attributes]
        .map((a) => `${a.name}=${a.value}`)
        .sort()
        .join(' ');
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.nodeValue)
        .join('');
      out.push([depth, el.tagName, attrs, text]);
      for (const c of el.children) walk(c, depth + 1);
    };
    walk(root, 0);
    return out;
  }, source);
}

/** Waits until the chart has drawn (aria-busy clears when the final geometry is in place and any move has ended). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('emergence-chart')).not.toHaveAttribute('aria-busy', 'true');
}

/** The chart's current view and what the renderer draws for it in `box`. */
async function expected(
  page: Page,
  bundle: PanelBundle,
  slot: string,
  box: LayoutName | ChartBox,
  labels: LabelMode,
): Promise<Flat[]> {
  const [view, idPrefix] = await page.evaluate(
    (s) =>
      [
        (document.querySelector('emergence-chart') as ChartEl).view,
        document.querySelector(`${s} svg title`)!.id.replace(/-title$/, ''),
      ] as const,
    slot,
  );
  const { svg } = renderPanel(bundle, view, box, 'en', { colors: 'classes', idPrefix, labels });
  return flatten(page, { markup: svg });
}

/** Drives every control of the chart, one change at a time, comparing after each. */
async function driveControls(page: Page, check: (step: string) => Promise<void>): Promise<void> {
  const chart = page.locator('emergence-chart');
  const series = await chart
    .locator('button[data-series]')
    .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.series!));
  for (const name of series.slice(0, 3)) {
    await chart.locator(`button[data-series="${name}"]`).click();
    await check(`hide ${name}`);
  }
  await chart.locator(`button[data-series="${series[0]}"]`).click();
  await check(`show ${series[0]}`);
  for (const axis of ['x', 'y'] as const) {
    const off = chart.locator(`button[data-${axis}][aria-pressed="false"]`);
    if ((await off.count()) === 0) continue;
    await off.first().click();
    await check(`${axis} switched`);
  }
  const model = await page.evaluate(
    () =>
      (
        JSON.parse(
          (document.querySelector('emergence-chart') as HTMLElement).dataset.caps ?? '{}',
        ) as { modelIds: string[] }
      ).modelIds.at(-1) ?? null,
  );
  if (model) {
    await page.evaluate((m) => {
      const el = document.querySelector('emergence-chart') as ChartEl;
      void el.setView({ ...el.view, highlight: m });
    }, model);
    await check(`highlight ${model}`);
  }
  for (const axis of ['y', 'x'] as const) {
    const off = chart.locator(`button[data-${axis}][aria-pressed="false"]`);
    if ((await off.count()) === 0) continue;
    await off.first().click();
    await check(`${axis} switched back`);
  }
  for (const name of series.slice(1, 3)) {
    await chart.locator(`button[data-series="${name}"]`).click();
    await check(`show ${name}`);
  }
}

for (const id of PANELS) {
  for (const motion of ['reduce', 'no-preference'] as const) {
    test(`${id} (motion: ${motion}): the SVG after in-place updates is the renderer's SVG of that view, in both page layouts`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`charts/${id}/`);
      const chart = page.locator('emergence-chart.is-live');
      await chart.waitFor();
      const bundle = (await (
        await page.request.get(`data/panels/${id}.json`)
      ).json()) as PanelBundle;
      const large = 'emergence-chart .chart-layout[data-layout="large"]';
      const compact = 'emergence-chart .chart-layout[data-layout="compact"]';
      const compactAtBuild = await page.locator(`${compact} svg`).evaluate((el) => el.outerHTML);
      await driveControls(page, async (step) => {
        await settled(page);
        expect(await flatten(page, { slot: large }), `${id}, after "${step}"`).toEqual(
          await expected(page, bundle, large, 'large', 'none'),
        );
      });
      // Only the layout on screen was redrawn…
      expect(await page.locator(`${compact} svg`).evaluate((el) => el.outerHTML)).toBe(
        compactAtBuild,
      );
      // …and the hidden one is drawn, for the current view, as soon as the container query shows it.
      await page.setViewportSize({ width: 420, height: 900 });
      await expect(page.locator(compact)).toBeVisible();
      await expect
        .poll(async () => JSON.stringify(await flatten(page, { slot: compact })))
        .toBe(JSON.stringify(await expected(page, bundle, compact, 'compact', 'none')));
      // Toggling on the small screen updates the compact layout in place too.
      const first = chart.locator('button[data-series]').first();
      await first.click();
      await settled(page);
      expect(await flatten(page, { slot: compact })).toEqual(
        await expected(page, bundle, compact, 'compact', 'none'),
      );
      await first.click();
      await settled(page);
      expect(await flatten(page, { slot: compact })).toEqual(
        await expected(page, bundle, compact, 'compact', 'none'),
      );
    });
  }
}

test('switching x keeps each point its element and moves it; with motion allowed the move is animated, with reduced motion it is not', async ({
  page,
}) => {
  await page.goto('charts/fig2a/');
  const chart = page.locator('emergence-chart.is-live');
  await chart.waitFor();
  const slot = 'emergence-chart .chart-layout[data-layout="large"]';
  const before = await page.evaluate((s) => {
    const pts = [...document.querySelectorAll(`${s} g.pt`)];
    pts.forEach((p, i) => ((p as unknown as { mark: number }).mark = i));
    return pts.map((p) => [p.getAttribute('data-id'), p.getAttribute('transform')]);
  }, slot);
  // Load the renderer and the data first, so the switch below draws within its click.
  await page.evaluate(() =>
    (
      document.querySelector('emergence-chart') as unknown as { relayout(): Promise<void> }
    ).relayout(),
  );
  await chart.locator('button[data-x][aria-pressed="false"]').click();
  await page.waitForFunction(
    ([s, t]) => document.querySelector(`${s} g.pt`)?.getAttribute('transform') !== t,
    [slot, before[0]![1]] as const,
  );
  // The final geometry is in the DOM at once while the move plays (aria-busy stays set meanwhile).
  const during = await page.evaluate((s) => {
    const pts = [...document.querySelectorAll(`${s} g.pt`)];
    return {
      same: pts.every((p, i) => (p as unknown as { mark?: number }).mark === i),
      ids: pts.map((p) => p.getAttribute('data-id')),
      animations: pts.reduce((n, p) => n + p.getAnimations().length, 0),
      busy: document.querySelector('emergence-chart')!.getAttribute('aria-busy'),
    };
  }, slot);
  expect(during.same).toBe(true);
  expect(during.ids).toEqual(before.map(([i]) => i));
  expect(during.animations).toBeGreaterThan(0);
  expect(during.busy).toBe('true');
  await settled(page);
  const after = await page.evaluate(
    (s) => [...document.querySelectorAll(`${s} g.pt`)].map((p) => p.getAttribute('transform')),
    slot,
  );
  expect(after.filter((t, i) => t !== before[i]![1]).length).toBeGreaterThan(before.length / 2);
  expect(
    await page.evaluate(
      (s) =>
        [...document.querySelectorAll(`${s} g.pt`)].reduce(
          (n, p) => n + p.getAnimations().length,
          0,
        ),
      slot,
    ),
  ).toBe(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await chart.locator('button[data-x][aria-pressed="false"]').click();
  await page.waitForFunction(
    ([s, t]) => document.querySelector(`${s} g.pt`)?.getAttribute('transform') === t,
    [slot, before[0]![1]] as const,
  );
  const reduced = await page.evaluate(
    (s) =>
      [...document.querySelectorAll(`${s} g.pt`)].reduce((n, p) => n + p.getAnimations().length, 0),
    slot,
  );
  expect(reduced).toBe(0);
  await settled(page);
});

test('an interrupted move restarts from where the point is, and ends where the last view puts it', async ({
  page,
}) => {
  await page.goto('charts/fig2a/');
  const chart = page.locator('emergence-chart.is-live');
  await chart.waitFor();
  const bundle = (await (await page.request.get('data/panels/fig2a.json')).json()) as PanelBundle;
  const slot = 'emergence-chart .chart-layout[data-layout="large"]';
  await page.evaluate(() =>
    (
      document.querySelector('emergence-chart') as unknown as { relayout(): Promise<void> }
    ).relayout(),
  );
  const start = await page.locator(`${slot} g.pt`).first().getAttribute('transform');
  // Two switches within one move: the second starts mid-flight, from where the point is drawn then.
  await chart.locator('button[data-x][aria-pressed="false"]').click();
  await page.waitForTimeout(120);
  const mid = await page.evaluate(
    (s) => getComputedStyle(document.querySelector(`${s} g.pt`)!).transform,
    slot,
  );
  await chart.locator('button[data-x][aria-pressed="false"]').click();
  const restart = await page.evaluate((s) => {
    const anim = document.querySelector(`${s} g.pt`)!.getAnimations()[0];
    const frames = anim?.effect instanceof KeyframeEffect ? anim.effect.getKeyframes() : [];
    return String(frames[0]?.transform ?? '');
  }, slot);
  expect(mid).toMatch(/^matrix/);
  // Where the point was drawn (mid-move), not where the first switch would have put it.
  const [mx, my] = /matrix\([^,]+,[^,]+,[^,]+,[^,]+,\s*([-\d.]+),\s*([-\d.]+)\)/
    .exec(mid)!
    .slice(1)
    .map(Number);
  const [rx, ry] = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(restart)!.slice(1).map(Number);
  expect(Math.hypot(rx! - mx!, ry! - my!)).toBeLessThan(40);
  await settled(page);
  expect(await page.locator(`${slot} g.pt`).first().getAttribute('transform')).toBe(start);
  expect(await flatten(page, { slot })).toEqual(
    await expected(page, bundle, slot, 'large', 'none'),
  );
});

test('a hidden series fades out as a copy without identity, then only the final picture is left', async ({
  page,
}) => {
  await page.goto('charts/fig2a/');
  const chart = page.locator('emergence-chart.is-live');
  await chart.waitFor();
  const bundle = (await (await page.request.get('data/panels/fig2a.json')).json()) as PanelBundle;
  const slot = 'emergence-chart .chart-layout[data-layout="large"]';
  await page.evaluate(() =>
    (
      document.querySelector('emergence-chart') as unknown as { relayout(): Promise<void> }
    ).relayout(),
  );
  const name = await chart.locator('button[data-series]').first().getAttribute('data-series');
  await chart.locator('button[data-series]').first().click();
  await expect(page.locator(`${slot} g.series[data-series="${name}"]`)).toHaveAttribute(
    'display',
    'none',
  );
  const ghost = await page.evaluate((s) => {
    const g = document.querySelector(`${s} g.ghost`);
    return g
      ? {
          hidden: g.getAttribute('aria-hidden'),
          ids: g.querySelectorAll('[data-id], [data-tip], .pt').length,
          animating: g.getAnimations().length,
        }
      : null;
  }, slot);
  expect(ghost).toEqual({ hidden: 'true', ids: 0, animating: 1 });
  await settled(page);
  await expect(page.locator(`${slot} g.ghost`)).toHaveCount(0);
  expect(await flatten(page, { slot })).toEqual(
    await expected(page, bundle, slot, 'large', 'none'),
  );
});

test('a view from the URL is drawn at once, not animated from the default', async ({ page }) => {
  // Counts every animation started in the page.
  await page.addInitScript(() => {
    const animate = Element.prototype.animate;
    (window as unknown as { animations: number }).animations = 0;
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      (window as unknown as { animations: number }).animations++;
      return animate.apply(this, args);
    };
  });
  await page.goto('charts/fig2a/?x=params&y=log');
  const chart = page.locator('emergence-chart.is-live');
  await chart.waitFor();
  await settled(page);
  const bundle = (await (await page.request.get('data/panels/fig2a.json')).json()) as PanelBundle;
  const slot = 'emergence-chart .chart-layout[data-layout="large"]';
  expect(
    await page
      .locator('emergence-chart .chart-layout[data-layout="large"] g.pt')
      .first()
      .getAttribute('transform'),
  ).not.toBeNull();
  expect(await page.evaluate(() => (window as unknown as { animations: number }).animations)).toBe(
    0,
  );
  await chart.locator('button[data-x][aria-pressed="false"]').click();
  await settled(page);
  // The same page animates a reader's own switch (so the counter above can fail).
  expect(
    await page.evaluate(() => (window as unknown as { animations: number }).animations),
  ).toBeGreaterThan(0);
  expect(await flatten(page, { slot })).toEqual(
    await expected(page, bundle, slot, 'large', 'none'),
  );
});

test('an embed updated in place draws the renderer SVG of its view in its fitted box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('embed/fig2a/?labels=direct');
  const chart = page.locator('emergence-chart.is-live');
  await chart.waitFor();
  const bundle = (await (await page.request.get('data/panels/fig2a.json')).json()) as PanelBundle;
  const slot = 'emergence-chart [data-fit]';
  const check = async (): Promise<void> => {
    await settled(page);
    const { width, height, labels, size } = await page.evaluate((s) => {
      const el = document.querySelector<HTMLElement>(s)!;
      const host = document.querySelector<HTMLElement>('emergence-chart')!;
      return {
        width: el.clientWidth,
        height: el.clientHeight,
        labels: host.dataset.svgLabels ?? 'none',
        size: host.dataset.size,
      };
    }, slot);
    const box = fitBox(width, height, size === 'slide' ? 'slide' : 'normal');
    await expect
      .poll(async () => JSON.stringify(await flatten(page, { slot })))
      .toBe(JSON.stringify(await expected(page, bundle, slot, box, labels as LabelMode)));
  };
  await check();
  await driveControls(page, check);
  await page.setViewportSize({ width: 700, height: 500 });
  await check();
});

test('a legend click draws the chart within its own task; the data table follows after that frame, and aria-busy lasts until both are in step', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('charts/fig7c/');
  const chart = page.locator('emergence-chart.is-live');
  await chart.waitFor();
  // Load the renderer and the data first, so the click draws within its task.
  await page.evaluate(() =>
    (
      document.querySelector('emergence-chart') as unknown as { relayout(): Promise<void> }
    ).relayout(),
  );
  await settled(page);
  const button = chart.locator('button[data-series]').first();
  const name = (await button.getAttribute('data-series'))!;
  // What the page holds when the chart announces the drawn view (in the click's task, before any frame).
  await page.evaluate((n) => {
    const sel = CSS.escape(n);
    addEventListener(
      'chartviewchange',
      () => {
        (window as unknown as { atDrawn: unknown }).atDrawn = {
          svg: document
            .querySelector(`[data-layout="large"] g.series[data-series="${sel}"]`)
            ?.getAttribute('display'),
          hiddenRows: document.querySelectorAll(`tr[data-series="${sel}"][hidden]`).length,
          busy: document.querySelector('emergence-chart')!.getAttribute('aria-busy'),
        };
      },
      { once: true, capture: true },
    );
  }, name);
  await button.click();
  await settled(page);
  expect(await page.evaluate(() => (window as unknown as { atDrawn: unknown }).atDrawn)).toEqual({
    svg: 'none',
    hiddenRows: 0,
    busy: 'true',
  });
  // Once aria-busy has cleared, the table shows only what the chart draws, without waiting.
  const rows = chart.locator(`tr[data-series="${name}"]`);
  expect(await rows.count()).toBeGreaterThan(0);
  expect(await chart.locator(`tr[data-series="${name}"][hidden]`).count()).toBe(await rows.count());
});
