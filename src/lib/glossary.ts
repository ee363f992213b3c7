import type { Lang } from './i18n/ui';

/** The glossary file's shape. */
export interface Glossary {
  terms: {
    id: string;
    en: { term: string; definition: string };
    zh: { term: string; definition: string };
  }[];
}

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
