/**
 * Build-time PowerPoint files: /pptx/<chart-id>.pptx, each chart in its default view as a native,
 * editable chart, with the chart's preview PNG (the same bytes as /images/<chart-id>.png) as a
 * fallback picture on a second slide. Node only (rasterises with resvg).
 */
import { panelBundle } from './datasets';
import { chartCredit, chartTitle, type SiteOrigin } from './meta';
import { chartPath, siteUrl } from '../lib/site/routes';
import { chartImagePng } from './preview-images';
import { defaultView } from '../lib/chart/view';
import { PREVIEW_SIZE } from '../lib/export/preview-image';
import { pptxChartOf, type PptxChart } from '../lib/export/pptx-chart';
import { writePptx, type PptxPicture } from '../lib/export/pptx';
import { t } from '../lib/i18n/t';

/** The chart description of a chart's default view, titled and sourced as its page, downloads and previews are. */
export function chartPptxChart(id: string, site: SiteOrigin, base: string): PptxChart {
  const bundle = panelBundle(id);
  return pptxChartOf(bundle, defaultView(bundle.panel), {
    title: chartTitle(id),
    sourceText: chartCredit(id),
    permalink: siteUrl(chartPath('en', id), site, base),
    lang: 'en',
  });
}

/** The bytes of /pptx/<id>.pptx; `picture` replaces the preview PNG (tests use it to skip rasterising). */
export async function chartPptxFile(
  id: string,
  site: SiteOrigin,
  base: string,
  picture?: PptxPicture | null,
): Promise<Uint8Array> {
  const png =
    picture === undefined
      ? {
          png: new Uint8Array(chartImagePng(id, site, base)),
          ...PREVIEW_SIZE,
          note: t('en', 'pptx.pictureNote'),
        }
      : picture;
  return writePptx(chartPptxChart(id, site, base), png);
}
