/**
 * The snippets a reader pastes elsewhere: iframes (a fixed box for slides, or auto height for
 * articles) and an image with a link for editors that strip iframes (Marp, GitHub READMEs, notes).
 * One builder for the share menu and the oEmbed response, so both give the same attributes.
 */
import { esc } from '../render/escape';

/** The box a fixed embed proposes: a 16:9 slide. */
export const EMBED_BOX = { width: 960, height: 540 } as const;

/** Height an auto-height embed starts at, before the page reports its own. */
export const AUTO_EMBED_HEIGHT = 520;

/** Copy-image and the share sheet inside a cross-origin frame need the host's permission. */
export const IFRAME_ALLOW = 'clipboard-write; web-share';

/** What an embed shows. */
export interface EmbedTarget {
  /** Absolute URL of the embed page, with its parameters. */
  src: string;
  title: string;
}

/**
 * A fixed-box iframe: a 16:9 box the chart lays itself out for. `responsive` adds an inline style
 * that scales the box with the column (up to 960 px wide); oEmbed consumers, which size frames
 * themselves and often strip styles, get the plain attributes.
 */
export function fixedIframe(t: EmbedTarget, responsive = true): string {
  const style = responsive
    ? ` style="border:0;width:100%;max-width:${EMBED_BOX.width}px;height:auto;aspect-ratio:16/9"`
    : '';
  return `<iframe src="${esc(t.src)}" title="${esc(t.title)}" width="${EMBED_BOX.width}" height="${EMBED_BOX.height}"${style} allow="${IFRAME_ALLOW}" loading="lazy"></iframe>`;
}

/** An auto-height iframe for articles: its page posts its height (see README for the host script). `src` must carry height=auto. */
export function autoHeightIframe(t: EmbedTarget): string {
  return `<iframe src="${esc(t.src)}" title="${esc(t.title)}" width="100%" height="${AUTO_EMBED_HEIGHT}" style="border:0" allow="${IFRAME_ALLOW}" loading="lazy"></iframe>`;
}

/** What an image-and-link snippet shows. */
export interface ImageLink {
  /** Absolute URL of the chart image. */
  image: string;
  /** Absolute URL the image links to (the chart's permalink). */
  href: string;
  alt: string;
}

/** Markdown image wrapped in a link; brackets in the text are escaped so the syntax holds. */
export function imageLinkMarkdown(l: ImageLink): string {
  const text = l.alt.replace(/([\\[\]])/g, '\\$1');
  const url = (u: string): string => u.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return `[![${text}](${url(l.image)})](${url(l.href)})`;
}

/** HTML image wrapped in a link. */
export function imageLinkHtml(l: ImageLink): string {
  return `<a href="${esc(l.href)}"><img src="${esc(l.image)}" alt="${esc(l.alt)}" width="1200" height="630" style="max-width:100%;height:auto"></a>`;
}
