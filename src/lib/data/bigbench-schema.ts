import { z } from 'zod';

/** A subsection of Appendix E (E.1–E.5). */
export const bigbenchCategorySchema = z.strictObject({
  /** Subsection number as printed ("E.1"). */
  id: z.string().regex(/^E\.\d+$/),
  /** Subsection title as printed (typos kept, e.g. "Emergent wih PaLM"). */
  title: z.string().min(1),
  /** One-line description in our own words. */
  description: z.string().min(1),
});

/** One BIG-Bench task from Appendix E. */
export const bigbenchTaskSchema = z.strictObject({
  /** Task name as printed (BIG-Bench ids with "_" shown as spaces). */
  name: z.string().min(1),
  /** Kebab-case id derived from the name. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Appendix E subsection the task is listed in. */
  category: z.string().regex(/^E\.\d+$/),
  /** Group label inside E.5 ("Model gets worse with scale", …). */
  group: z.string().min(1).optional(),
  /** Parenthesised remark printed after the name. */
  note: z.string().min(1).optional(),
  /** Listed in Appendix F: emergent with PaLM 62B but not with GPT-3 175B or LaMDA 137B. */
  palm62bEmergent: z.literal(true).optional(),
});

/** The bigbench-tasks.json file. */
export const bigbenchFileSchema = z
  .strictObject({
    /** Appendix E subsections in order. */
    categories: z.array(bigbenchCategorySchema).min(1),
    /** Every listed task, in printed order. */
    tasks: z.array(bigbenchTaskSchema),
  })
  .superRefine((file, ctx) => {
    const cats = new Set<string>();
    file.categories.forEach((c, i) => {
      if (cats.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['categories', i, 'id'],
          message: `duplicate ${c.id}`,
        });
      cats.add(c.id);
    });
    const ids = new Set<string>();
    file.tasks.forEach((t, i) => {
      // The appendix says each task appears in a single category.
      if (ids.has(t.id))
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'id'],
          message: `duplicate task ${t.id}`,
        });
      ids.add(t.id);
      if (!cats.has(t.category))
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'category'],
          message: `unknown category ${t.category}`,
        });
    });
  });

/** An Appendix E subsection. */
export type BigbenchCategory = z.infer<typeof bigbenchCategorySchema>;
/** A BIG-Bench task. */
export type BigbenchTask = z.infer<typeof bigbenchTaskSchema>;
/** Parsed bigbench-tasks.json. */
export type BigbenchFile = z.infer<typeof bigbenchFileSchema>;
