// @ts-check
/**
 * Broken-link gate: crawls the build with linkinator (every sitemap page plus 404.html, recursing
 * into same-site links, CSS url()s and #fragments) and does it twice: the main build served at
 * "/" and a second build made with BASE_PATH=/sub/path/ served under that path, as a
 * GitHub-Pages-style host would. Absolute links to SITE_URL are rewritten to the local server;
 * every other http(s) link is external and skipped (no internet here) — their count is printed.
 * The sub-path build also gets the whole-site checks of scripts/check-dist.mjs. Exits 1 on any
 * broken link or problem.
 * Usage: node scripts/check-links.mjs   (env: OUT_DIR main build, SUBPATH_OUT_DIR reuse a sub-path build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { basePath, distDir, serveStatic, sitemapPaths } from './bench/site.mjs';
import { checkDist } from './check-dist.mjs';

const SUB_PATH = '/sub/path/';
const site = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');

/** Builds the site under SUB_PATH into a temporary directory (or reuses SUBPATH_OUT_DIR when it exists). */
function subPathBuild() {
  const given = process.env.SUBPATH_OUT_DIR;
  if (given && existsSync(join(given, 'sitemap-0.xml'))) return given;
  const out = given ?? join(tmpdir(), `links-subpath-${process.pid}`);
  console.log(`Building a copy under ${SUB_PATH} into ${out} …`);
  const started = Date.now();
  const { status } = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: out, BASE_PATH: SUB_PATH, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (status !== 0) throw new Error(`astro build with BASE_PATH=${SUB_PATH} failed`);
  console.log(`… built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

/**
 * Serves one build under its base path and crawls it. Returns the number of broken links.
 * @param {string} dir
 * @param {string} base
 */
async function checkBuild(dir, base) {
  const server = await serveStatic(dir, { base });
  const origin = server.url;
  const external = new Set();
  const started = Date.now();
  try {
    const seeds = [...sitemapPaths(dir, base), '404.html'].map((p) => `${origin}${base}${p}`);
    const checker = new LinkChecker();
    const result = await checker.check({
      path: seeds,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 16,
      timeout: 20_000,
      urlRewriteExpressions: [
        {
          pattern: new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/)`),
          replacement: origin,
        },
      ],
      linksToSkip: async (link) => {
        // Links to SITE_URL are ours: linkinator rewrites them to the local server after this check.
        if (!/^https?:/i.test(link) || link.startsWith(origin) || link.startsWith(`${site}/`))
          return false;
        external.add(link);
        return true;
      },
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN');
    for (const l of broken) {
      const why = l.failureDetails
        ?.map((d) =>
          d instanceof Error
            ? d.message
            : typeof d === 'object' && d && 'message' in d
              ? String(d.message)
              : '',
        )
        .filter(Boolean)
        .join('; ');
      console.log(
        `  BROKEN ${l.status ?? ''} ${l.url.replace(origin, '')}  (on ${l.parent?.replace(origin, '') ?? '?'})${why ? ` ${why}` : ''}`,
      );
    }
    const checked = result.links.filter((l) => l.state === 'OK').length;
    console.log(
      `${base}: ${seeds.length} seed pages, ${checked} links OK, ${broken.length} broken, ${external.size} distinct external links skipped (no internet) — ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return broken.length;
  } finally {
    await server.close();
  }
}

let broken = await checkBuild(distDir(), basePath());
const subDir = subPathBuild();
try {
  broken += await checkBuild(subDir, SUB_PATH);
  // The whole-site checks on the sub-path build too (its _headers rules carry the base path).
  const { problems } = checkDist(subDir, SUB_PATH);
  for (const p of problems) console.log(`  ${SUB_PATH}: ${p}`);
  console.log(`${SUB_PATH}: check-dist found ${problems.length} problems`);
  broken += problems.length;
} finally {
  if (subDir !== process.env.SUBPATH_OUT_DIR) rmSync(subDir, { recursive: true, force: true });
}
console.log(broken ? `${broken} broken link(s).` : 'No broken links.');
process.exit(broken ? 1 : 0);
