/** Zod schema for content/data/glossary.json: terms and definitions in English and Chinese. */
import { z } from 'zod';

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
  .superRefine((file, ctx) => {
    const first = new Map<string, number>();
    file.terms.forEach((t, i) => {
      const j = first.get(t.id);
      if (j !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['terms', i, 'id'],
          message: `duplicate term id "${t.id}" (first at $.terms[${j}])`,
        });
      else first.set(t.id, i);
    });
  });

/** Parsed glossary.json. */
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
