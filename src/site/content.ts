import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../lib/i18n/ui';

/** An explainer page in either language. */
export type PaperEntry = CollectionEntry<'paper'> | CollectionEntry<'paperZh'>;

/** The explainer pages of one language in reading order. */
export async function paperPages(lang: Lang): Promise<PaperEntry[]> {
  const entries: PaperEntry[] =
    lang === 'zh' ? await getCollection('paperZh') : await getCollection('paper');
  return entries.sort((a, b) => a.data.order - b.data.order);
}
