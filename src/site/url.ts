import { joinBase } from '../lib/site/paths';

/** A site path ("/figures/") prefixed with the configured BASE_PATH, for every internal link and asset. */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
