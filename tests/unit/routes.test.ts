import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  aboutPath,
  chartCsvFile,
  chartCsvPath,
  chartImageFile,
  chartImagePath,
  chartInDir,
  chartPath,
  chartsDir,
  counterpartPath,
  dataNotesPath,
  dataPath,
  DATASET_FILES,
  datasetPath,
  embedPath,
  figureImageFile,
  figureImagePath,
  figurePath,
  figuresPath,
  fontPath,
  glossaryPath,
  homePath,
  INTER_FONT_FILE,
  isEmbedPath,
  joinBase,
  langOfPath,
  langParam,
  langPaths,
  langPrefix,
  notFoundPath,
  oembedPath,
  pagefindDir,
  pagefindPath,
  panelJsonInDir,
  panelJsonPath,
  panelsDir,
  paperIndexPath,
  paperPath,
  pptxPath,
  presentEditPath,
  presentPath,
  publicPath,
  referencesPath,
  robotsPath,
  searchPath,
  sitemapIndexPath,
  siteUrl,
  stripBase,
} from '../../src/lib/site/routes';
import type { Lang } from '../../src/lib/i18n/ui';
import { routeLiterals, scanRouteLiterals } from '../support/route-literals';

const ROOT = new URL('../../', import.meta.url).pathname;
const LANGS: Lang[] = ['en', 'zh'];

/** Every kind of per-language page, with sample arguments, and its English site path. */
const PAGES: [kind: string, path: (lang: Lang) => string, english: string][] = [
  ['home', homePath, '/'],
  ['paper index', paperIndexPath, '/paper/'],
  ['paper section', (l) => paperPath(l, 'what-is-emergence'), '/paper/what-is-emergence/'],
  ['figures index', figuresPath, '/figures/'],
  ['figure', (l) => figurePath(l, 11), '/figures/11/'],
  ['chart', (l) => chartPath(l, 'fig2a'), '/charts/fig2a/'],
  ['embed', (l) => embedPath(l, 'fig4-r1c2'), '/embed/fig4-r1c2/'],
  ['data', dataPath, '/data/'],
  ['data notes', dataNotesPath, '/data/notes/'],
  ['glossary', (l) => glossaryPath(l), '/glossary/'],
  ['glossary term', (l) => glossaryPath(l, 'emergence'), '/glossary/#emergence'],
  ['references', (l) => referencesPath(l), '/references/'],
  ['one reference', (l) => referencesPath(l, 'brown2020'), '/references/#brown2020'],
  ['search', searchPath, '/search/'],
  ['about', aboutPath, '/about/'],
  ['present', presentPath, '/present/'],
  ['present edit', presentEditPath, '/present/edit/'],
];

/** Every kind of language-neutral file, with sample arguments, and its site path. */
const FILES: [kind: string, path: string, expected: string][] = [
  ['panel bundle', panelJsonPath('fig2a'), '/data/panels/fig2a.json'],
  ['dataset', datasetPath('data-notes.json'), '/data/data-notes.json'],
  ['chart CSV', chartCsvPath('fig4-r1c2'), '/data/fig4-r1c2.csv'],
  ['chart preview PNG', chartImagePath('fig2a'), '/images/fig2a.png'],
  ['chart SVG', chartImagePath('fig2a', 'svg'), '/images/fig2a.svg'],
  ['figure preview PNG', figureImagePath(2), '/images/figure-2.png'],
  ['PowerPoint', pptxPath('fig2a'), '/pptx/fig2a.pptx'],
  ['oEmbed', oembedPath('fig2a'), '/oembed/fig2a.json'],
  ['font', fontPath(INTER_FONT_FILE), '/fonts/inter-latin-wght-normal.woff2'],
  ['search bundle file', pagefindPath('pagefind-ui.css'), '/pagefind/pagefind-ui.css'],
  ['sitemap', sitemapIndexPath(), '/sitemap-index.xml'],
  ['robots.txt', robotsPath(), '/robots.txt'],
  ['404 page', notFoundPath(), '/404.html'],
  ['favicon', publicPath('favicon.svg'), '/favicon.svg'],
  ['theme bootstrap', publicPath('theme-init.js'), '/theme-init.js'],
  ['deck bootstrap', publicPath('present-init.js'), '/present-init.js'],
];

describe('routes: one function per page and file', () => {
  for (const [kind, path, english] of PAGES) {
    it(`${kind}: English at the root, Chinese under /zh/`, () => {
      expect(path('en')).toBe(english);
      expect(path('zh')).toBe(`/zh${english}`);
    });
  }

  it('files have one path for both languages', () => {
    for (const [kind, path, expected] of FILES) expect(path, kind).toBe(expected);
  });

  it('the folders islands receive give the same paths as the page-side functions', () => {
    for (const base of ['/', '/sub/path/'])
      for (const lang of LANGS) {
        expect(chartInDir(joinBase(base, chartsDir(lang)), 'fig2a')).toBe(
          joinBase(base, chartPath(lang, 'fig2a')),
        );
        expect(panelJsonInDir(joinBase(base, panelsDir()), 'fig2a')).toBe(
          joinBase(base, panelJsonPath('fig2a')),
        );
      }
    expect(pagefindPath('x.js')).toBe(`${pagefindDir()}x.js`);
  });

  it('the file names endpoints serve are the last segment of their paths', () => {
    expect(chartCsvPath('fig2a').endsWith(`/${chartCsvFile('fig2a')}`)).toBe(true);
    expect(chartImagePath('fig2a', 'svg').endsWith(`/${chartImageFile('fig2a', 'svg')}`)).toBe(
      true,
    );
    expect(figureImagePath(3).endsWith(`/${figureImageFile(3)}`)).toBe(true);
    for (const file of DATASET_FILES) expect(datasetPath(file)).toBe(`/data/${file}`);
  });

  it('ids and slugs are one path segment, URI-encoded', () => {
    expect(chartPath('en', 'a b/c')).toBe('/charts/a%20b%2Fc/');
    expect(paperPath('zh', 'x?y')).toBe('/zh/paper/x%3Fy/');
    expect(panelJsonPath('a/b')).toBe('/data/panels/a%2Fb.json');
  });

  it('isEmbedPath(path) is true for embed pages in either language only', () => {
    expect(isEmbedPath(embedPath('en', 'fig2a'))).toBe(true);
    expect(isEmbedPath(embedPath('zh', 'fig2a'))).toBe(true);
    expect(isEmbedPath(chartPath('zh', 'fig2a'))).toBe(false);
    expect(isEmbedPath('/paper/embed/')).toBe(false);
  });
});

describe('routes: languages', () => {
  it('langPrefix and langParam agree: the [...lang] param is the folder the prefix names', () => {
    for (const lang of LANGS) {
      const param = langParam(lang);
      expect(langPrefix(lang)).toBe(param === undefined ? '' : `/${param}`);
    }
    expect(langPaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'zh' }, props: { lang: 'zh' } },
    ]);
  });

  it('counterpartPath round-trips every page between its English and Chinese twins', () => {
    for (const [kind, path] of PAGES) {
      const en = path('en');
      const zh = path('zh');
      expect(counterpartPath(en, 'zh'), kind).toBe(zh);
      expect(counterpartPath(zh, 'en'), kind).toBe(en);
      expect(counterpartPath(en, 'en'), kind).toBe(en);
      expect(counterpartPath(zh, 'zh'), kind).toBe(zh);
      expect(counterpartPath(counterpartPath(en, 'zh'), 'en'), kind).toBe(en);
    }
    expect(counterpartPath('/zh', 'en')).toBe('/');
  });

  it('langOfPath(path) is zh only under /zh/; files count as English', () => {
    for (const [kind, path] of PAGES) {
      expect(langOfPath(path('en')), kind).toBe('en');
      expect(langOfPath(path('zh')), kind).toBe('zh');
    }
    for (const [kind, path] of FILES) expect(langOfPath(path), kind).toBe('en');
    expect(langOfPath('/zh')).toBe('zh');
    expect(langOfPath('/zhx/')).toBe('en');
  });
});

describe('routes: the deployment base', () => {
  it('joinBase(base, path) keeps exactly one slash between the base and the path', () => {
    expect(joinBase('/', '/figures/')).toBe('/figures/');
    expect(joinBase('/', '/')).toBe('/');
    expect(joinBase('/sub/path/', '/figures/')).toBe('/sub/path/figures/');
    expect(joinBase('/sub/path/', '/')).toBe('/sub/path/');
    expect(joinBase('/sub/path', 'figures/')).toBe('/sub/path/figures/');
  });

  it('stripBase(base, pathname) undoes joinBase for every route, and leaves other paths alone', () => {
    for (const base of ['/', '/sub/path/'])
      for (const path of [...PAGES.flatMap(([, p]) => LANGS.map(p)), ...FILES.map(([, p]) => p)])
        expect(stripBase(base, joinBase(base, path))).toBe(path);
    expect(stripBase('/sub/path/', '/other/')).toBe('/other/');
  });

  it('siteUrl(path, site, base) is the absolute URL under the origin and base', () => {
    expect(siteUrl(chartPath('zh', 'fig2a'), 'https://example.org', '/')).toBe(
      'https://example.org/zh/charts/fig2a/',
    );
    expect(siteUrl(homePath('en'), new URL('https://example.org'), '/sub/path/')).toBe(
      'https://example.org/sub/path/',
    );
    expect(siteUrl(oembedPath('fig8'), undefined, '/sub/path/')).toBe(
      'http://localhost:4321/sub/path/oembed/fig8.json',
    );
  });
});

describe('src/site/url.ts applies the configured base and origin', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  for (const base of ['/', '/sub/path/']) {
    it(`url() and absoluteUrl() under BASE_URL=${base}`, async () => {
      vi.stubEnv('BASE_URL', base);
      vi.stubEnv('SITE', 'https://example.org');
      vi.resetModules();
      const { absoluteUrl, sitePath, url } = await import('../../src/site/url');
      expect(url(chartPath('zh', 'fig2a'))).toBe(`${base}zh/charts/fig2a/`);
      expect(url(homePath('en'))).toBe(base);
      expect(absoluteUrl(figureImagePath(2))).toBe(`https://example.org${base}images/figure-2.png`);
      expect(sitePath(`${base}zh/paper/x/`)).toBe('/zh/paper/x/');
    });
  }
});

/** The site paths a page file under src/pages serves, as a pattern ("[...lang]/charts/[id].astro" → /charts/x/ and /zh/charts/x/). */
function pagePattern(file: string): RegExp {
  let path = `/${file.replace(/\.astro$/, '/').replace(/\.ts$/, '')}`.replace(/\/index\/$/, '/');
  if (file === '404.astro') path = '/404.html';
  const source = path
    .split(/(\[\.\.\.lang\]\/|\[[^\]]+\])/)
    .map((part) =>
      part === '[...lang]/'
        ? '(?:zh/)?'
        : part.startsWith('[')
          ? '[^/]+'
          : part.replace(/[.*+?^${}()|\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

describe('routes: every route is served, every page is routed', () => {
  const pages = readdirSync(join(ROOT, 'src/pages'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(join(ROOT, 'src/pages'), join(e.parentPath, e.name)).split(sep).join('/'));
  const patterns = pages.map((file) => ({ file, pattern: pagePattern(file) }));
  const publicFiles = new Set(readdirSync(join(ROOT, 'public')).map((f) => `/${f}`));
  /** Written after the build by integrations (@astrojs/sitemap, scripts/pagefind-integration.mjs), not by a page. */
  const generated = [sitemapIndexPath(), pagefindDir()];
  const all = [...PAGES.flatMap(([, p]) => LANGS.map(p)), ...FILES.map(([, p]) => p)].map(
    (p) => p.split('#')[0] ?? p,
  );

  it('each route path is a page or endpoint under src/pages, a file in public/ or an integration output', () => {
    for (const path of all) {
      const served =
        patterns.some(({ pattern }) => pattern.test(path)) ||
        publicFiles.has(path) ||
        generated.some((g) => path.startsWith(g));
      expect(served, path).toBe(true);
    }
  });

  it('each page and endpoint under src/pages has a route function', () => {
    for (const { file, pattern } of patterns)
      expect(
        all.some((path) => pattern.test(path)),
        file,
      ).toBe(true);
  });
});

describe('no hand-typed routes in src/', () => {
  it('the scanner flags the shapes routes used to be typed in', () => {
    const before = [
      "const prefix = lang === 'zh' ? '/zh' : '';",
      'url(`${prefix}/figures/${n}/`)',
      'absoluteUrl(`/charts/${id}/`, site, base)',
      'fetch(`/data/panels/${id}.json`)',
      "chartsBase: this.dataset.chartsBase ?? '/charts/',",
      'loadBundle(`${ctx.panelsBase}${encodeURIComponent(c.chart)}.json`)',
      "params: { lang: lang === 'zh' ? 'zh' : undefined, id },",
      "<a href={url('/')}>Home</a>",
      '<link rel="icon" href={url(\'/favicon.svg\')} />',
      'const base = import.meta.env.BASE_URL;',
      "if (tag === 'table1') return '/paper/emergent-abilities-table/';",
    ];
    for (const line of before) expect(routeLiterals(line), line).not.toEqual([]);
  });

  it('the scanner leaves route functions, comments and file-system paths alone', () => {
    const fine = [
      'url(chartPath(lang, id))',
      '// links to /charts/<id>/ go through the routes module',
      '/** "/data/panels/" (base-aware). */',
      "readFileSync('content/data/figures.json')",
      'const a = `${id}-${theme}.svg`;',
      "new URL('https://arxiv.org/abs/2206.07682')",
    ];
    for (const line of fine) expect(routeLiterals(line), line).toEqual([]);
  });

  it('no file in src/ outside src/lib/site/routes.ts types a route, a [...lang] param or the base', () => {
    const found = scanRouteLiterals(ROOT).map((f) => `${f.file}:${f.line}  ${f.rule}  ${f.text}`);
    expect(found).toEqual([]);
  });
});
