/** Zod schema for content/data/figure-captions.json: our own figure and panel captions, English and Chinese. */
import { z } from 'zod';

const text = z.string().trim().min(1);
/** Chinese text must contain Han characters (a copy of the English would pass `min(1)`). */
const zhText = text.regex(/\p{Script=Han}/u, 'must be Chinese text');

/** figure-captions.json */
export const captionsFileSchema = z.strictObject({
  /** One entry per figure, in figure order. */
  figures: z.array(
    z.strictObject({
      /** Figure number (a reference to figures.json). */
      figure: z.number().int(),
      /** English title and caption. */
      en: z.strictObject({ title: text, caption: text }),
      /** Chinese title and caption. */
      zh: z.strictObject({ title: zhText, caption: zhText }),
      /** One-sentence caption per panel, keyed by chart id (references to figures.json). */
      panels: z.record(z.string(), z.strictObject({ en: text, zh: zhText })),
    }),
  ),
});

/** Parsed figure-captions.json. */
export type CaptionsFile = z.infer<typeof captionsFileSchema>;
