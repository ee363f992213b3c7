/**
 * Every route of the site, in one place: one function per kind of page or file, returning its site
 * path without the deployment base ("/zh/charts/fig2a/"); the language helpers that go with them;
 * and the pure base joining that src/site/url.ts applies to every link. Pages, components and
 * endpoints never type a route themselves (tests/unit/routes.test.ts fails when one does), so a
 * route changes here or nowhere.
 *
 * English pages live at the root, Chinese ones under /zh/; files (data, images, decks, oEmbed)
 * exist once for both languages. Ids and slugs go into paths URI-encoded (today's are all plain).
 */
import type { Lang } from '../i18n/ui';

/** The origin used when none is configured: the local server of `npm start` (SITE_URL's default in astro.config.mjs). */
export const LOCAL_SITE = 'http://localhost:4321';

/** The deployment origin as Astro gives it (`Astro.site`, an endpoint's `site`) or as configured (SITE_URL). */
export type SiteOrigin = URL | string | undefined;

const seg = (s: string | number): string => encodeURIComponent(String(s));
const anchored = (path: string, anchor: string | undefined): string =>
  anchor === undefined ? path : `${path}#${anchor}`;

// Languages.

/** The path prefix of a language: "" for English (the root), "/zh" for Chinese. */
export function langPrefix(lang: Lang): '' | '/zh' {
  return lang === 'zh' ? '/zh' : '';
}

/** The value of a `[...lang]` page's `lang` param: undefined puts the English page at the root. */
export function langParam(lang: Lang): 'zh' | undefined {
  return lang === 'zh' ? 'zh' : undefined;
}

/** getStaticPaths entries for a page that exists once per language. */
export function langPaths(): { params: { lang: 'zh' | undefined }; props: { lang: Lang } }[] {
  return (['en', 'zh'] as const).map((lang) => ({
    params: { lang: langParam(lang) },
    props: { lang },
  }));
}

/** The language of a site path: Chinese under /zh/, English everywhere else. */
export function langOfPath(path: string): Lang {
  return path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
}

/** The site path of the same page in another language ("/paper/x/" ↔ "/zh/paper/x/"). */
export function counterpartPath(path: string, target: Lang): string {
  const bare = path.startsWith('/zh/') ? path.slice('/zh'.length) : path === '/zh' ? '/' : path;
  return `${langPrefix(target)}${bare}`;
}

// Pages, one per language.

/** The home page. */
export function homePath(lang: Lang): string {
  return `${langPrefix(lang)}/`;
}

/** The list of explainer sections. */
export function paperIndexPath(lang: Lang): string {
  return `${langPrefix(lang)}/paper/`;
}

/** One explainer section, by its content slug ("what-is-emergence"). */
export function paperPath(lang: Lang, slug: string): string {
  return `${paperIndexPath(lang)}${seg(slug)}/`;
}

/** The list of figures. */
export function figuresPath(lang: Lang): string {
  return `${langPrefix(lang)}/figures/`;
}

/** One figure of the paper, all its panels ("/figures/2/"). */
export function figurePath(lang: Lang, n: number): string {
  return `${figuresPath(lang)}${seg(n)}/`;
}

/** The folder of the chart pages; islands get it base-aware and add ids with `chartInDir`. */
export function chartsDir(lang: Lang): string {
  return `${langPrefix(lang)}/charts/`;
}

/** A chart page inside a charts folder, given as a site path or as a base-aware URL. */
export function chartInDir(dir: string, id: string): string {
  return `${dir}${seg(id)}/`;
}

/** One chart's page, its permalink ("/charts/fig2a/"). */
export function chartPath(lang: Lang, id: string): string {
  return chartInDir(chartsDir(lang), id);
}

/** One chart's chrome-less page for iframes ("/embed/fig2a/"). */
export function embedPath(lang: Lang, id: string): string {
  return `${langPrefix(lang)}/embed/${seg(id)}/`;
}

/** Whether a site path is an embed page (other sites may frame it; it stays out of the sitemap). */
export function isEmbedPath(path: string): boolean {
  return counterpartPath(path, 'en').startsWith('/embed/');
}

/** The data page: downloads and how the numbers were extracted. */
export function dataPath(lang: Lang): string {
  return `${langPrefix(lang)}/data/`;
}

/** The data notes page: where the paper disagrees with itself or its sources. */
export function dataNotesPath(lang: Lang): string {
  return `${dataPath(lang)}notes/`;
}

/** The glossary, or one term on it (`termId` is the anchor). */
export function glossaryPath(lang: Lang, termId?: string): string {
  return anchored(`${langPrefix(lang)}/glossary/`, termId);
}

/** The references, or one work on them (`key` is its citation key, the anchor). */
export function referencesPath(lang: Lang, key?: string): string {
  return anchored(`${langPrefix(lang)}/references/`, key);
}

/** The site search. */
export function searchPath(lang: Lang): string {
  return `${langPrefix(lang)}/search/`;
}

/** About the site. */
export function aboutPath(lang: Lang): string {
  return `${langPrefix(lang)}/about/`;
}

/** The deck presenter (a deck in its query string, or the sample deck). */
export function presentPath(lang: Lang): string {
  return `${langPrefix(lang)}/present/`;
}

/** The deck editor. */
export function presentEditPath(lang: Lang): string {
  return `${presentPath(lang)}edit/`;
}

/** The page static hosts answer with for an unknown path (English only). */
export function notFoundPath(): string {
  return '/404.html';
}

// Files, the same for both languages.

/** The datasets offered for download, as committed in content/data/. */
export const DATASET_FILES = [
  'figures.json',
  'models.json',
  'emergent-abilities.json',
  'bigbench-tasks.json',
  'references.json',
  'data-notes.json',
] as const;

/** The name of a downloadable dataset. */
export type DatasetFile = (typeof DATASET_FILES)[number];

/** A whole dataset ("/data/figures.json"). */
export function datasetPath(file: DatasetFile): string {
  return `/data/${file}`;
}

/** The name of a chart's CSV file under /data/ (the download endpoint's `file` param). */
export function chartCsvFile(id: string): string {
  return `${id}.csv`;
}

/** One chart's points with provenance, as CSV ("/data/fig2a.csv"). */
export function chartCsvPath(id: string): string {
  return `/data/${seg(chartCsvFile(id))}`;
}

/** The folder of the panel bundles; islands get it base-aware and add ids with `panelJsonInDir`. */
export function panelsDir(): string {
  return '/data/panels/';
}

/** A panel bundle inside a panels folder, given as a site path or as a base-aware URL. */
export function panelJsonInDir(dir: string, id: string): string {
  return `${dir}${seg(id)}.json`;
}

/** The data a chart island loads to redraw one panel ("/data/panels/fig2a.json"). */
export function panelJsonPath(id: string): string {
  return panelJsonInDir(panelsDir(), id);
}

/** Formats of a chart's build-time image. */
export type ChartImageFormat = 'png' | 'svg';

/** The name of a chart image under /images/ (the image endpoint's `file` param). */
export function chartImageFile(id: string, format: ChartImageFormat): string {
  return `${id}.${format}`;
}

/** A chart's image in its default view: the 1200×630 preview (png, og:image) or the standalone SVG. */
export function chartImagePath(id: string, format: ChartImageFormat = 'png'): string {
  return `/images/${seg(chartImageFile(id, format))}`;
}

/** The name of a figure's preview image under /images/. */
export function figureImageFile(n: number): string {
  return `figure-${n}.png`;
}

/** A whole figure's 1200×630 preview image ("/images/figure-2.png"). */
export function figureImagePath(n: number): string {
  return `/images/${figureImageFile(n)}`;
}

/** A chart's default view as an editable PowerPoint file ("/pptx/fig2a.pptx"). */
export function pptxPath(id: string): string {
  return `/pptx/${seg(id)}.pptx`;
}

/** A chart's oEmbed response ("/oembed/fig2a.json"). */
export function oembedPath(id: string): string {
  return `/oembed/${seg(id)}.json`;
}

/** The variable Inter (latin) that chart downloads embed in their SVG, under /fonts/. */
export const INTER_FONT_FILE = 'inter-latin-wght-normal.woff2';

/** A font file or the Chinese webfont stylesheet at its stable URL ("/fonts/inter-latin-wght-normal.woff2"). */
export function fontPath(file: string): string {
  return `/fonts/${seg(file)}`;
}

/** The folder of the Pagefind search bundle (written after the build). */
export function pagefindDir(): string {
  return '/pagefind/';
}

/** A file of the Pagefind search bundle. */
export function pagefindPath(file: string): string {
  return `${pagefindDir()}${file}`;
}

/** The sitemap index (written by @astrojs/sitemap). */
export function sitemapIndexPath(): string {
  return '/sitemap-index.xml';
}

/** The robots.txt file. */
export function robotsPath(): string {
  return '/robots.txt';
}

/** Files served as they are from public/. */
export type PublicFile = 'favicon.svg' | 'theme-init.js' | 'present-init.js';

/** A file from public/ ("/favicon.svg"). */
export function publicPath(file: PublicFile): string {
  return `/${file}`;
}

// The deployment base.

/** Joins the deployment base ("/" or "/emergent-abilities/") and a site path, keeping exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  const left = base.endsWith('/') ? base : `${base}/`;
  const right = path.startsWith('/') ? path.slice(1) : path;
  return left + right;
}

/** Removes the deployment base from a pathname, giving the site path ("/paper/x/"); other paths are left alone. */
export function stripBase(base: string, pathname: string): string {
  const left = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(left) ? `/${pathname.slice(left.length)}` : pathname;
}

/** The absolute URL of a site path for a deployment (origin and base), for links that leave the site. */
export function siteUrl(path: string, site: SiteOrigin, base: string): string {
  return new URL(joinBase(base, path), site ?? LOCAL_SITE).href;
}
