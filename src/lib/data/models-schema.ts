/** Zod schema for content/data/models.json (models joined across figures). */
import { z } from 'zod';
import { FAMILY_NAMES } from './families.ts';
import { chartIdSchema, modelIdSchema, reportDuplicateIds } from './ids.ts';

const drawn = z.object({
  /** A value as drawn. */
  value: z.number().positive(),
  /** Charts that draw this value. */
  chartIds: z.array(chartIdSchema).min(1),
});

/** models.json */
export const modelsSchema = z
  .object({
    /** Every model drawn in Figures 2 and 3. */
    models: z.array(
      z.object({
        /** Kebab-case id ("gpt-3-13b"). */
        id: modelIdSchema,
        /** Model family. */
        family: z.enum(FAMILY_NAMES),
        /** Display name ("GPT-3 13B"). */
        name: z.string(),
        /** Parameter count (headline value drawn in Figures 11–13, 4, 10). */
        params: z.number().positive().nullable(),
        /** Where the headline parameter count comes from. */
        paramsSource: z.string(),
        /** Every distinct parameter count drawn for this model, with charts. */
        paramsSources: z.array(drawn),
        /** Distinct training-FLOPs values as drawn. */
        flops: z.array(z.number().positive()),
        /** Charts per drawn FLOPs value. */
        flopsSources: z.array(drawn),
        /** Training tokens, when a source gives them. */
        tokens: z.number().positive().nullable(),
        /** Source of the token count. */
        tokensSource: z.string(),
      }),
    ),
  })
  .superRefine((data, ctx) => reportDuplicateIds(ctx, data.models, 'models', 'model id'));

/** Parsed models.json. */
export type ModelsData = z.infer<typeof modelsSchema>;
