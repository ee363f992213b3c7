/**
 * Identifier shapes shared by the datasets. Which ids exist is not fixed here: chart ids come from
 * figures.json and model ids from models.json, and every reference to one is checked against
 * them once at build (cross-references.ts).
 */
import { z } from 'zod';

/** A chart id: "fig2a", "fig4-r1c2", "fig8". */
export const chartIdSchema = z.string().regex(/^fig\d+([a-z]|-r\d+c\d+)?$/);

/** A model id: kebab-case with dots ("gpt-3-13b", "lamda-2.1b"). */
export const modelIdSchema = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);

/** Where zod reports a custom issue (the `ctx` of superRefine). */
interface IssueSink {
  addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void;
}

/**
 * Reports every item of `items` (the array at `key`) whose id repeats an earlier one, naming the
 * first occurrence: "duplicate model id "x" (first at $.models[3])".
 */
export function reportDuplicateIds(
  ctx: IssueSink,
  items: readonly { id: string }[],
  key: string,
  what: string,
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const j = first.get(item.id);
    if (j === undefined) first.set(item.id, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [key, i, 'id'],
        message: `duplicate ${what} "${item.id}" (first at $.${key}[${j}])`,
      });
  });
}
