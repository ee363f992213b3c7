import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor, isUnifiedProcessor } from '@astrojs/markdown-remark';
import config from '../../../astro.config.mjs';
import { cjkProblems, proseRuns } from '../../../scripts/check-cjk-text.mjs';
import { latinRuns } from '../../../src/lib/i18n/latin-runs';

/** The site's Markdown pipeline (astro.config.mjs `markdown.processor`), rendering to HTML. */
async function render(markdown: string, fileURL?: URL): Promise<string> {
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor))
    throw new Error('astro.config.mjs: markdown.processor is not unified()');
  const { remarkPlugins, rehypePlugins } = processor.options;
  const md = await createMarkdownProcessor({
    remarkPlugins,
    rehypePlugins,
    syntaxHighlight: false,
  });
  return (await md.render(markdown, fileURL ? { fileURL } : undefined)).code;
}

describe('built-page check (scripts/check-cjk-text.mjs)', () => {
  it('finds literal emphasis markers and names them with an excerpt', () => {
    const problems = cjkProblems('<p><strong>引言</strong>**多语言涌现：**波斯语</p>');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"**"');
    expect(problems[0]).toContain('多语言涌现');
    expect(cjkProblems('<p>__下划线__</p>')).toHaveLength(2);
  });

  it('finds a space or line break between CJK characters, also across inline elements', () => {
    expect(cjkProblems('<p>训练文本加多、 算力投入增加</p>')[0]).toContain(
      '训练文本加多、 算力投入增加',
    );
    expect(cjkProblems('<p>句子结束。\n论文提到</p>')).toHaveLength(1);
    expect(cjkProblems('<p><strong>考什么。</strong> 带点花样的算术</p>')).toHaveLength(1);
    expect(cjkProblems('<p>见 <a href="/x/">“数据”</a>页</p>')).toHaveLength(1);
  });

  it('accepts spaces next to Latin text and numbers, and between blocks', () => {
    expect(cjkProblems('<p>在 BIG-bench 上，约 13B 参数</p><p>下一段</p>\n<p>再一段</p>')).toEqual(
      [],
    );
    expect(cjkProblems('<ul><li>甲</li>\n<li>乙</li></ul>')).toEqual([]);
    expect(
      cjkProblems('<p><span><a>术语</a><span role="tooltip">释义。</span></span> 任务</p>'),
    ).toEqual([]);
  });

  it('skips code, scripts, styles, KaTeX and attributes', () => {
    const html =
      '<p title="中 文 **">正文<code>中 文 **</code>正文</p><pre>代 码</pre><script>"中 文"</script><style>/* 中 文 */</style>' +
      '<p>约 <span class="katex"><span class="katex-mathml">中 文</span></span> 次</p>';
    expect(cjkProblems(html)).toEqual([]);
    expect(proseRuns('<p>甲<code>x</code>乙</p>')).toEqual(['甲\ufffc乙']);
  });
});

describe('Markdown pipeline (astro.config.mjs)', () => {
  it('closes ** next to full-width punctuation (remark-cjk-friendly)', async () => {
    const html = await render('**多语言涌现：**波斯语的问题');
    expect(html).toContain('<strong>多语言涌现：</strong>波斯语');
    expect(cjkProblems(html)).toEqual([]);
  });

  it('turns no soft line break between CJK characters into a space', async () => {
    const html = await render(
      '训练文本加多、\n算力投入增加。\n论文提到，**考什么。**\n带点花样的算术，\n[“数据”](/zh/data/)\n页。',
    );
    expect(cjkProblems(html)).toEqual([]);
    expect(html).toContain('训练文本加多、算力投入增加。论文提到');
  });

  it('marks English in Chinese pages lang="en", and only there', async () => {
    const zh = await render(
      '在 GPT-3 175B 上，**BIG-bench** 与 `code` 以及 $x$',
      new URL('file:///site/content/zh/paper/x.mdx'),
    );
    expect(zh).toContain('在 <span lang="en">GPT-3 175B</span> 上');
    expect(zh).toContain('<strong><span lang="en">BIG-bench</span></strong>');
    expect(zh).toContain('<code>code</code>');
    const en = await render('On GPT-3 175B', new URL('file:///site/content/paper/x.mdx'));
    expect(en).not.toContain('lang="en"');
  });

  it('keeps the space between Chinese and Latin text, and leaves English alone', async () => {
    expect(await render('在\nBIG-bench\n上')).toContain('在\nBIG-bench\n上');
    expect(await render('two\nlines **bold:** text')).toContain(
      'two\nlines <strong>bold:</strong> text',
    );
  });
});

describe('English runs in Chinese text (src/lib/i18n/latin-runs.ts)', () => {
  const runs = (t: string) =>
    latinRuns(t)
      .filter((p) => p.en)
      .map((p) => p.text);

  it('finds names, citations and task names, with their numbers', () => {
    expect(runs('GPT-3 175B 在约 2·10^22 次 FLOPs 之前')).toEqual(['GPT-3 175B', 'FLOPs']);
    expect(runs('见 Wei et al. 2022 与 Schütze（1998）')).toEqual(['Wei et al. 2022', 'Schütze']);
    expect(runs('改编算术 modified arithmetic、IPA 转写')).toEqual(['modified arithmetic', 'IPA']);
  });

  it('leaves single letters, numbers and Chinese alone, and loses no text', () => {
    const text = '6·N·D 公式：175B（1750 亿）参数，x 轴';
    expect(runs(text)).toEqual([]);
    expect(
      latinRuns(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
