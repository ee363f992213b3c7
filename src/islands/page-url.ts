/**
 * Islands never type a route: the page hands them base-aware URLs from the routes module in data-*
 * attributes (src/lib/site/routes.ts, src/site/url.ts). A missing one is the page's mistake, so it
 * fails loudly here instead of sending the reader to a path that ignores the deployment base.
 */

/** The base-aware URL in `host`'s `data-<key>` attribute (key in camelCase, as `dataset` spells it). */
export function pageUrl(host: HTMLElement, key: string): string {
  const value = host.dataset[key];
  if (value === undefined)
    throw new Error(
      `<${host.localName}> needs data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} (a URL the page sets from the routes module)`,
    );
  return value;
}
