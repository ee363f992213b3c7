/**
 * The one way build-time code reads interface strings: t(lang, 'namespace.key', vars) for one
 * string, dictionary(lang) for a whole namespace (a page's labels, or the JSON an island is handed).
 * Both hold the two whole dictionaries, so code that ships to the browser uses the per-namespace
 * accessors of ./namespaces.ts instead.
 */
import { fillTemplate } from '../format/template';
import { en, type Dictionary } from './en';
import type { Lang } from './ui';
import { zh } from './zh';

export type { Dictionary } from './en';

/**
 * The dotted paths of the string leaves under T ("ui.nav.paper"). Keys that contain a dot (axis
 * titles as printed, e.g. "Neg. log probability") and arrays are left out: read those through
 * their namespace.
 */
type StringPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: K extends `${string}.${string}`
    ? never
    : T[K] extends string
      ? `${Prefix}${K}`
      : T[K] extends readonly unknown[]
        ? never
        : StringPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key t() accepts: the path of one string in the dictionaries. */
export type StringKey = StringPaths<Dictionary>;

const DICTIONARIES: Record<Lang, Dictionary> = { en, zh };

/** The whole dictionary of `lang` (build-time code only: it is every string of the language). */
export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** The interface string `key` in `lang`, with its `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars?: Record<string, string | number>): string {
  let value: unknown = DICTIONARIES[lang];
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`t(): no string "${key}" in ${lang}`);
  return vars ? fillTemplate(value, vars) : value;
}

/** A colon after a label: full-width in Chinese, where no space follows it. */
export function labelColon(lang: Lang): string {
  return t(lang, 'ui.colon');
}
