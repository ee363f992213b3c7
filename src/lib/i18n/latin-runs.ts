/**
 * Runs of English inside Chinese text ("GPT-3 175B", "Wei et al. 2022", "modified arithmetic"),
 * so they can be marked lang="en": screen readers then read them as English and browsers pick
 * Latin fonts and hyphenation. A run starts with a Latin letter and goes on over words, numbers
 * and the single spaces between them; single letters (variables such as N) are not runs.
 */

const L = String.raw`\p{Script=Latin}`;
const WORD = String.raw`${L}[${L}0-9]*(?:[-'’.&+/][${L}0-9]+)*\.?`;
const TOKEN = String.raw`(?:${WORD}|\d[\d.,]*${L}*)`;
const RUN = new RegExp(String.raw`(?<![${L}0-9])${WORD}(?: +${TOKEN}(?![${L}0-9]))*`, 'gu');

/** One piece of a text: English (`en`) or not. */
export interface TextPiece {
  text: string;
  en: boolean;
}

/** `text` cut into English runs and the rest, in order; the pieces join back to `text`. */
export function latinRuns(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (m[0].replace(/[^\p{Script=Latin}]/gu, '').length < 2) continue;
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), en: false });
    pieces.push({ text: m[0], en: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), en: false });
  return pieces;
}
