/** Zod schema for content/data/glossary.json: terms and definitions in English and Chinese. */
import { z } from 'zod';
import { reportDuplicateIds } from './ids.ts';

const entry = z.strictObject({
  term: z.string().trim().min(1),
  definition: z.string().trim().min(1),
});

/** glossary.json */
export const glossaryFileSchema = z
  .strictObject({
    /** Terms in any order; pages sort them per language. */
    terms: z.array(
      z.strictObject({
        /** Kebab-case id used by `<Term id="…">` and the glossary page anchors. */
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        /** English term and definition. */
        en: entry,
        /** Chinese term and definition. */
        zh: entry,
      }),
    ),
  })
  .superRefine((file, ctx) => reportDuplicateIds(ctx, file.terms, 'terms', 'term id'));

/** Parsed glossary.json. */
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
