/**
 * The base-aware layer over src/lib/site/routes.ts: the deployment's base path (BASE_PATH) and
 * origin (SITE_URL) as Astro configures them, applied to the site paths the routes module gives.
 * Pages, components and endpoints write `url(chartPath(lang, id))`, never a path of their own.
 */
import { joinBase, siteUrl, stripBase } from '../lib/site/routes';

/** The deployment base path, with its trailing slash ("/" or "/emergent-abilities/"). */
export const BASE: string = import.meta.env.BASE_URL;

/** A site path ("/figures/") prefixed with the base path, for every internal link and asset. */
export function url(path: string): string {
  return joinBase(BASE, path);
}

/** The absolute URL of a site path (origin and base), for canonical, og:image, hreflang and oEmbed links. */
export function absoluteUrl(path: string): string {
  return siteUrl(path, import.meta.env.SITE, BASE);
}

/** The site path of a page being rendered ("/zh/paper/x/"), from its URL's pathname. */
export function sitePath(pathname: string): string {
  return stripBase(BASE, pathname);
}
