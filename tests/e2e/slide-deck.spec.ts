import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test, expect, type Frame, type Page } from '@playwright/test';
import { embedIsFitted } from './helpers';

/**
 * The real client of embeds in slides: a reveal.js deck (16:9, 1280×720) served from a second
 * origin (127.0.0.2) embeds charts full-width in its slides, as a presenter would paste them.
 * Stepping through the deck and resizing the window (the deck rescales its slides), each chart must
 * fit its frame; no console errors anywhere; no request may leave the two origins.
 */
const REVEAL = join('node_modules', 'reveal.js', 'dist');
const SLIDES = [
  { id: 'fig2a', query: 'size=slide' },
  { id: 'fig7a', query: 'size=slide&controls=0' },
  { id: 'fig8', query: 'size=slide&theme=dark' },
  { id: 'fig3d', query: 'size=normal&x=params' },
];

/** The deck page: reveal.js from the package, one iframe per slide, the frame sized as a presenter would size it. */
function deckHtml(siteOrigin: string, base: string): string {
  const sections = SLIDES.map(
    (s) =>
      `<section><iframe src="${siteOrigin}${base}embed/${s.id}/?${s.query}" title="${s.id}" width="1200" height="640" style="border:0" allow="clipboard-write; web-share"></iframe></section>`,
  ).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Deck</title>
<link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css"></head>
<body><div class="reveal"><div class="slides">${sections}</div></div>
<script src="/reveal/reveal.js"></script>
<script>Reveal.initialize({ width: 1280, height: 720, hash: false, transition: 'none', controls: false, progress: false });</script>
</body></html>`;
}

/** Serves the deck and reveal.js's own files from 127.0.0.2 (a second origin on this machine). */
async function serveDeck(html: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
    // The browser asks the deck's origin for a favicon; the deck has none.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const m = /^\/reveal\/([\w./-]+)$/.exec(path);
    if (!m || m[1]!.includes('..')) return void res.writeHead(404).end();
    try {
      const body = readFileSync(join(REVEAL, m[1]!));
      const type = m[1]!.endsWith('.css')
        ? 'text/css'
        : m[1]!.endsWith('.js')
          ? 'text/javascript'
          : 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  return { server, origin: `http://127.0.0.2:${(server.address() as AddressInfo).port}` };
}

/** The embed frame of the slide on screen. */
async function currentFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('.reveal .slides section.present iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no frame on the current slide');
  return frame;
}

/** Waits for the embed to be drawn for its frame, then checks it fits: no scrolling, the chart SVG inside the viewport. */
async function expectFits(frame: Frame, label: string): Promise<void> {
  await frame.waitForFunction(embedIsFitted, undefined, { timeout: 10_000 });
  const r = await frame.evaluate(() => {
    const svg = document.querySelector('[data-fit] svg')!.getBoundingClientRect();
    const source = document.querySelector('.embed-source')!.getBoundingClientRect();
    const title = document.querySelector('.chart-title')!.getBoundingClientRect();
    return {
      sw: document.documentElement.scrollWidth,
      sh: document.documentElement.scrollHeight,
      w: innerWidth,
      h: innerHeight,
      svg: svg.toJSON() as DOMRect,
      source: source.toJSON() as DOMRect,
      title: title.toJSON() as DOMRect,
    };
  });
  expect(r.sw, `${label}: no horizontal scrolling`).toBeLessThanOrEqual(r.w);
  expect(r.sh, `${label}: no vertical scrolling`).toBeLessThanOrEqual(r.h);
  expect(r.svg.top, label).toBeGreaterThanOrEqual(r.title.bottom - 1);
  expect(r.svg.bottom, `${label}: chart above the source line`).toBeLessThanOrEqual(
    r.source.top + 1,
  );
  expect(r.source.bottom, `${label}: source line visible`).toBeLessThanOrEqual(r.h + 0.5);
  expect(r.svg.right, label).toBeLessThanOrEqual(r.w + 0.5);
}

test('a reveal.js deck on another origin steps through embedded charts that fit their slides, before and after the deck rescales', async ({
  page,
  baseURL,
}) => {
  const site = new URL(baseURL!);
  const { server, origin } = await serveDeck(deckHtml(site.origin, site.pathname));
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const o = new URL(r.url()).origin;
    if (
      !r.url().startsWith('data:') &&
      !r.url().startsWith('blob:') &&
      o !== origin &&
      o !== site.origin
    )
      outside.push(r.url());
  });
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() =>
      (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady(),
    );
    for (const [i, slide] of SLIDES.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page.locator('.reveal .slides section.present iframe')).toHaveAttribute(
        'title',
        slide.id,
      );
      await expectFits(await currentFrame(page), `${slide.id} at 1280×720`);
    }
    // A smaller window: reveal.js scales the slides down; each chart still fits its frame.
    await page.setViewportSize({ width: 800, height: 500 });
    for (const slide of [...SLIDES].reverse()) {
      await expect(page.locator('.reveal .slides section.present iframe')).toHaveAttribute(
        'title',
        slide.id,
      );
      await expectFits(await currentFrame(page), `${slide.id} at 800×500`);
      await page.keyboard.press('ArrowLeft');
    }
    // The slide charts use slide type: tick labels at least 2.5 % of the frame height.
    await page.keyboard.press('Home');
    const frame = await currentFrame(page);
    const { tick, frameHeight } = await frame.evaluate(() => ({
      tick:
        Number(
          getComputedStyle(document.querySelector('[data-fit] svg .axis-y text')!).fontSize.replace(
            'px',
            '',
          ),
        ) *
        (document.querySelector('[data-fit] svg')!.getBoundingClientRect().height /
          (document.querySelector('[data-fit] svg') as SVGSVGElement).viewBox.baseVal.height),
      frameHeight: innerHeight,
    }));
    expect(tick).toBeGreaterThanOrEqual(frameHeight * 0.025);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    server.close();
  }
});
