import { stripBase } from '../lib/site/paths';
import { langOfPath, type Lang } from '../lib/i18n/ui';

/** The language of the page being rendered, from its URL (components inside MDX get no lang prop). */
export function pageLang(url: URL): Lang {
  return langOfPath(stripBase(import.meta.env.BASE_URL, url.pathname));
}
