/** Languages of the site: English at the root, Simplified Chinese under /zh/. */
export type Lang = 'en' | 'zh';

/** All site languages, default first. */
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** BCP 47 tags for `lang` and `hreflang`. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

const en = {
  'nav.label': 'Main',
  'nav.paper': 'Paper',
  'nav.figures': 'Figures',
  'nav.data': 'Data',
  'nav.about': 'About',
  skip: 'Skip to content',
  'theme.toggle': 'Toggle dark theme',
  'theme.dark': 'Dark',
  'theme.light': 'Light',
  'lang.switch': '中文',
  'lang.switchLabel': 'Read this page in Chinese',
  'footer.paper': 'The paper',
  'footer.data':
    "Every number on this site was extracted from the vector figures of the arXiv v2 PDF by the project's own script; see the Data page.",
  'footer.licence':
    'Text and code: MIT licence. The paper and its figures belong to their authors.',
  'notFound.title': 'Page not found',
} as const;

/** Keys of the interface strings. */
export type UiKey = keyof typeof en;

const zh: Record<UiKey, string> = {
  'nav.label': '主导航',
  'nav.paper': '论文',
  'nav.figures': '图表',
  'nav.data': '数据',
  'nav.about': '关于',
  skip: '跳到正文',
  'theme.toggle': '切换深色主题',
  'theme.dark': '深色',
  'theme.light': '浅色',
  'lang.switch': 'English',
  'lang.switchLabel': '阅读本页英文版',
  'footer.paper': '论文',
  'footer.data': '本站所有数字均由项目自己的脚本从 arXiv v2 PDF 的矢量图中提取，详见“数据”页。',
  'footer.licence': '文字与代码采用 MIT 许可；论文及其图表版权归原作者所有。',
  'notFound.title': '页面不存在',
};

const strings: Record<Lang, Record<UiKey, string>> = { en, zh };

/** The interface string `key` in language `lang`. */
export function t(lang: Lang, key: UiKey): string {
  return strings[lang][key];
}

/** The space between two phrases set side by side (a bold lead-in and its text): none in Chinese. */
export function phraseSpace(lang: Lang): string {
  return lang === 'zh' ? '' : ' ';
}

/** A colon after a label: full-width in Chinese, where no space follows it. */
export function labelColon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}
