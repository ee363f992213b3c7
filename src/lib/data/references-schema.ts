import { z } from 'zod';

/** A CSL name: a person split into family/given (optional suffix), or a literal organisation. */
export const cslNameSchema = z.union([
  z.strictObject({
    /** Family name, with particles as printed ("van den Driessche"). */
    family: z.string().min(1),
    /** Given names and initials. */
    given: z.string().min(1),
    /** Generational suffix ("IV"). */
    suffix: z.string().min(1).optional(),
  }),
  z.strictObject({
    /** Organisation or single-word author ("BIG-Bench"). */
    literal: z.string().min(1),
  }),
]);

/** Where a reference is cited: "table1", "fig2"…"fig13", or "self" for the paper itself. */
export const citedBySchema = z.string().regex(/^(?:table1|fig\d+|self)$/);

/** One CSL-JSON-like reference. */
export const referenceSchema = z.strictObject({
  /** BibTeX key from the PDF's citation links (the paper itself: our own key). */
  id: z.string().min(1),
  /** CSL item type. */
  type: z.enum(['article', 'article-journal', 'paper-conference', 'book', 'thesis', 'webpage']),
  /** Title as printed. */
  title: z.string().min(1),
  /** Authors as printed (possibly truncated, see authorsTruncated). */
  author: z.array(cslNameSchema).min(1),
  /** True when the bibliography prints "et al." after the listed authors. */
  authorsTruncated: z.literal(true).optional(),
  /** Publication date: [[year]] or [[year, month]]. */
  issued: z.strictObject({
    /** CSL date parts. */
    'date-parts': z.tuple([
      z.union([
        z.tuple([z.number().int()]),
        z.tuple([z.number().int(), z.number().int().min(1).max(12)]),
      ]),
    ]),
  }),
  /** natbib disambiguation letter ("b" of "2022b"). */
  yearSuffix: z
    .string()
    .regex(/^[a-z]$/)
    .optional(),
  /** How the paper cites it, e.g. "Wei et al. (2022b)". */
  citationLabel: z.string().min(1),
  /** Venue as printed (absent for arXiv preprints). */
  'container-title': z.string().min(1).optional(),
  /** Volume/issue/pages or publisher as printed. */
  locator: z.string().min(1).optional(),
  /** URL as printed. */
  URL: z.url().optional(),
  /** DOI. */
  DOI: z
    .string()
    .regex(/^10\.\d{4,}\/\S+$/)
    .optional(),
  /** arXiv identifier without version. */
  arXiv: z
    .string()
    .regex(/^\d{4}\.\d{4,5}$/)
    .optional(),
  /** Fields not printed in the PDF but added by hand, e.g. { arXiv: "added" }. */
  source: z.record(z.string(), z.literal('added')).optional(),
  /** Figures/tables whose caption or cells cite this reference. */
  citedBy: z.array(citedBySchema).min(1),
});

/** The references.json file. */
export const referencesFileSchema = z
  .strictObject({
    /** References sorted by id. */
    references: z.array(referenceSchema),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.references.forEach((r, i) => {
      if (ids.has(r.id))
        ctx.addIssue({
          code: 'custom',
          path: ['references', i, 'id'],
          message: `duplicate ${r.id}`,
        });
      ids.add(r.id);
      if (r.source)
        for (const field of Object.keys(r.source))
          if (!(field in r))
            ctx.addIssue({
              code: 'custom',
              path: ['references', i, 'source'],
              message: `flags missing field ${field}`,
            });
    });
  });

/** A CSL name. */
export type CslName = z.infer<typeof cslNameSchema>;
/** One reference. */
export type Reference = z.infer<typeof referenceSchema>;
/** Parsed references.json. */
export type ReferencesFile = z.infer<typeof referencesFileSchema>;
