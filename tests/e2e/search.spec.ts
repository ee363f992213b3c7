import { test, expect } from '@playwright/test';

for (const [path, query, expected] of [
  ['./search/', 'chain of thought', /chain of thought/i],
  ['./zh/search/', '思维链', /思维链/],
] as const) {
  test(`site search on ${path} finds pages for "${query}" offline`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(new URL(baseURL!).origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
    });
    await page.goto(path);
    const input = page.getByRole('textbox').first();
    await input.fill(query);
    const results = page.locator('.pagefind-ui__result');
    await expect(results.first()).toBeVisible({ timeout: 10_000 });
    await expect(results.first()).toContainText(expected);
    expect(foreign).toEqual([]);
  });
}
