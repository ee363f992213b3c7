import { z } from 'zod';
import { chartIdSchema } from './ids.ts';

/** One row of Table 1 (Wei et al. 2022, page 6). */
export const abilitySchema = z.strictObject({
  /** Kebab-case id derived from the ability text. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Table section: few-shot prompting or augmented prompting. */
  kind: z.enum(['few-shot', 'augmented']),
  /** Ability as printed in the table. */
  ability: z.string().min(1),
  /** Training FLOPs at which the ability emerges; null where the table prints "Many". */
  flops: z.number().positive().nullable(),
  /** Parameters at which the ability emerges; null where the table prints "Many". */
  params: z.number().positive().nullable(),
  /** The FLOPs cell exactly as printed (e.g. "2.3E+22"). */
  flopsPrinted: z.string().min(1),
  /** The params cell exactly as printed (e.g. "13B"). */
  paramsPrinted: z.string().min(1),
  /** Model family the scale refers to (e.g. "GPT-3"). */
  model: z.string().min(1),
  /** Reference as printed (e.g. "Brown et al. (2020)"). */
  reference: z.string().min(1),
  /** BibTeX keys of the reference (ids in references.json). */
  referenceKeys: z.array(z.string().min(1)).min(1),
  /** 1-based row number in Table 1 (section headers not counted). */
  row: z.number().int().min(1),
  /** Set when the PDF leaves model and reference blank ("as above"); the row they were taken from. */
  filledFromRow: z.number().int().min(1).optional(),
  /** Figure 2/3 panels that plot this ability. */
  chartIds: z.array(
    chartIdSchema.regex(/^fig[23][a-z]$/, 'Table 1 rows point at panels of Figure 2 or 3'),
  ),
});

/** The emergent-abilities.json file. */
export const abilitiesFileSchema = z
  .strictObject({
    /** All 23 rows of Table 1, in table order. */
    abilities: z.array(abilitySchema),
  })
  .superRefine((file, ctx) => {
    const { abilities } = file;
    if (abilities.length !== 23)
      ctx.addIssue({ code: 'custom', message: `expected 23 abilities, got ${abilities.length}` });
    const ids = new Set<string>();
    abilities.forEach((a, i) => {
      if (ids.has(a.id))
        ctx.addIssue({
          code: 'custom',
          path: ['abilities', i, 'id'],
          message: `duplicate id ${a.id}`,
        });
      ids.add(a.id);
      if (a.row !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['abilities', i, 'row'],
          message: `row ${a.row} out of order`,
        });
      // A number is present exactly when the printed cell is not "Many".
      if ((a.flops === null) !== (a.flopsPrinted === 'Many'))
        ctx.addIssue({
          code: 'custom',
          path: ['abilities', i, 'flops'],
          message: 'flops/flopsPrinted mismatch',
        });
      if ((a.params === null) !== (a.paramsPrinted === 'Many'))
        ctx.addIssue({
          code: 'custom',
          path: ['abilities', i, 'params'],
          message: 'params/paramsPrinted mismatch',
        });
      if (a.filledFromRow !== undefined && a.filledFromRow >= a.row)
        ctx.addIssue({
          code: 'custom',
          path: ['abilities', i, 'filledFromRow'],
          message: 'must point to an earlier row',
        });
    });
    // Few-shot rows come first, then augmented ones (two table sections).
    const firstAug = abilities.findIndex((a) => a.kind === 'augmented');
    if (firstAug >= 0 && abilities.slice(firstAug).some((a) => a.kind !== 'augmented'))
      ctx.addIssue({ code: 'custom', path: ['abilities'], message: 'sections are interleaved' });
  });

/** One Table 1 ability. */
export type Ability = z.infer<typeof abilitySchema>;
/** Parsed emergent-abilities.json. */
export type AbilitiesFile = z.infer<typeof abilitiesFileSchema>;
