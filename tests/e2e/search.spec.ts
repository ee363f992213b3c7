import { test, expect } from '@playwright/test';
import { watchForeignRequests } from './helpers';

for (const [path, query, expected] of [
  ['./search/', 'chain of thought', /chain of thought/i],
  ['./zh/search/', '思维链', /思维链/],
] as const) {
  test(`site search on ${path} finds pages for "${query}" offline`, async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL!);
    await page.goto(path);
    const input = page.getByRole('textbox').first();
    await input.fill(query);
    const results = page.locator('.pagefind-ui__result');
    await expect(results.first()).toBeVisible({ timeout: 10_000 });
    await expect(results.first()).toContainText(expected);
    expect(foreign).toEqual([]);
  });
}
