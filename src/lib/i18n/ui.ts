/** Languages of the site: English at the root, Simplified Chinese under /zh/. */
export type Lang = 'en' | 'zh';

/** All site languages, default first. */
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** BCP 47 tags for `lang` and `hreflang`. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** The space between two phrases set side by side (a bold lead-in and its text): none in Chinese. */
export function phraseSpace(lang: Lang): string {
  return lang === 'zh' ? '' : ' ';
}
