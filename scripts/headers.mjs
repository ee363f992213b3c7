// @ts-check
/**
 * The `_headers` file (Netlify / Cloudflare Pages format) derived from the pages a build produced,
 * and a reader for it that the test server uses to answer with the same headers a host would.
 *
 * Hosts combine the headers of every rule a path matches, so `frame-ancestors` cannot be "none for
 * everything, * for embeds": each rule must cover pages of one framing policy only. The rules are
 * therefore the coarsest folders whose pages all share a policy (embed pages: any site may frame
 * them; every other page: none), found by walking the built HTML files — a new section of the site
 * gets its rule without anyone editing a list.
 */

/** Headers every response gets. */
export const COMMON_HEADERS = /** @type {Array<[string, string]>} */ ([
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
]);

/** `frame-ancestors` value for a built page ("embed/fig2a/index.html", "zh/embed/x/index.html", "404.html"). */
export function framePolicy(/** @type {string} */ htmlFile) {
  return /^(?:[^/]+\/)?embed\//.test(htmlFile) ? '*' : "'none'";
}

/**
 * @typedef {{ path: string, headers: Array<[string, string]> }} HeaderRule
 */

/**
 * Rules for a build, given its HTML files relative to dist ("index.html", "paper/x/index.html", …)
 * and the base path it is served under ("/" or "/sub/path/").
 * @param {string[]} htmlFiles
 * @param {string} [base]
 * @returns {HeaderRule[]}
 */
export function headerRules(htmlFiles, base = '/') {
  /** @type {HeaderRule[]} */
  const rules = [{ path: `${base}*`, headers: COMMON_HEADERS }];
  const csp = (/** @type {string} */ policy) =>
    /** @type {Array<[string, string]>} */ ([
      ['Content-Security-Policy', `frame-ancestors ${policy}`],
    ]);
  /** @param {string} prefix folder relative to dist, "" or ending in "/" */
  const cover = (prefix) => {
    const inside = htmlFiles.filter((f) => f.startsWith(prefix));
    const policies = new Set(inside.map(framePolicy));
    if (policies.size === 1 && prefix !== '') {
      rules.push({ path: `${base}${prefix}*`, headers: csp([...policies][0] ?? "'none'") });
      return;
    }
    // Mixed (or the site root, whose "/*" would also match every other rule): pages here one by one, folders below recursively.
    for (const file of inside.filter((f) => !f.slice(prefix.length).includes('/')).sort()) {
      const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
      rules.push({ path: `${base}${path}`, headers: csp(framePolicy(file)) });
    }
    const folders = new Set(
      inside
        .map((f) => f.slice(prefix.length))
        .filter((rest) => rest.includes('/'))
        .map((rest) => rest.slice(0, rest.indexOf('/') + 1)),
    );
    for (const folder of [...folders].sort()) cover(`${prefix}${folder}`);
  };
  cover('');
  return rules;
}

/**
 * The text of a `_headers` file.
 * @param {HeaderRule[]} rules
 */
export function formatHeaders(rules) {
  const intro = [
    '# Generated at build time by scripts/headers.mjs from the pages of this build: do not edit.',
    '# Read by Netlify and Cloudflare Pages; other hosts: see "Security headers" in README.md.',
    '# Embed pages may be framed by any site (frame-ancestors *), every other page by none.',
  ];
  return `${intro.join('\n')}\n${rules.map((r) => `${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}`).join('\n\n')}\n`;
}

/**
 * Parses a `_headers` file: a path line, then indented `Name: value` lines; `#` starts a comment.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers: cannot read line "${line}"`);
    rule.headers.push([m[1] ?? '', (m[2] ?? '').trim()]);
  }
  return rules;
}

/**
 * Whether a rule's path pattern matches a request path: `*` matches anything (splat), `:name` one
 * segment, everything else literally (Netlify and Cloudflare Pages semantics).
 * @param {string} pattern
 * @param {string} path
 */
export function pathMatches(pattern, path) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host sends for a path: every matching rule's, values of a repeated name joined
 * with ", " (as Netlify does; two CSPs joined this way are both enforced).
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Map<string, { name: string, values: string[] }>} */
  const out = new Map();
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const entry = out.get(name.toLowerCase()) ?? { name, values: [] };
      entry.values.push(value);
      out.set(name.toLowerCase(), entry);
    }
  }
  return Object.fromEntries([...out.values()].map((e) => [e.name, e.values.join(', ')]));
}
