/**
 * Starts Pagefind's search UI (self-hosted in /pagefind/, built by scripts/pagefind-integration.mjs).
 * The UI script is loaded from our own origin as a classic script, so the CSP needs no inline code.
 */
import { pageUrl } from './page-url';

interface PagefindUiConstructor {
  new (options: Record<string, unknown>): unknown;
}

const host = document.querySelector<HTMLElement>('#search');
if (host) {
  const bundle = pageUrl(host, 'bundle');
  const script = document.createElement('script');
  script.src = `${bundle}pagefind-ui.js`;
  script.addEventListener('load', () => {
    const PagefindUI = (window as unknown as { PagefindUI?: PagefindUiConstructor }).PagefindUI;
    if (PagefindUI)
      new PagefindUI({
        element: '#search',
        bundlePath: bundle,
        showImages: false,
        resetStyles: false,
        autofocus: true,
      });
  });
  document.head.append(script);
}
