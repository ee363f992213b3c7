/** The glossary page's order: every term alphabetical in the page language. */
import type { Glossary } from '../glossary';
import type { Lang } from '../i18n/ui';

/** One glossary entry in one language. */
export interface GlossaryItem {
  /** Term id (the page anchor). */
  id: string;
  /** Term in the page language. */
  term: string;
  /** Definition in the page language. */
  definition: string;
}

/** All terms in `lang`, sorted by that language's collation (pinyin for Chinese), ties by id. */
export function sortedGlossary(glossary: Glossary, lang: Lang): GlossaryItem[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en', {
    sensitivity: 'base',
    numeric: true,
  });
  return glossary.terms
    .map((t) => ({ id: t.id, term: t[lang].term, definition: t[lang].definition }))
    .sort((a, b) => collator.compare(a.term, b.term) || a.id.localeCompare(b.id));
}
