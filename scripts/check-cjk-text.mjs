// @ts-check
/**
 * Chinese typography of the built site (issue #14): in the visible text of every Chinese page
 * (dist/zh/**.html, or $OUT_DIR) there must be no literal Markdown emphasis (`**`, `__`) and no
 * whitespace between two CJK characters or CJK punctuation marks (a soft line break in the MDX
 * source that became a space). Text inside <code>, <pre>, <script>, <style>, <svg>, <template>,
 * KaTeX output and attribute values is not read. Prints each problem with its page and an excerpt
 * and exits 1 when there is any.
 * Usage: node scripts/check-cjk-text.mjs [--dir dist]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** CJK ideographs and the punctuation of Chinese text (full-width forms, 、。「」, curly quotes, …). */
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026`;
const CJK_GAP = new RegExp(`[${CJK}]\\s+[${CJK}]`, 'gu');
const MARKDOWN = /\*\*|__/g;

/** Elements whose content is not prose (or not text at all). */
const SKIP = new Set([
  'script',
  'style',
  'code',
  'pre',
  'svg',
  'template',
  'noscript',
  'math',
  'kbd',
  'samp',
]);
/** Elements that flow with the text around them; every other element is a block boundary. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'math',
  'q',
  'ruby',
  'rt',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
/** Stands for skipped inline content (code, a formula): text may sit next to it with a space. */
const OPAQUE = '\ufffc';
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** @param {string} text */
function decode(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * The visible prose of an HTML document as runs of text: inline elements join the text around
 * them, block elements split it; skipped elements (code, scripts, KaTeX, …) and attributes vanish.
 * @param {string} html
 * @returns {string[]}
 */
export function proseRuns(html) {
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  /** @type {string[]} */
  const runs = [];
  let run = '';
  /** @type {Array<{ name: string, skip: boolean, box: boolean }>} */
  const stack = [];
  let skipDepth = 0;
  const flush = () => {
    if (run.trim()) runs.push(run);
    run = '';
  };
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!doctype[^>]*>/gi;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (skipDepth === 0) run += decode(body.slice(last, m.index));
    last = tag.lastIndex;
    const [, closing, rawName, attrs = ''] = m;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      const closed = at >= 0 ? stack.splice(at) : [];
      for (const e of closed) if (e.skip) skipDepth--;
      if (skipDepth === 0 && (!INLINE.has(name) || closed.some((e) => e.box))) flush();
      continue;
    }
    // A tooltip is a box of its own, even when it is a <span>.
    const box = !INLINE.has(name) || /\brole\s*=\s*["']tooltip["']/.test(attrs);
    if (box && skipDepth === 0) flush();
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
    const skip = SKIP.has(name) || /\bclass\s*=\s*["'][^"']*\bkatex\b/.test(attrs);
    stack.push({ name, skip, box });
    if (skip && skipDepth++ === 0) run += OPAQUE;
  }
  if (skipDepth === 0) run += decode(body.slice(last));
  flush();
  return runs;
}

/**
 * Problems in the visible text of one HTML document: literal `**`/`__` and whitespace between two
 * CJK characters, each as a short excerpt around it.
 * @param {string} html
 * @returns {string[]}
 */
export function cjkProblems(html) {
  /** @type {string[]} */
  const problems = [];
  for (const run of proseRuns(html)) {
    const excerpt = (/** @type {number} */ at, /** @type {number} */ len) =>
      JSON.stringify(run.slice(Math.max(0, at - 12), at + len + 12).replace(/\s+/g, ' '));
    for (const m of run.matchAll(MARKDOWN))
      problems.push(`literal "${m[0]}": ${excerpt(m.index, 2)}`);
    for (const m of run.matchAll(CJK_GAP))
      problems.push(`space between CJK characters: ${excerpt(m.index, m[0].length)}`);
  }
  return problems;
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = process.argv.indexOf('--dir');
  const dist = flag > 0 ? String(process.argv[flag + 1]) : (process.env.OUT_DIR ?? 'dist');
  const files = existsSync(join(dist, 'zh')) ? htmlFiles(join(dist, 'zh')) : [];
  if (files.length === 0)
    throw new Error(`No Chinese pages under ${join(dist, 'zh')}: build first.`);
  let count = 0;
  for (const file of files) {
    for (const problem of cjkProblems(readFileSync(file, 'utf8'))) {
      count++;
      console.log(`${relative(dist, file)}: ${problem}`);
    }
  }
  console.log(
    count
      ? `${count} CJK text problem(s) in ${files.length} Chinese pages.`
      : `Chinese text: ${files.length} pages, no problems.`,
  );
  process.exit(count ? 1 : 0);
}
