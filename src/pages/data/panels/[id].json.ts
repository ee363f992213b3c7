import type { APIRoute } from 'astro';
import { CHART_IDS, panelBundle } from '../../../site/datasets';

export function getStaticPaths() {
  return CHART_IDS.map((id) => ({ params: { id } }));
}

/** The data the chart island needs to redraw one panel, fetched on first use of a control. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(panelBundle(String(params.id))), {
    headers: { 'Content-Type': 'application/json' },
  });
