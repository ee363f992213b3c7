/**
 * Share menu actions, loaded on first use: links, embed code and citations. Files (images,
 * copy-image, PowerPoint, "Add to deck") come from ./chart-files.ts, loaded only when asked for.
 */
import { currentState } from './url-state';
import type { EmergenceChart } from './emergence-chart';
import { defaultUrlState, serializeUrlState } from '../lib/state/url-state';
import type { ChartView } from '../lib/chart/view';
import {
  autoHeightIframe,
  fixedIframe,
  imageLinkHtml,
  imageLinkMarkdown,
} from '../lib/export/embed-snippets';
import { chartViewBibtex } from '../lib/export/cite';

/** Links for the chart's current state. */
export function links(chart: EmergenceChart): {
  permalink: string;
  embed: string;
  embedAuto: string;
  image: string;
} {
  const defaults = defaultUrlState(JSON.parse(chart.dataset.defaultView ?? '{}') as ChartView);
  const state = {
    ...currentState(chart, defaults),
    controls: true,
    size: 'normal' as const,
    labels: 'auto' as const,
  };
  const origin = location.origin;
  return {
    permalink: `${origin}${chart.dataset.chartPath}${serializeUrlState({ ...state, height: 'fit' }, defaults)}`,
    // Embeds pin every parameter, so a later change of defaults never changes an existing embed.
    embed: `${origin}${chart.dataset.embedPath}${serializeUrlState({ ...state, height: 'fit' }, defaults, true)}`,
    embedAuto: `${origin}${chart.dataset.embedPath}${serializeUrlState({ ...state, height: 'auto' }, defaults, true)}`,
    image: `${origin}${chart.dataset.imagePath ?? ''}`,
  };
}

/** The snippet of one kind for the current state: an iframe (fixed box or auto height) or an image with a link. */
export function embedSnippet(chart: EmergenceChart, kind = 'fixed'): string {
  const title = chart.dataset.title ?? 'Chart';
  const l = links(chart);
  if (kind === 'auto') return autoHeightIframe({ src: l.embedAuto, title });
  if (kind === 'markdown')
    return imageLinkMarkdown({ image: l.image, href: l.permalink, alt: title });
  if (kind === 'html') return imageLinkHtml({ image: l.image, href: l.permalink, alt: title });
  return fixedIframe({ src: l.embed, title });
}

/** Writes text to the clipboard, falling back to selecting it in a prompt-free way. */
async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** Actions that make a file or deck slide: run by ./chart-files.ts, loaded on request. */
const FILE_ACTIONS = ['download-image', 'copy-image', 'download-pptx', 'add-to-deck'];

/** Runs one share-menu action and reports the outcome in the menu's status line. */
export async function runShareAction(
  chart: EmergenceChart,
  action: string,
  button: HTMLButtonElement,
): Promise<void> {
  const menu = button.closest<HTMLElement>('.share-menu');
  const status = menu?.querySelector<HTMLElement>('.share-status');
  const say = (text: string): void => {
    if (status) status.textContent = text;
  };
  const msg = (key: string): string => button.dataset[key] ?? '';
  const form = menu?.querySelector<HTMLElement>('.share-download');
  try {
    if (action === 'copy-link') {
      await copyText(links(chart).permalink);
      say(msg('done'));
    } else if (action === 'native-share') {
      await navigator.share({
        title: chart.dataset.title ?? document.title,
        url: links(chart).permalink,
      });
    } else if (action === 'copy-embed') {
      await copyText(
        embedSnippet(chart, menu?.querySelector<HTMLSelectElement>('[name="embed-kind"]')?.value),
      );
      say(msg('done'));
    } else if (FILE_ACTIONS.includes(action)) {
      // Files (images, PowerPoint, a deck slide) are made by a module loaded only when asked for.
      const { runFileAction } = await import('./chart-files');
      const detail = await runFileAction(chart, action, form ?? null, links(chart).permalink);
      say(msg('done').replace('{n}', detail));
    } else if (action === 'cite-view') {
      const out = menu?.querySelector<HTMLElement>('.cite-view-output');
      if (out) {
        out.textContent = chartViewBibtex(
          chart.dataset.chartId ?? '',
          chart.dataset.title ?? '',
          links(chart).permalink,
          new Date().toISOString().slice(0, 10),
        );
        out.hidden = false;
      }
    } else if (action === 'copy-text') {
      const target = button.dataset.target
        ? menu?.querySelector<HTMLElement>(button.dataset.target)
        : null;
      await copyText(target?.textContent ?? '');
      say(msg('done'));
    }
  } catch (error) {
    say(`${msg('failed') || 'Failed'}: ${(error as Error).message}`);
  }
}
