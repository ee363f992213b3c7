import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runtimeImports, sourceFiles } from '../../support/source-files';

/**
 * Interface strings have one home (issue #13): src/lib/i18n/en.ts and zh.ts, read through t(),
 * dictionary() or the per-namespace accessors. This guard keeps them from creeping back into
 * pages, components and modules:
 *
 * - no conditional picks between string literals when one of them is Chinese
 *   (`lang === 'zh' ? '搜索' : 'Search'`, `zh ? \`图 ${n}\` : …`);
 * - no Chinese text at all in src/ outside the dictionaries and the few files listed below
 *   (which catches per-language tables such as `{ en: {…}, zh: {…} }` too);
 * - code shipped to the browser reads the dictionaries only through the chart model
 *   (src/lib/i18n/namespaces.ts), never through t.ts, which holds both whole dictionaries;
 *   islands get their other words from their page.
 */

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Han ideographs, CJK punctuation (、。「」) and full-width forms (：（）). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Files that may hold Chinese text outside the dictionaries, and why. The ternary rule still
 * applies to them.
 */
const CJK_ALLOWED: Record<string, string> = {
  'src/lib/i18n/en.ts': 'the English dictionary: the language switch reads 中文',
  'src/lib/i18n/zh.ts': 'the Chinese dictionary',
  'src/pages/[...lang]/about.astro':
    'whole-language prose with different markup in each language (<cite> in English, 《》 in Chinese)',
  'src/lib/explainer/data-notes.ts':
    'data: rules that put the fixed phrasings of content/data/data-notes.json into Chinese',
  'src/lib/format/number.ts': 'number formatting: the 万 and 亿 units of parameter counts',
};

/** Source without comments (block, JSX and HTML comments, and line comments alone on a line). */
function stripComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

const LITERAL = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\`(?:[^\`\\]|\\.)*\``;
/** `cond ? 'a' : 'b'`, `cond ? 'a' : x` (the `?` is neither `?.` nor part of `??`). */
const TERNARY = new RegExp(`(?<![?])\\?(?![?.])\\s*(${LITERAL})\\s*:\\s*(${LITERAL})?`, 'g');
/** `cond ? x : 'b'` with a plain name or member chain before the colon. */
const TERNARY_ELSE = new RegExp(
  `(?<![?])\\?(?![?.])\\s*[\\w$.\\[\\]'"-]+\\s*:\\s*(${LITERAL})`,
  'g',
);

/** The conditional expressions of a source that choose between literals, one of them Chinese. */
function inlineTernaries(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  for (const m of code.matchAll(TERNARY))
    if (CJK.test(m[1]!) || (m[2] && CJK.test(m[2]))) found.push(m[0].trim());
  for (const m of code.matchAll(TERNARY_ELSE)) if (CJK.test(m[1]!)) found.push(m[0].trim());
  return [...new Set(found)];
}

/** The lines of a source (comments removed) that hold Chinese text. */
function chineseLines(source: string): string[] {
  return stripComments(source)
    .split('\n')
    .filter((line) => CJK.test(line))
    .map((line) => line.trim());
}

const SOURCES = sourceFiles(join(ROOT, 'src')).map((path) => ({
  file: relative(ROOT, path).replace(/\\/g, '/'),
  source: readFileSync(path, 'utf8'),
}));

describe('interface strings live only in the dictionaries', () => {
  it('no inline language ternaries with a Chinese string in src/', () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    const found = SOURCES.flatMap((s) => inlineTernaries(s.source).map((t) => `${s.file}: ${t}`));
    expect(found).toEqual([]);
  });

  it('no Chinese text in src/ outside the dictionaries and the listed files', () => {
    const found = SOURCES.filter((s) => !(s.file in CJK_ALLOWED)).flatMap((s) =>
      chineseLines(s.source).map((line) => `${s.file}: ${line}`),
    );
    expect(found).toEqual([]);
    // Every exception still exists and still needs to be one.
    for (const file of Object.keys(CJK_ALLOWED)) {
      const source = SOURCES.find((s) => s.file === file)?.source ?? '';
      expect(chineseLines(source).length, file).toBeGreaterThan(0);
    }
  });

  it('the checks catch the forms the site used before the dictionaries', () => {
    // Taken from the code as it was (SiteFooter, FigureGrid, figures/[n], ui.ts, deck-view).
    const before = [
      `<a href={url(prefix + '/glossary/')}>{lang === 'zh' ? '术语表' : 'Glossary'}</a>`,
      `{zh\n      ? '——点击子图可查看大图、数据表和交互控件。'\n      : ' — open a panel for the large chart.'}`,
      'const heading = `${zh ? `图 ${figure.figure}` : `Figure ${figure.figure}`}`;',
      `return lang === 'zh' ? '：' : ': ';`,
      `section.setAttribute('aria-roledescription', ctx.lang === 'zh' ? '幻灯片' : 'slide');`,
      `{f.panels.length} {zh ? '个子图' : f.panels.length === 1 ? 'panel' : 'panels'}`,
      `const label = lang === 'en' ? 'Search' : '搜索';`,
      `const label = isEnglish ? name : '搜索';`,
    ];
    for (const snippet of before) expect(inlineTernaries(snippet), snippet).not.toEqual([]);
    // A per-language table without a ternary is caught by the Chinese-text check.
    expect(
      chineseLines(`const copy = {\n  en: { title: 'Data' },\n  zh: { title: '数据' },\n};`),
    ).toEqual(["zh: { title: '数据' },"]);
  });

  it('the checks leave alone what is not an interface string', () => {
    for (const snippet of [
      `const prefix = lang === 'zh' ? '/zh' : '';`,
      `lang={lang === 'zh' ? 'en' : undefined}`,
      `{lang === 'zh' ? (\n  <link rel="stylesheet" href={cjkCss} />\n) : null}`,
      `const x = a?.b ?? '默认';`,
      `// lang === 'zh' ? '中文' : 'English' in a comment`,
      `{/* zh ? '中文' : 'English' */}`,
    ])
      expect(inlineTernaries(snippet), snippet).toEqual([]);
  });
});

/** The modules that code shipped to the browser may read the dictionaries from (see namespaces.ts). */
const BROWSER_READERS = new Set([
  'src/lib/i18n/namespaces.ts',
  'src/lib/i18n/chart-strings.ts',
  'src/lib/chart/bar-model.ts',
  'src/lib/chart/line-model.ts',
  'src/lib/chart/table.ts',
]);
const DICTIONARY_MODULES = new Set(
  ['en.ts', 'zh.ts', 'namespaces.ts', 't.ts'].map((f) => `src/lib/i18n/${f}`),
);

describe('browser code and the dictionaries', () => {
  it('only the chart model reads them; islands get other words from their page', () => {
    const rel = (path: string): string => relative(ROOT, path).replace(/\\/g, '/');
    const islands = sourceFiles(join(ROOT, 'src/islands'));
    expect(islands.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    const readers: string[] = [];
    const queue = [...islands];
    while (queue.length) {
      const file = queue.shift()!;
      if (seen.has(file) || !file.endsWith('.ts')) continue;
      seen.add(file);
      const imports = runtimeImports(file, readFileSync(file, 'utf8'));
      if (imports.some((i) => DICTIONARY_MODULES.has(rel(i)))) readers.push(rel(file));
      queue.push(...imports);
    }
    expect(seen.size).toBeGreaterThan(islands.length);
    // t.ts holds both whole dictionaries: never in a bundle.
    expect([...seen].map(rel)).not.toContain('src/lib/i18n/t.ts');
    expect(readers.filter((r) => !BROWSER_READERS.has(r))).toEqual([]);
    expect(readers).toContain('src/lib/i18n/namespaces.ts');
  });
});
