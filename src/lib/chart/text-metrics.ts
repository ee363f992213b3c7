/**
 * Text widths without a browser: per-character estimates for Inter, on the generous side so that
 * margins computed from them always hold the real text (build time has no font metrics).
 */
import type { TickLabel } from './ticks';

const NARROW = /[ijlIft.,:;'|!()[\]{}\s\-·]/;
const WIDE = /[mwMW@%—…]/;
// CJK ideographs, kana, Hangul and full-width punctuation are about one em wide.
const FULL = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Estimated advance width of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (FULL.test(ch)) em += 1;
    else if (NARROW.test(ch)) em += 0.32;
    else if (WIDE.test(ch)) em += 0.9;
    else if (/[A-Z0-9]/.test(ch)) em += 0.68;
    else em += 0.58;
  }
  return em * fontSize;
}

/** Estimated width of a tick label, the raised exponent drawn at 0.72 em. */
export function tickLabelWidth(label: TickLabel, fontSize: number): number {
  return textWidth(label.text, fontSize) + (label.exp ? textWidth(label.exp, fontSize * 0.72) : 0);
}

/** `text` shortened at a word boundary, with an ellipsis, so that it fits `width` at `fontSize`. */
export function clipToWidth(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && textWidth(`${chars.slice(0, n).join('')}…`, fontSize) > width) n--;
  const cut = chars.slice(0, n).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > n * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
