import type { APIRoute } from 'astro';
import { BASE } from '../../site/url';
import { CHART_IDS } from '../../site/datasets';
import { chartPptxFile } from '../../site/pptx-files';
import { PPTX_MIME } from '../../lib/export/pptx';

/** One PowerPoint file per chart. */
export function getStaticPaths() {
  return CHART_IDS.map((id) => ({ params: { id } }));
}

/** A chart's default view as an editable PowerPoint chart plus a fallback picture (see src/site/pptx-files.ts). */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(new Uint8Array(await chartPptxFile(String(params.id), site, BASE)), {
    headers: { 'Content-Type': PPTX_MIME },
  });
