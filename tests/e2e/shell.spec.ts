import { test, expect } from '@playwright/test';
import { watchForeignRequests } from './helpers';
import { basePath } from '../../scripts/bench/site.mjs';

test('home page shows the paper title, all 16 authors and links onward', async ({
  page,
  baseURL,
}) => {
  const foreign = watchForeignRequests(page, baseURL!);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Emergent Abilities of Large Language Models',
  );
  const authors = await page.locator('.authors').textContent();
  expect(authors?.split(',').map((s) => s.trim())).toHaveLength(16);
  await expect(page.getByRole('link', { name: 'Read the explainer' })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('navigation reaches the explainer contents and the MDX page renders its heading', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Paper' }).click();
  await expect(page).toHaveURL(/\/paper\/$/);
  await page.getByRole('link', { name: 'What is an emergent ability?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is an emergent ability?');
  await expect(page.getByRole('heading', { level: 2, name: 'The definition' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Paper' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('every page has a title, a description and a canonical URL', async ({ page }) => {
  for (const path of ['./', './paper/what-is-emergence/', './about/']) {
    await page.goto(path);
    expect(await page.title()).toMatch(/Emergent Abilities Explorer/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10}/);
    // The whole path after the origin: for "./" a bare "/$" would accept any page's canonical URL.
    const expected = `${basePath()}${path.slice(2)}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`^https?://[^/]+${expected}$`),
    );
  }
});

test('theme toggle persists across reloads and the stored theme is applied before the body is parsed', async ({
  page,
}) => {
  // Records the theme at the moment <body> is inserted: a deferred theme script would leave it unset (a flash).
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string }).themeAtBody =
          document.documentElement.dataset.theme ?? 'unset';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Toggle dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  expect(
    await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody),
  ).toBe('dark');
  await expect(page.getByRole('button', { name: 'Toggle dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 22, 27)');
});

test('the system dark preference applies without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    colorScheme: 'dark',
    baseURL: baseURL!,
  });
  const page = await context.newPage();
  await page.goto('./');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(20, 22, 27)',
  );
  await context.close();
});

test('an unknown path is answered with the 404 page', async ({ page }) => {
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the layout fits a 320 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['./', './paper/what-is-emergence/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

// axe on every route type in both languages and themes: tests/e2e/sample-pages.spec.ts.
