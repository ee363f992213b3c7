import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, type Page } from '@playwright/test';
import { embedIsFitted, watchForeignRequests } from './helpers';

/**
 * Embeds fill the frame they are given (issue "Charts that fit any box"): for every box from a
 * small phone card to a 1080p slide and the first panel of every figure, nothing scrolls, the chart
 * lies inside the viewport and no two pieces of text overlap, in light and dark, with and without
 * controls, at normal and slide type. One page load per figure: the viewport is resized and the
 * parameters switched in place (history + popstate, which the page's URL state listens to).
 */
const BOXES: [number, number][] = [
  [320, 200],
  [400, 300],
  [640, 360],
  [800, 600],
  [960, 540],
  [1260, 540],
  [600, 600],
  [1280, 720],
  [1920, 1080],
];
/** The first panel of every figure, from the dataset. */
const FIRST_PANELS = (
  JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as {
    figures: { panels: { chartId: string }[] }[];
  }
).figures.map((f) => f.panels[0]!.chartId);
/** controls × size, each with one theme (the theme changes colours only, so two of four cover both). */
const VARIANTS = [
  { controls: '1', size: 'normal', theme: 'light' },
  { controls: '0', size: 'normal', theme: 'dark' },
  { controls: '1', size: 'slide', theme: 'dark' },
  { controls: '0', size: 'slide', theme: 'light' },
] as const;

/** Switches the embed's parameters without reloading: the URL state re-reads the query on popstate. */
async function setParams(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.replaceState(null, '', `${location.pathname}?${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/** Waits until the chart is drawn for the frame's current box (its viewBox matches its slot) and no redraw is pending. */
async function waitForFit(page: Page): Promise<void> {
  await page.waitForFunction(embedIsFitted, undefined, { timeout: 5000 });
}

/** What the layout check measures in the page. */
interface LayoutReport {
  scroll: { width: number; height: number };
  viewport: { width: number; height: number };
  svg: { left: number; top: number; right: number; bottom: number };
  overlaps: string[];
  texts: number;
}

/** Measures scroll size, the chart's box and every pair of overlapping text boxes (HTML text, buttons, SVG text except rotated category labels). */
function measure(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        r.width > 0 &&
        r.height > 0 &&
        style.visibility !== 'hidden' &&
        el.closest('[hidden], .visually-hidden') === null
      );
    };
    const html = [
      ...document.querySelectorAll('.chart-title, .embed-source, emergence-chart button'),
    ].filter(visible);
    const svgText = [...document.querySelectorAll('[data-fit] svg text')]
      .filter(
        (t) =>
          !/rotate/.test(t.getAttribute('transform') ?? '') && (t.textContent ?? '').trim() !== '',
      )
      .filter(visible);
    const boxes = [...html, ...svgText].map((el) => ({
      el,
      r: el.getBoundingClientRect(),
      name: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
    }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const dx = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const dy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        // A pixel of touching is rounding, not overlap.
        if (dx > 1 && dy > 1) overlaps.push(`${a.name} × ${b.name}`);
      }
    }
    const svg = document.querySelector('[data-fit] svg')!.getBoundingClientRect();
    return {
      scroll: {
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      },
      viewport: { width: innerWidth, height: innerHeight },
      svg: { left: svg.left, top: svg.top, right: svg.right, bottom: svg.bottom },
      overlaps,
      texts: boxes.length,
    };
  });
}

for (const id of FIRST_PANELS) {
  test(`embed of ${id} fills every box: no scrolling, chart inside, no overlapping text`, async ({
    page,
    baseURL,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const foreign = watchForeignRequests(page, baseURL!);
    await page.setViewportSize({ width: BOXES[0]![0], height: BOXES[0]![1] });
    await page.goto(`embed/${id}/`);
    await waitForFit(page);
    const problems: string[] = [];
    for (const [width, height] of BOXES) {
      await page.setViewportSize({ width, height });
      for (const v of VARIANTS) {
        await setParams(page, `controls=${v.controls}&size=${v.size}&theme=${v.theme}`);
        await waitForFit(page);
        const r = await measure(page);
        const where = `${width}×${height} controls=${v.controls} size=${v.size} ${v.theme}`;
        if (r.scroll.width > r.viewport.width || r.scroll.height > r.viewport.height)
          problems.push(`${where}: scrolls (${r.scroll.width}×${r.scroll.height})`);
        if (
          r.svg.left < -0.5 ||
          r.svg.top < -0.5 ||
          r.svg.right > width + 0.5 ||
          r.svg.bottom > height + 0.5
        )
          problems.push(`${where}: chart outside the frame ${JSON.stringify(r.svg)}`);
        if (r.overlaps.length) problems.push(`${where}: ${r.overlaps.join('; ')}`);
        if (r.texts < 5) problems.push(`${where}: only ${r.texts} text boxes measured`);
      }
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('an embed in a 0×0 frame and in a frame resized from 0×0 to a slide draws without errors and then fits', async ({
  page,
  baseURL,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // A host page on another origin (embeds allow any site to frame them, so not an opaque about:blank).
  const host = `<!doctype html><title>Host</title><iframe id="f" src="${new URL('./embed/fig2a/?size=slide', baseURL!).href}" width="0" height="0" style="border:0"></iframe>`;
  const server: Server = createServer((req, res) =>
    req.url === '/'
      ? res.writeHead(200, { 'Content-Type': 'text/html' }).end(host)
      : res.writeHead(204).end(),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  await page.goto(`http://127.0.0.2:${(server.address() as AddressInfo).port}/`);
  const frame = page.frameLocator('#f');
  await expect(frame.locator('emergence-chart')).toHaveClass(/is-live/);
  await expect(frame.locator('emergence-chart')).not.toHaveAttribute('aria-busy', 'true');
  // Nothing to lay out in no space: the build-time drawing stays.
  await expect(frame.locator('[data-fit] svg')).toHaveAttribute('viewBox', '0 0 640 400');
  await page.locator('#f').evaluate((f) => Object.assign(f, { width: '960', height: '540' }));
  const handle = await page.locator('#f').elementHandle();
  const inner = (await handle!.contentFrame())!;
  await inner.waitForFunction(embedIsFitted);
  server.close();
  expect(errors).toEqual([]);
});
