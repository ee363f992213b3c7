import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';

/**
 * The response headers of the generated _headers file (scripts/headers.mjs), as the test server
 * (scripts/serve-dist.mjs) sends them like Netlify or Cloudflare Pages would: any site may frame an
 * embed page, no site may frame a chart page (or any other page).
 */
test('embed pages answer frame-ancestors *, other pages frame-ancestors none, all nosniff', async ({
  request,
}) => {
  for (const [path, policy] of [
    ['./embed/fig2a/', 'frame-ancestors *'],
    ['./zh/embed/fig8/', 'frame-ancestors *'],
    ['./charts/fig2a/', "frame-ancestors 'none'"],
    ['./zh/charts/fig2a/', "frame-ancestors 'none'"],
    ['./', "frame-ancestors 'none'"],
    ['./paper/what-is-emergence/', "frame-ancestors 'none'"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toBe(policy);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  // Hosts read _headers; they do not publish it.
  expect((await request.get('./_headers')).status()).toBe(404);
});

test('a page on another origin can frame an embed page but not a chart page', async ({
  page,
  baseURL,
}) => {
  const embed = new URL('./embed/fig2a/', baseURL).href;
  const chart = new URL('./charts/fig2a/', baseURL).href;
  const host = `<!doctype html><html><body>
<iframe name="embed" src="${embed}" title="Embed" width="600" height="400"></iframe>
<iframe name="chart" src="${chart}" title="Chart" width="600" height="400"></iframe></body></html>`;
  // Another port is another origin (127.0.0.2 would be another site too, but macOS does not route it by default).
  const server: Server = createServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(host),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const blocked: string[] = [];
    page.on('console', (msg) => {
      if (/frame-ancestors/.test(msg.text())) blocked.push(msg.text());
    });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
      waitUntil: 'load',
    });
    await expect(
      page.frameLocator('iframe[name="embed"]').locator('emergence-chart svg.chart-svg').first(),
    ).toBeVisible();
    // A refused frame is replaced by the browser's error page: no chart inside, and the console says why.
    await expect.poll(() => page.frame({ name: 'chart' })?.url()).not.toBe(chart);
    expect(await page.frameLocator('iframe[name="chart"]').locator('emergence-chart').count()).toBe(
      0,
    );
    // One refusal (the chart page's); the embed page's frame-ancestors * lets it in.
    await expect.poll(() => blocked.length).toBe(1);
    expect(blocked[0]).toContain(`"frame-ancestors 'none'"`);
  } finally {
    server.close();
  }
});
