import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A route typed by hand: the file, its line, the rule it breaks and the text that breaks it. */
export interface RouteLiteral {
  file: string;
  line: number;
  rule: string;
  text: string;
}

/** The first segments of every route the site serves, and the root files it serves. */
const ROUTE_HEADS = [
  'zh',
  'paper',
  'figures',
  'charts',
  'embed',
  'data',
  'glossary',
  'references',
  'search',
  'about',
  'present',
  'images',
  'pptx',
  'oembed',
  'fonts',
  'pagefind',
  'sitemap-index\\.xml',
  'robots\\.txt',
  '404\\.html',
  'favicon\\.svg',
  'theme-init\\.js',
  'present-init\\.js',
].join('|');

/** What only src/lib/site/routes.ts (or, for the base, src/site/url.ts) may write. */
const RULES: { rule: string; pattern: RegExp }[] = [
  {
    // '/charts/', `/figures/${n}/`, `${prefix}/glossary/#${id}`, "/zh", '/favicon.svg'
    rule: 'a route path in a string: use a function of src/lib/site/routes.ts',
    pattern: new RegExp(`['"\`}]/(?:${ROUTE_HEADS})(?![\\w-])`, 'g'),
  },
  {
    // url('/'), url(`${prefix}...`), absoluteUrl('...')
    rule: 'url()/absoluteUrl() of a literal: pass a path from src/lib/site/routes.ts',
    pattern: /\b(?:url|absoluteUrl)\(\s*['"`]/g,
  },
  {
    // params: { lang: lang === 'zh' ? 'zh' : undefined }
    rule: 'a [...lang] param by hand: use langParam(lang) or langPaths()',
    pattern: /\?\s*['"]zh['"]\s*:\s*undefined\b/g,
  },
  {
    // `${ctx.panelsBase}${encodeURIComponent(id)}.json` in an island
    rule: 'a path added to a folder URL by hand: use chartInDir()/panelJsonInDir()',
    pattern: /(?:Base|Dir)\}\$\{/g,
  },
  {
    rule: 'the deployment base or origin read directly: use src/site/url.ts',
    pattern: /\bimport\.meta\.env\.(?:BASE_URL|SITE)\b/g,
  },
];

const [ROUTE_PATH, , , , BASE_READ] = RULES.map((r) => r.rule);

/** Files that may break a rule, and which. */
const ALLOWED: Record<string, (string | undefined)[]> = {
  'src/lib/site/routes.ts': RULES.map((r) => r.rule),
  'src/site/url.ts': [BASE_READ],
  // Folders on disk that content collections load from, not routes.
  'src/content.config.ts': [ROUTE_PATH],
};

/** Comments and <style> blocks, blanked (newlines kept, so line numbers hold): prose may name a route. */
function code(source: string): string {
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  return source
    .replace(/<style[\s\S]*?<\/style>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[\s;{}(),])\/\/.*$/gm, (m, lead: string) => lead + blank(m.slice(lead.length)));
}

/** The hand-typed routes in one source text. */
export function routeLiterals(source: string, file = '<text>'): RouteLiteral[] {
  const text = code(source);
  const found: RouteLiteral[] = [];
  for (const { rule, pattern } of RULES) {
    if (ALLOWED[file]?.includes(rule)) continue;
    for (const m of text.matchAll(pattern)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ file, line, rule, text: source.split('\n')[line - 1]?.trim() ?? '' });
    }
  }
  return found;
}

/** The hand-typed routes in every .ts, .astro, .js and .mjs file under `root`/src (paths relative to root). */
export function scanRouteLiterals(root: string): RouteLiteral[] {
  return readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|astro|m?js)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
    .flatMap((file) => routeLiterals(readFileSync(join(root, file), 'utf8'), file));
}
