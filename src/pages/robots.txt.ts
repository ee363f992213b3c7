import type { APIRoute } from 'astro';
import { sitemapIndexPath, siteUrl } from '../lib/site/routes';
import { BASE } from '../site/url';

/** robots.txt pointing crawlers at the sitemap (absolute URL, so it honours SITE_URL and BASE_PATH). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = siteUrl(sitemapIndexPath(), site, BASE);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
