import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One piece of Chinese text and where it comes from ("file" or "file › json.path"). */
export interface ZhText {
  source: string;
  text: string;
}

const ROOT = new URL('../../', import.meta.url).pathname;
const HAN = /\p{Script=Han}/u;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name).slice(ROOT.length));
}

/** Strings of a JSON value under a key named "zh" or ending in "Zh" (e.g. descriptionZh), at any depth, with their paths. */
function zhFields(value: unknown, path: string, inZh: boolean, out: Array<[string, string]>): void {
  if (typeof value === 'string') {
    if (inZh) out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => zhFields(v, `${path}[${i}]`, inZh, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      zhFields(v, `${path}.${k}`, inZh || k === 'zh' || k.endsWith('Zh'), out);
  }
}

/** String literals ('…', "…", `…`) and JSX text of a TS/Astro source that contain Chinese characters. */
function chineseLiterals(source: string): string[] {
  const out: string[] = [];
  const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|>([^<>{}]+)</g;
  for (const m of source.matchAll(literal)) {
    const text = m[1] ?? m[0].slice(1, -1);
    if (HAN.test(text)) out.push(text);
  }
  return out;
}

/**
 * Every piece of Chinese text the site is built from: the zh MDX pages (whole files), the `zh`
 * fields of content/data/*.json, and the Chinese string literals of src/ (the interface dictionary
 * src/lib/i18n/zh.ts, and the few files tests/unit/i18n/inline-strings.test.ts allows Chinese in).
 */
export function zhCorpus(): ZhText[] {
  const out: ZhText[] = [];
  for (const file of files('content/zh', /\.mdx$/))
    out.push({ source: file, text: readFileSync(join(ROOT, file), 'utf8') });
  for (const file of files('content/data', /\.json$/)) {
    const fields: Array<[string, string]> = [];
    zhFields(JSON.parse(readFileSync(join(ROOT, file), 'utf8')), '', false, fields);
    for (const [path, text] of fields) out.push({ source: `${file} › ${path}`, text });
  }
  for (const file of files('src', /\.(ts|astro)$/)) {
    // Comments are not shown to readers (and may quote Markdown); line comments only when alone on a line.
    const code = readFileSync(join(ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const text of chineseLiterals(code)) out.push({ source: file, text });
  }
  return out;
}
