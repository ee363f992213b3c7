import { defineConfig, devices } from '@playwright/test';
import { findChromium, NO_BROWSER_MESSAGE, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

const found = findChromium();
if (!found) throw new Error(NO_BROWSER_MESSAGE);

const port = Number(process.env.E2E_PORT ?? 4399);
const base = process.env.BASE_PATH ?? '/';

/** End-to-end tests run against the built site (`dist/`) served by scripts/serve-dist.mjs (a static server, as a host would), never the dev server. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // On CI a stray test.only fails the run instead of silently shrinking it, and a failed test is
  // retried once with a trace (test-results/…/trace.zip; open with `npx playwright show-trace`).
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'on-first-retry',
    launchOptions: { ...(found.path ? { executablePath: found.path } : {}), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve-dist.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
