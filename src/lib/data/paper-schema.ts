import { z } from 'zod';

/** Frontmatter of one explainer page in content/paper/ (and its Chinese twin in content/zh/paper/). */
export const paperPageSchema = z.object({
  /** Page title, shown as the h1 and in the browser tab. */
  title: z.string().min(1),
  /** One- or two-sentence summary: the meta description and the text on the contents page. */
  summary: z.string().min(1),
  /** Position in the reading order (1 = first). */
  order: z.number().int().positive(),
  /** Chart ids (e.g. "fig2a", "fig4-r1c2") that the page shows; checked against the figure data. */
  figures: z.array(z.string().regex(/^fig\d+([a-h]|-r\d+c\d+)?$/)).default([]),
});

/** Validated frontmatter of an explainer page. */
export type PaperPage = z.infer<typeof paperPageSchema>;
