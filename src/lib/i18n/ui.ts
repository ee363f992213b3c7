/** Languages of the site: English at the root, Simplified Chinese under /zh/. */
export type Lang = 'en' | 'zh';

/** All site languages, default first. */
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** BCP 47 tags for `lang` and `hreflang`. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** The site path of the same page in the other language ("/paper/x/" ↔ "/zh/paper/x/"). */
export function counterpartPath(path: string, target: Lang): string {
  const bare = path.startsWith('/zh/') ? path.slice(3) : path === '/zh' ? '/' : path;
  return target === 'zh' ? `/zh${bare}` : bare;
}

/** The language of a site path. */
export function langOfPath(path: string): Lang {
  return path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
}

/** The space between two phrases set side by side (a bold lead-in and its text): none in Chinese. */
export function phraseSpace(lang: Lang): string {
  return lang === 'zh' ? '' : ' ';
}
