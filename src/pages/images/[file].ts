import type { APIRoute } from 'astro';
import { BASE } from '../../site/url';
import { CHART_IDS } from '../../site/datasets';
import { imageFile, imageFileNames } from '../../site/preview-images';

/** One path per image: every chart as .svg and .png, every figure as figure-<n>.png. */
export function getStaticPaths() {
  return imageFileNames(CHART_IDS).map((file) => ({ params: { file } }));
}

/** Preview images and slide-ready SVGs, rendered at build time (see src/site/preview-images.ts). */
export const GET: APIRoute = ({ params, site }) => {
  const file = imageFile(String(params.file), site, BASE);
  if (!file) return new Response('Not found', { status: 404 });
  const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
  return new Response(body, { headers: { 'Content-Type': file.type } });
};
