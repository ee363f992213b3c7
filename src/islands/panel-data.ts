/** The panel data behind a chart, fetched once per page and shared by every island that needs it. */
import type { PanelBundle } from '../lib/chart/panel-bundle';

const bundles = new Map<string, Promise<PanelBundle>>();

/** The panel's data from `url`; a failed load is forgotten so the next call tries again. */
export function loadBundle(url: string): Promise<PanelBundle> {
  let p = bundles.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<PanelBundle>;
    });
    p.catch(() => bundles.delete(url));
    bundles.set(url, p);
  }
  return p;
}
