// @ts-check
/**
 * `npm test`: everything CI runs, stopping at the first failure: the checks that need neither a
 * build nor a browser, the build, the checks that read the build without a browser (every page),
 * then the browser tests (behaviour, and a sample of pages per route type, language and theme) and
 * Lighthouse. Steps in a group's lanes run side by side (two cores: one lane each) when they touch
 * disjoint files; a lane's steps run one after another. Each step's output is printed as one block
 * when it ends, with its time; the last lines sum the times up.
 */
import { spawn } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** @typedef {[string, string, string[]]} Step name, command, arguments */
/** @typedef {Step[]} Lane steps run one after another */

/**
 * Groups run in order; the lanes of a group run at the same time. `astro check`, `astro build` and
 * the unit tests (which build fixtures) all write .astro/, so they never share a group.
 * @type {Lane[][]}
 */
const plan = [
  [
    [['type check', 'npx', ['astro', 'check']]],
    [
      [
        'lint (eslint, incl. the src/lib layer rule)',
        'npx',
        ['eslint', '--max-warnings', '0', '.'],
      ],
      ['format (prettier --check)', 'npx', ['prettier', '--check', '.']],
      ['declared dependencies', 'node', ['scripts/check-deps.mjs']],
    ],
  ],
  [[['unit tests', 'npx', ['vitest', 'run']]]],
  [[['build', 'npx', ['astro', 'build']]]],
  [
    [
      // Every built page, no browser.
      [
        'site checks (CSP, inline scripts, foreign URLs, _headers, no-JS charts)',
        'node',
        ['scripts/check-dist.mjs'],
      ],
      // Chinese pages: no literal ** or __, no space between CJK characters (issue #14).
      ['Chinese typography', 'node', ['scripts/check-cjk-text.mjs']],
      ['HTML validation', 'node', ['scripts/check-html.mjs']],
      // Quality gates (issue #7), all reading the build made above.
      ['size budgets', 'node', ['scripts/check-budgets.mjs']],
    ],
    // Builds a second copy under /sub/path/ (into a temporary directory) and crawls both.
    [['links (root and /sub/path/ builds)', 'node', ['scripts/check-links.mjs']]],
  ],
  // Browser: behaviour, and a sample of pages per route type, language and theme.
  [[['end-to-end tests', 'npx', ['playwright', 'test']]]],
  [[['Lighthouse', 'node', ['scripts/lighthouse.mjs']]]],
];

/** @type {string[]} */
const times = [];

/**
 * Runs one step; with `capture`, its output is held and printed as one block when it ends.
 * @param {Step} step
 * @param {boolean} capture
 * @returns {Promise<boolean>} whether it passed
 */
function run([name, command, args], capture) {
  const header = `\n=== ${name}: ${command} ${args.join(' ')}`;
  if (!capture) console.log(header);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      times.push(`${seconds.padStart(6)} s  ${name}`);
      if (capture) process.stdout.write(`${header}\n${Buffer.concat(output).toString()}`);
      console.log(`=== ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
      done(status === 0);
    });
  });
}

/**
 * Runs a lane's steps one after another, stopping at the first failure.
 * @param {Lane} lane
 * @param {boolean} capture
 */
async function runLane(lane, capture) {
  for (const step of lane) if (!(await run(step, capture))) return false;
  return true;
}

console.log(`Browser: ${ensureChromium()}`);
const allStarted = Date.now();
let count = 0;
for (const group of plan) {
  const results = await Promise.all(group.map((lane) => runLane(lane, group.length > 1)));
  count += group.reduce((n, lane) => n + lane.length, 0);
  if (results.includes(false)) process.exit(1);
}
console.log(
  `\n${times.join('\n')}\n${((Date.now() - allStarted) / 1000).toFixed(1).padStart(6)} s  total (wall clock; steps in one group overlap)`,
);
// One closing line CI can read: every step above is a whole suite or gate.
console.log(`\nsteps: ${count} passed, 0 failed`);
