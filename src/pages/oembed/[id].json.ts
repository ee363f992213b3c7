import type { APIRoute } from 'astro';
import { BASE } from '../../site/url';
import { CHART_IDS } from '../../site/datasets';
import { chartOembed } from '../../site/meta';

/** One oEmbed response per chart. */
export function getStaticPaths() {
  return CHART_IDS.map((id) => ({ params: { id } }));
}

/** An oEmbed 1.0 "rich" response embedding /embed/<id>/ (discovered via the chart page's <link rel="alternate">). */
export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(chartOembed(String(params.id), site, BASE), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
