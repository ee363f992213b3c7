import type { Lang } from './i18n/ui';
import type { GlossaryFile } from './data/glossary-schema';

/** The glossary file's shape (from its schema). */
export type Glossary = GlossaryFile;

/** Looks a term up by id in a language; throws naming the id and the file when it is missing. */
export function lookupTerm(
  glossary: Glossary,
  id: string,
  lang: Lang,
): { term: string; definition: string } {
  const entry = glossary.terms.find((t) => t.id === id);
  if (!entry)
    throw new Error(
      `content/data/glossary.json: no term with id "${id}" (used by <Term id="${id}">)`,
    );
  return entry[lang];
}
