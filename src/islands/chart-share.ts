/**
 * Share menu actions, loaded on first use: links, embed code, image downloads (SVG and PNG at
 * slide sizes, light or dark, optionally transparent), copy-image to the clipboard, citations.
 */
import { loadBundle } from './panel-data';
import { currentState } from './url-state';
import type { EmergenceChart } from './emergence-chart';
import { defaultUrlState, serializeUrlState } from '../lib/state/url-state';
import type { ChartView } from '../lib/chart/view';
import { canvasFor, COPY_IMAGE_SIZE, fontFaceCss, pngPixelSize, standaloneSvg, type PngSize } from '../lib/export/standalone';
import { autoHeightIframe, fixedIframe, imageLinkHtml, imageLinkMarkdown } from '../lib/export/embed-snippets';
import type { RenderedSvg } from '../lib/render/svg';
import { chartViewBibtex } from '../lib/export/cite';
import type { Lang } from '../lib/i18n/ui';
import type { ThemeName } from '../lib/chart/families';

let fontCss: Promise<string> | null = null;

/** The site's font as an embeddable @font-face rule (fetched once, same origin). */
function embeddedFont(fontUrl: string): Promise<string> {
  fontCss ??= fetch(fontUrl)
    .then((r) => r.arrayBuffer())
    .then((buf) => {
      let binary = '';
      const bytes = new Uint8Array(buf);
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return fontFaceCss(btoa(binary), 'woff2');
    })
    .catch(() => '');
  return fontCss;
}

/** Links for the chart's current state. */
function links(chart: EmergenceChart): { permalink: string; embed: string; embedAuto: string; image: string } {
  const defaults = defaultUrlState(JSON.parse(chart.dataset.defaultView ?? '{}') as ChartView);
  const state = { ...currentState(chart, defaults), controls: true, size: 'normal' as const, labels: 'auto' as const };
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
  if (kind === 'markdown') return imageLinkMarkdown({ image: l.image, href: l.permalink, alt: title });
  if (kind === 'html') return imageLinkHtml({ image: l.image, href: l.permalink, alt: title });
  return fixedIframe({ src: l.embed, title });
}

/** Builds the standalone SVG of the current view in a theme, laid out for the size's canvas. */
async function fileSvg(chart: EmergenceChart, theme: ThemeName, transparent: boolean, size: PngSize | null, direct: boolean): Promise<RenderedSvg> {
  const bundle = await loadBundle(chart.dataset.panelUrl ?? '');
  const font = await embeddedFont(chart.dataset.fontUrl ?? '');
  return standaloneSvg(bundle, chart.view, {
    theme,
    lang: (chart.dataset.lang ?? 'en') as Lang,
    title: chart.dataset.title ?? '',
    source: `${chart.dataset.sourceLine ?? ''} · ${links(chart).permalink}`,
    transparent,
    fontFaceCss: font || undefined,
    canvas: size ? canvasFor(size) : undefined,
    labels: direct ? 'direct' : 'legend',
  });
}

/** Rasterises an SVG string to a PNG blob of the given pixel size. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.decoding = 'sync';
  const loaded = new Promise((resolve, reject) => {
    image.onload = resolve;
    image.onerror = () => reject(new Error('The chart image could not be drawn.'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** PNG of the current view at a size key. */
async function pngOf(chart: EmergenceChart, theme: ThemeName, transparent: boolean, size: PngSize, direct = true): Promise<Blob> {
  const file = await fileSvg(chart, theme, transparent, size, direct);
  const px = pngPixelSize(size, file);
  return toPng(file.svg, px.width, px.height);
}

/** Starts a download of a blob. */
function download(blob: Blob, filename: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Writes text to the clipboard, falling back to selecting it in a prompt-free way. */
async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** The theme the reader currently sees. */
function shownTheme(): ThemeName {
  const t = document.documentElement.dataset.theme;
  if (t === 'dark' || t === 'light') return t;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Runs one share-menu action and reports the outcome in the menu's status line. */
export async function runShareAction(chart: EmergenceChart, action: string, button: HTMLButtonElement): Promise<void> {
  const menu = button.closest<HTMLElement>('.share-menu');
  const status = menu?.querySelector<HTMLElement>('.share-status');
  const say = (text: string): void => {
    if (status) status.textContent = text;
  };
  const msg = (key: string): string => button.dataset[key] ?? '';
  const form = menu?.querySelector<HTMLElement>('.share-download');
  const field = (name: string): string => form?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '';
  try {
    if (action === 'copy-link') {
      await copyText(links(chart).permalink);
      say(msg('done'));
    } else if (action === 'native-share') {
      await navigator.share({ title: chart.dataset.title ?? document.title, url: links(chart).permalink });
    } else if (action === 'add-to-deck') {
      const { addToDeck } = await import('./add-to-deck');
      const n = addToDeck(chart.dataset.chartId ?? '', chart.view, JSON.parse(chart.dataset.defaultView ?? '{}') as ChartView);
      say(msg('done').replace('{n}', String(n)));
    } else if (action === 'copy-embed') {
      await copyText(embedSnippet(chart, menu?.querySelector<HTMLSelectElement>('[name="embed-kind"]')?.value));
      say(msg('done'));
    } else if (action === 'download-image') {
      const theme = (field('theme') === 'dark' ? 'dark' : 'light') as ThemeName;
      const transparent = form?.querySelector<HTMLInputElement>('[name="transparent"]')?.checked ?? false;
      const size = (field('size') || '1x') as PngSize;
      const direct = form?.querySelector<HTMLInputElement>('[name="direct"]')?.checked ?? true;
      const id = chart.dataset.chartId ?? 'chart';
      if (field('format') === 'svg') {
        const file = await fileSvg(chart, theme, transparent, canvasFor(size) ? size : null, direct);
        download(new Blob([file.svg], { type: 'image/svg+xml' }), `${id}-${theme}${canvasFor(size) ? `-${size}` : ''}.svg`);
      } else {
        download(await pngOf(chart, theme, transparent, size, direct), `${id}-${theme}-${size}.png`);
      }
      say(msg('done'));
    } else if (action === 'copy-image') {
      // A 16:9 slide canvas: what Keynote, PowerPoint and Google Slides paste into.
      const blob = pngOf(chart, shownTheme(), false, COPY_IMAGE_SIZE);
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      say(msg('done'));
    } else if (action === 'download-pptx') {
      const { pptxOfView } = await import('./pptx-download');
      const picture = await pngOf(chart, 'light', false, '1920x1080');
      download(await pptxOfView(chart, { picture, permalink: links(chart).permalink }), `${chart.dataset.chartId ?? 'chart'}.pptx`);
      say(msg('done'));
    } else if (action === 'cite-view') {
      const out = menu?.querySelector<HTMLElement>('.cite-view-output');
      if (out) {
        out.textContent = chartViewBibtex(chart.dataset.chartId ?? '', chart.dataset.title ?? '', links(chart).permalink, new Date().toISOString().slice(0, 10));
        out.hidden = false;
      }
    } else if (action === 'copy-text') {
      const target = button.dataset.target ? menu?.querySelector<HTMLElement>(button.dataset.target) : null;
      await copyText(target?.textContent ?? '');
      say(msg('done'));
    }
  } catch (error) {
    say(`${msg('failed') || 'Failed'}: ${(error as Error).message}`);
  }
}
