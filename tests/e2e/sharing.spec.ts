import { test, expect, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { PNG_SIGNATURE, pngSize } from '../support/png';

const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as {
  figures: { panels: { chartId: string }[] }[];
};
const CHART_IDS = figures.figures.flatMap((f) => f.panels.map((p) => p.chartId));

/** The large-layout SVG markup of the chart on a page. */
async function chartSvg(page: Page): Promise<string> {
  return page.locator('emergence-chart .chart-layout[data-layout="large"]').innerHTML();
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// The system clipboard is shared by every browser context: tests that copy must not overlap.
test.describe.configure({ mode: 'serial' });

test('change the view, copy the link, open it fresh: same state and identical SVG', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto('./charts/fig2d/');
  const chart = page.locator('emergence-chart');
  await expect(chart).toHaveClass(/is-live/);
  await chart
    .getByRole('group', { name: 'X axis' })
    .getByRole('button', { name: 'Parameters' })
    .click();
  await chart.getByRole('button', { name: 'LaMDA', exact: true }).click();
  await expect(chart.getByRole('button', { name: 'LaMDA', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // Buttons change at once; the redraw follows (renderer and data load on first use).
  await expect(chart).not.toHaveAttribute('aria-busy', 'true');
  const before = await chartSvg(page);
  await chart.locator('.share-menu > summary').click();
  await chart.getByRole('button', { name: 'Copy link' }).click();
  await expect(chart.locator('.share-status')).toHaveText('Copied to the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/charts\/fig2d\/\?x=params&series=GPT-3~PaLM$/);

  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 1200, height: 900 });
  await fresh.goto(link);
  const freshChart = fresh.locator('emergence-chart');
  await expect(freshChart.getByRole('button', { name: 'LaMDA', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(
    freshChart.getByRole('group', { name: 'X axis' }).getByRole('button', { name: 'Parameters' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => chartSvg(fresh)).toBe(before);
  await expect(fresh.locator('.url-notice')).toBeHidden();
});

test('quick successive changes settle on the last one, drawn as a fresh load of its link draws it', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto('./charts/fig2d/');
  const chart = page.locator('emergence-chart');
  await expect(chart).toHaveClass(/is-live/);
  const xAxis = chart.getByRole('group', { name: 'X axis' });
  // Clicked without waiting for redraws, so several are in flight at once.
  for (const name of ['Parameters', 'FLOPs', 'Parameters'])
    await xAxis.getByRole('button', { name, exact: true }).click({ noWaitAfter: true });
  await chart.getByRole('button', { name: 'GPT-3', exact: true }).click({ noWaitAfter: true });
  await expect(chart).not.toHaveAttribute('aria-busy', 'true');
  await expect(page).toHaveURL(/\?x=params&series=LaMDA~PaLM$/);
  const settled = await chartSvg(page);
  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 1200, height: 900 });
  await fresh.goto(page.url());
  await expect(fresh.locator('emergence-chart')).not.toHaveAttribute('aria-busy', 'true');
  await expect.poll(() => chartSvg(fresh)).toBe(settled);
});

test('hostile queries: default state, a notice, no page errors and nothing injected', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./charts/fig2a/');
  const clean = await chartSvg(page);
  for (const query of [
    '?x=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '?series=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '?highlight=javascript:alert(1)&view=__proto__',
    `?theme=${'x'.repeat(6_000)}`,
    '?x=params&x=flops&__proto__[polluted]=1&constructor=1',
  ]) {
    await page.goto(`./charts/fig2a/${query}`);
    await expect(page.locator('.url-notice')).toBeVisible();
    await expect(page.locator('img[onerror], main script:not([src])')).toHaveCount(0);
    if (!query.startsWith('?x=params')) expect(await chartSvg(page)).toBe(clean);
  }
  expect(errors).toEqual([]);
});

test('an auto-height embed inside a host page on another origin renders, resizes the frame to its content and keeps its pinned state', async ({
  page,
  baseURL,
}) => {
  const embedUrl = new URL(
    './embed/fig2a/?x=params&y=linear&series=GPT-3&highlight=&view=chart&theme=light&controls=0&size=normal&labels=legend&height=auto',
    baseURL,
  ).href;
  // The few lines a host page needs: the snippet documented in README.md, used as is.
  const readme = readFileSync('README.md', 'utf8');
  const snippet = /addEventListener\('message'[\s\S]*?\n\s*\}\);/.exec(readme)?.[0];
  expect(snippet, 'README.md documents the host resize snippet').toBeTruthy();
  const host = `<!doctype html><html><body>
<iframe id="f" src="${embedUrl}" title="Chart" width="100%" height="150" style="border:0"></iframe>
<script>${snippet}</script></body></html>`;
  const server: Server = createServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(host),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as AddressInfo).port;
    await page.goto(`http://127.0.0.1:${port}/`);
    const frame = page.frameLocator('#f');
    await expect(frame.locator('svg.chart-svg').first()).toBeVisible();
    await expect(
      frame.locator('.chart-layout[data-layout="large"] .axis-x text').last(),
    ).toHaveText('Model scale (number of parameters)');
    // controls=0 hides the legend buttons; the hidden series is hidden in the drawing itself.
    await expect(frame.locator('.chart-layout g.series[data-series="LaMDA"]')).toHaveAttribute(
      'display',
      'none',
    );
    await expect(frame.locator('.chart-layout g.series[data-series="GPT-3"]')).not.toHaveAttribute(
      'display',
      'none',
    );
    // The pinned view is drawn after load; measure once that redraw is done.
    await expect(frame.locator('emergence-chart')).not.toHaveAttribute('aria-busy', 'true');
    const contentHeight = await frame
      .locator('html')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect
      .poll(async () => Number(await page.locator('#f').getAttribute('height')))
      .toBe(contentHeight);
    expect(contentHeight).toBeGreaterThan(300);
  } finally {
    server.close();
  }
});

/** Copies the embed snippet of one kind from the share menu of an open chart page and returns it. */
async function copySnippet(page: Page, kind: string): Promise<string> {
  const chart = page.locator('emergence-chart');
  await expect(chart).toHaveClass(/is-live/);
  await chart.locator('.share-menu').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await chart.locator('select[name="embed-kind"]').selectOption(kind);
  await chart.locator('.share-status').evaluate((el) => (el.textContent = ''));
  await chart.getByRole('button', { name: 'Copy embed code' }).click();
  // Copying is asynchronous (the share code loads on first use): read only once it reports success.
  await expect(chart.locator('.share-status')).toHaveText('Copied to the clipboard.');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('copy embed code: a fixed 16:9 box that pins every parameter and may copy and share from inside the frame', async ({
  page,
}) => {
  await page.goto('./charts/fig3a/');
  const snippet = await copySnippet(page, 'fixed');
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/fig3a\/\?x=flops&amp;y=linear&amp;series=[^"]+&amp;highlight=&amp;view=chart&amp;theme=\w+&amp;controls=1&amp;size=normal&amp;labels=auto&amp;height=fit" title="[^"]+" width="960" height="540" style="[^"]*aspect-ratio:16\/9" allow="clipboard-write; web-share" loading="lazy"><\/iframe>$/,
  );
});

test('copy embed code: auto height for articles, and image + link in Markdown and HTML for editors without iframes', async ({
  page,
}) => {
  await page.goto('./charts/fig3a/?x=params');
  expect(await copySnippet(page, 'auto')).toMatch(
    /^<iframe src="[^"]+\/embed\/fig3a\/\?x=params&amp;[^"]*&amp;height=auto" title="[^"]+" width="100%" height="520" style="border:0" allow="clipboard-write; web-share"/,
  );
  const markdown = await copySnippet(page, 'markdown');
  expect(markdown).toMatch(
    /^\[!\[[^\]]+\]\(http:\/\/127\.0\.0\.1:\d+\/images\/fig3a\.png\)\]\(http:\/\/127\.0\.0\.1:\d+\/charts\/fig3a\/\?x=params\)$/,
  );
  const html = await copySnippet(page, 'html');
  expect(html).toMatch(
    /^<a href="[^"]+\/charts\/fig3a\/\?x=params"><img src="[^"]+\/images\/fig3a\.png" alt="[^"]+"/,
  );
  // The image the snippets point at exists.
  const image = /\((http[^)]+\.png)\)/.exec(markdown)?.[1] ?? '';
  expect((await page.request.get(image)).status()).toBe(200);
});

for (const [size, expected] of [
  ['1x', { width: 672 }],
  ['2x', { width: 1344 }],
  ['1920x1080', { width: 1920, height: 1080 }],
  ['1280x720', { width: 1280, height: 720 }],
  ['1600x1200', { width: 1600, height: 1200 }],
  ['1080x1080', { width: 1080, height: 1080 }],
] as const) {
  test(`download PNG at ${size} is a PNG of that pixel size`, async ({ page }) => {
    await page.goto('./charts/fig2a/');
    const chart = page.locator('emergence-chart');
    await expect(chart).toHaveClass(/is-live/);
    await chart.locator('.share-menu > summary').click();
    await chart.locator('select[name="size"]').selectOption(size);
    await chart.locator('select[name="theme"]').selectOption('dark');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`fig2a-dark-${size}.png`);
    const bytes = readFileSync((await download.path())!);
    expect(pngSize(bytes)).toMatchObject(expected);
  });
}

test('download SVG is a standalone SVG with its font, title and source line', async ({ page }) => {
  await page.goto('./charts/fig2a/');
  const chart = page.locator('emergence-chart');
  await expect(chart).toHaveClass(/is-live/);
  await chart.locator('.share-menu > summary').click();
  await chart.locator('select[name="format"]').selectOption('svg');
  await chart.locator('input[name="transparent"]').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Download', exact: true }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toContain('@font-face');
  expect(svg).toContain('Mod. arithmetic');
  expect(svg).toMatch(/Data: Wei et al\. \(2022\), Figure 2A/);
  // Transparent: no background rectangle under the chart.
  expect(svg).not.toMatch(/<rect width="\d+" height="[\d.]+" fill=/);
  const parsed = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null,
    svg,
  );
  expect(parsed).toBe(true);
});

test('PowerPoint from the share menu: a native chart, then its picture with a note in the page language', async ({
  page,
}) => {
  await page.goto('./zh/charts/fig2a/');
  const chart = page.locator('emergence-chart');
  await expect(chart).toHaveClass(/is-live/);
  await chart.locator('.share-menu > summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart.locator('button[data-action="download-pptx"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe('fig2a.pptx');
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  expect(await zip.file('ppt/slides/slide2.xml')?.async('string')).toContain('<p:pic>');
  // The note comes from the share menu's button (data-note), written from the dictionary.
  expect(await zip.file('ppt/notesSlides/notesSlide2.xml')?.async('string')).toContain(
    '上一张幻灯片中图表的图片（不可编辑）。',
  );
});

test('copy image puts a PNG on the clipboard', async ({ page }) => {
  await page.goto('./charts/fig2a/');
  const chart = page.locator('emergence-chart');
  await expect(chart).toHaveClass(/is-live/);
  await chart.locator('.share-menu > summary').click();
  await chart.getByRole('button', { name: 'Copy image' }).click();
  await expect(chart.locator('.share-status')).toHaveText('Copied to the clipboard.');
  const info = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item!.getType('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return {
      types: item!.types,
      head: [...bytes.slice(0, 8)],
      width: new DataView(bytes.buffer).getUint32(16),
    };
  });
  expect(info.types).toContain('image/png');
  expect(info.head).toEqual(PNG_SIGNATURE);
  // A 16:9 slide canvas (1920 × 1080), what slide tools paste into.
  expect(info.width).toBe(1920);
});

test('every chart has a preview PNG, SVG and a valid oEmbed file, and its page links them', async ({
  request,
  page,
}) => {
  for (const id of CHART_IDS) {
    const png = await request.get(`./images/${id}.png`);
    expect(png.status(), id).toBe(200);
    expect(pngSize(Buffer.from(await png.body()))).toEqual({ width: 1200, height: 630 });
    expect((await request.get(`./images/${id}.svg`)).status(), id).toBe(200);
    const oembed = (await (await request.get(`./oembed/${id}.json`)).json()) as Record<
      string,
      unknown
    >;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(String(oembed.html)).toContain(`/embed/${id}/`);
  }
  await page.goto('./charts/fig2a/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/images\/fig2a\.png$/,
  );
  await expect(
    page.locator('link[rel="alternate"][type="application/json+oembed"]'),
  ).toHaveAttribute('href', /\/oembed\/fig2a\.json$/);
  await page.goto('./paper/what-is-emergence/');
  await expect(page.locator('meta[name="citation_author"]')).toHaveCount(16);
});

test('the cite panel gives BibTeX for the chart view with its permalink', async ({ page }) => {
  await page.goto('./charts/fig2a/?x=params');
  const chart = page.locator('emergence-chart');
  await expect(chart).toHaveClass(/is-live/);
  await chart.locator('.share-menu > summary').click();
  await chart.locator('.share-cite > summary').click();
  await chart.getByRole('button', { name: /BibTeX for this view/ }).click();
  await expect(chart.locator('.cite-view-output')).toContainText('/charts/fig2a/?x=params}');
  await expect(chart.locator('.share-cite pre').first()).toContainText('@article{wei2022emergent');
});

test('add to deck from the share menu puts the current view in the working deck the editor opens', async ({
  page,
}) => {
  await page.goto('./charts/fig2a/?x=params&series=GPT-3');
  const chart = page.locator('emergence-chart');
  await expect(chart).toHaveClass(/is-live/);
  await expect(chart).not.toHaveAttribute('aria-busy', 'true');
  await chart.locator('.share-menu > summary').click();
  await chart.getByRole('button', { name: 'Add to deck' }).click();
  await expect(chart.locator('.share-status')).toHaveText('Added. Slides in the deck: 1.');
  await chart.getByRole('link', { name: 'Open the deck' }).click();
  const editor = page.locator('deck-editor');
  await expect(editor).toHaveAttribute('data-slides', '1');
  // The deck link carries the chart and the view it was added with.
  await expect(page).toHaveURL(/[?&]s=fig2a(&|$)/);
  await expect(page).toHaveURL(/[?&]x=params(&|$)/);
  await expect(page).toHaveURL(/[?&]series=GPT-3(&|$)/);
});
