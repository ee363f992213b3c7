// @ts-check
/**
 * Astro integration for deploy builds:
 * - a deploy build (DEPLOY=1, as `npm run build:deploy` and the GitHub Pages workflow set it) stops
 *   at once when SITE_URL is missing or not an http(s) origin, instead of writing
 *   http://localhost:4321 into every canonical link, og:image, oEmbed file and image source line;
 *   local builds (`npm start`, `npm run build`, the tests) keep the localhost default;
 * - after every build, writes dist/_headers (Netlify / Cloudflare Pages) from the pages the build
 *   produced (scripts/headers.mjs).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath, listFiles } from './bench/site.mjs';
import { formatHeaders, headerRules } from './headers.mjs';

/** Whether this build is for deploying (DEPLOY set to anything but "" or "0"). */
export function isDeployBuild(env = process.env) {
  return Boolean(env['DEPLOY']) && env['DEPLOY'] !== '0';
}

/**
 * The problem with SITE_URL for a deploy build, or null when it is usable.
 * @param {string | undefined} value
 */
export function siteUrlProblem(value) {
  const hint =
    'Set SITE_URL to the origin the site is served from, e.g. SITE_URL=https://example.github.io (and BASE_PATH=/repo/ for a project page).';
  if (!value)
    return `SITE_URL is not set, and a deploy build (DEPLOY=1) needs it for canonical links, preview images and oEmbed files. ${hint}`;
  /** @type {URL} */
  let url;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL="${value}" is not a URL. ${hint}`;
  }
  if (!/^https?:$/.test(url.protocol)) return `SITE_URL="${value}" is not an http(s) URL. ${hint}`;
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    return `SITE_URL="${value}" points at this machine; a deploy build needs the public origin. ${hint}`;
  return null;
}

/** @returns {import('astro').AstroIntegration} */
export default function deploy() {
  let base = '/';
  return {
    name: 'emergence-deploy',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        base = basePath(config.base);
        if (command !== 'build' || !isDeployBuild()) return;
        const problem = siteUrlProblem(process.env['SITE_URL']);
        if (problem) throw new Error(problem);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = resolve(fileURLToPath(dir));
        const rules = headerRules(listFiles(out, '.html'), base);
        writeFileSync(join(out, '_headers'), formatHeaders(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
