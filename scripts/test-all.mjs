// @ts-check
/**
 * `npm test`: everything CI runs, in order, stopping at the first failure:
 * browser check, type check, lint, unit tests, build, end-to-end tests, then the quality gates.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** @type {Array<[string, string, string[]]>} */
const steps = [
  ['type check', 'npx', ['astro', 'check']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['astro', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
  // Quality gates (issue #7), all reading the build made above.
  ['size budgets', 'node', ['scripts/check-budgets.mjs']],
  ['links (root and /sub/path/ builds)', 'node', ['scripts/check-links.mjs']],
  ['HTML validation', 'node', ['scripts/check-html.mjs']],
  ['Lighthouse', 'node', ['scripts/lighthouse.mjs']],
];

console.log(`Browser: ${ensureChromium()}`);
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) process.exit(status ?? 1);
}
// One closing line CI can read: every step above is a whole suite or gate.
console.log(`\nsteps: ${steps.length} passed, 0 failed`);
