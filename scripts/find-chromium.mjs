// @ts-check
/**
 * Finds a Chromium for Playwright, in the order the README documents:
 * Playwright's own download, then $CHROMIUM_PATH, then Debian's chromium.
 * Plain JS (not TS) so both playwright.config.ts and scripts/test-all.mjs can use it without a build step.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian puts the real binary here; /usr/bin/chromium is a wrapper script. */
export const DEBIAN_CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** Returns `{ path, source }` for the first Chromium found, or `null`. `path` is undefined for Playwright's own browser. */
export function findChromium() {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own))
      return { path: undefined, source: `Playwright's Chromium (${own})` };
  } catch {
    // executablePath() throws when no browser was downloaded; fall through.
  }
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: `CHROMIUM_PATH (${fromEnv})` };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
  }
  for (const candidate of DEBIAN_CHROMIUM) {
    if (existsSync(candidate)) return { path: candidate, source: `system Chromium (${candidate})` };
  }
  return null;
}

/** Explains how to get a browser when none is found. */
export const NO_BROWSER_MESSAGE = [
  'No Chromium found for the end-to-end tests. Get one of:',
  '  npx playwright install chromium        (with internet access)',
  '  sudo apt-get install chromium          (Debian/Ubuntu)',
  '  CHROMIUM_PATH=/path/to/chrome npm test  (any Chromium or Chrome you already have)',
].join('\n');

/** Launch flags that work as root, offline and in containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
];
