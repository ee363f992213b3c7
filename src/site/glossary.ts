/** The glossary (content/data/glossary.json): terms and definitions in both languages. */
import type { Lang } from '../lib/i18n/ui';
import { lookupTerm, type Glossary } from '../lib/glossary';
import { DATA } from './datasets';

/** All glossary entries. */
export const GLOSSARY: Glossary = DATA.glossary;

/** A term's entry in a language; throws with the unknown id so a typo in MDX fails the build. */
export function glossaryEntry(id: string, lang: Lang): { term: string; definition: string } {
  return lookupTerm(GLOSSARY, id, lang);
}
