// @ts-check
/**
 * Makes sure a Chromium exists before the browser tests: tries Playwright's download (works with
 * internet), then Debian's package when running as root; stops with a clear message when both fail.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, NO_BROWSER_MESSAGE } from './find-chromium.mjs';

/**
 * Runs a command, inheriting stdio; returns true on exit code 0.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', timeout: 5 * 60_000 }).status === 0;
}

/** Returns a description of the browser to use, installing one when needed; exits 1 when impossible. */
export function ensureChromium() {
  let found = findChromium();
  if (found) return found.source;
  console.log("No Chromium found: trying Playwright's download…");
  run('npx', ['playwright', 'install', 'chromium']);
  found = findChromium();
  if (!found && process.getuid?.() === 0) {
    console.log("Trying Debian's chromium package (running as root)…");
    if (run('apt-get', ['update'])) run('apt-get', ['install', '-y', 'chromium']);
    found = findChromium();
  }
  if (!found) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  return found.source;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Browser: ${ensureChromium()}`);
