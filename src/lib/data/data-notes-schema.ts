/** Zod schema for content/data/data-notes.json (inconsistencies found while extracting). */
import { z } from 'zod';
import { chartIdSchema, modelIdSchema } from './ids.ts';

/** data-notes.json */
export const dataNotesSchema = z.object({
  /** One note per inconsistency. */
  notes: z.array(
    z.object({
      /** Unique id. */
      id: z.string().min(1),
      /** Kind of inconsistency (flops-mismatch, reference-mismatch, model-x-differs, tick-off-position, model-missing, …). */
      kind: z.string().min(1),
      /** Charts the note concerns. */
      chartIds: z.array(chartIdSchema),
      /** Model id, when the note is about one model. */
      model: modelIdSchema.optional(),
      /** Plain-English explanation. */
      description: z.string().min(1),
      /** The same explanation in Chinese, built by the extraction script from the same values. */
      descriptionZh: z.string().min(1),
      /** The values compared, each with where it comes from. */
      values: z.array(
        z.object({
          /** Where the value comes from ("Figure 2A", "Table 1"). */
          label: z.string(),
          /** The value. */
          value: z.union([z.number(), z.string()]),
        }),
      ),
      /** Size of the disagreement. */
      gap: z
        .object({
          /** Absolute difference. */
          absolute: z.number(),
          /** Difference relative to the reference value. */
          relative: z.number(),
        })
        .optional(),
      /** Source of the comparison. */
      source: z.string(),
    }),
  ),
});

/** Parsed data-notes.json. */
export type DataNotes = z.infer<typeof dataNotesSchema>;
