import type { Lang } from './ui';

/** getStaticPaths entries for a page that exists in every language: English at the root, Chinese under /zh/. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return [
    { params: { lang: undefined }, props: { lang: 'en' } },
    { params: { lang: 'zh' }, props: { lang: 'zh' } },
  ];
}

/** The path prefix of a language: "" for English, "/zh" for Chinese. */
export function langPrefix(lang: Lang): string {
  return lang === 'zh' ? '/zh' : '';
}
