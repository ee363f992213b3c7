import { langOfPath } from '../lib/site/routes';
import type { Lang } from '../lib/i18n/ui';
import { sitePath } from './url';

/** The language of the page being rendered, from its URL (components inside MDX get no lang prop). */
export function pageLang(url: URL): Lang {
  return langOfPath(sitePath(url.pathname));
}
