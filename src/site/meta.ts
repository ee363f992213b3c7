/**
 * Sharing metadata for chart and figure pages: the og:image path and its alt text, the oEmbed
 * discovery URL, and the oEmbed response itself. Pure (no file system), so pages can import it.
 */
import { FIGURES, panelBundle, panelById, panelLabel } from './datasets';
import { figureCaption } from './captions';
import {
  chartImagePath,
  chartPath,
  embedPath,
  figureImagePath,
  figurePath,
  homePath,
  oembedPath,
  siteUrl,
  type SiteOrigin,
} from '../lib/site/routes';
import { SITE } from '../lib/site/paper';
import { creditLine, creditParts as creditPartsFrom } from '../lib/site/credit';
import { t } from '../lib/i18n/t';
import type { Lang } from '../lib/i18n/ui';
import { bundleChartModel } from '../lib/chart/panel-bundle';
import { defaultView } from '../lib/chart/view';
import { PREVIEW_SIZE } from '../lib/export/preview-image';
import { EMBED_BOX, fixedIframe } from '../lib/export/embed-snippets';

export type { SiteOrigin } from '../lib/site/routes';

/** Size of the iframe the oEmbed response proposes: the fixed 16:9 box the embed fills. */
export const EMBED_SIZE = EMBED_BOX;

/** How long (seconds) consumers may cache an oEmbed response: one day. */
export const OEMBED_CACHE_AGE = 86_400;

/** The chart title used by the chart page, its embed, downloads and previews: "Panel title — Figure 2A". */
export function chartTitle(id: string, lang: 'en' | 'zh' = 'en'): string {
  const { panel } = panelById(id);
  const label = panelLabel(id, lang);
  return panel.title ? `${panel.title} — ${label}` : label;
}

/** The credit line of a chart, the same on its page, embed, downloads, images and .pptx: "Data: Wei et al. (2022), Figure 2A, arXiv:2206.07682". */
export function chartCredit(id: string, lang: 'en' | 'zh' = 'en'): string {
  return creditLine(panelLabel(id, lang), t(lang, 'credit.lead'));
}

/** The credit line of a chart or figure in two parts, so a page can link the arXiv id. */
export function creditParts(label: string, lang: Lang): { lead: string; arxiv: string } {
  return creditPartsFrom(label, t(lang, 'credit.lead'));
}

/** The credit line of a file that leaves the site: the chart's credit and its page's address. */
export function chartSourceLine(id: string, site: SiteOrigin, base: string): string {
  return `${chartCredit(id)} · ${siteUrl(chartPath('en', id), site, base)}`;
}

/** The credit line of a whole figure's image, with the figure page's address. */
export function figureSourceLine(n: number, site: SiteOrigin, base: string): string {
  return `${creditLine(t('en', 'ui.figure', { n }), t('en', 'credit.lead'))} · ${siteUrl(figurePath('en', n), site, base)}`;
}

/** The heading of a figure: "Figure 2: <our caption title>". */
export function figureTitle(n: number): string {
  const cap = figureCaption(n, 'en');
  const label = t('en', 'ui.figure', { n });
  return cap ? `${label}: ${cap.title}` : label;
}

/** A one-paragraph text alternative of a chart's preview image (title plus the chart's screen-reader description). */
export function chartImageAlt(id: string): string {
  const bundle = panelBundle(id);
  const model = bundleChartModel(bundle, defaultView(bundle.panel), 'large', 'en');
  return `${chartTitle(id)}, from Wei et al. 2022. ${model.description}`;
}

/** og:image path, its alt text and the oEmbed discovery URL of a chart page. */
export function chartMeta(
  id: string,
  site: SiteOrigin,
  base: string,
): { image: string; imageAlt: string; oembedUrl: string } {
  panelById(id); // an unknown id fails the build here
  return {
    image: chartImagePath(id),
    imageAlt: chartImageAlt(id),
    oembedUrl: siteUrl(oembedPath(id), site, base),
  };
}

/** og:image path and alt text of a figure page. */
export function figureMeta(n: number): { image: string; imageAlt: string } {
  const figure = FIGURES.find((f) => f.figure === n);
  if (!figure) throw new Error(`Unknown figure ${n}`);
  const names = figure.panels.map((p) => p.title || panelLabel(p.chartId));
  const panels = figure.panels.length === 1 ? 'one chart' : `${figure.panels.length} charts`;
  return {
    image: figureImagePath(n),
    imageAlt: `${figureTitle(n)} — ${panels} from Wei et al. 2022: ${names.join('; ')}.`,
  };
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3.4). */
export interface OembedRich {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  author_name: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The oEmbed response of a chart: an iframe of its /embed/<id>/ page, with the 1200×630 preview as thumbnail. */
export function chartOembed(id: string, site: SiteOrigin, base: string): OembedRich {
  const title = chartTitle(id);
  const src = siteUrl(embedPath('en', id), site, base);
  return {
    version: '1.0',
    type: 'rich',
    provider_name: SITE.name,
    provider_url: siteUrl(homePath('en'), site, base),
    title,
    author_name: 'Wei et al. 2022 (data)',
    html: fixedIframe({ src, title }, false),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: siteUrl(chartImagePath(id), site, base),
    thumbnail_width: PREVIEW_SIZE.width,
    thumbnail_height: PREVIEW_SIZE.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
