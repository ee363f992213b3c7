/** Small string helpers shared by the text extractors. */

/** Kebab-case id from printed text: "Chain-of-thought: StrategyQA" → "chain-of-thought-strategyqa". */
export function kebab(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Join wrapped lines of running text. A line ending in a hyphen is joined without a space and
 * without the hyphen only when `dropHyphen` says so: in task lists "con-" + "lang" is a line-break
 * hyphen (BIG-bench names have no hyphens), while in titles "few-" + "shot" is a real one.
 */
export function joinWrapped(
  lines: readonly string[],
  dropHyphen: (before: string, after: string) => boolean,
): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else if (out.endsWith('-')) {
      const before = out.slice(0, -1);
      out = dropHyphen(before, line) ? before + line : out + line;
    } else out += ' ' + line;
  }
  return out;
}
