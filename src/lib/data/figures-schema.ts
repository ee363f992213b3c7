/** Zod schema for content/data/figures.json (data recovered from the paper's vector figures). */
import { z } from 'zod';
import { PLOTTED_FAMILIES } from './families.ts';
import { chartIdSchema, modelIdSchema } from './ids.ts';
/** Marker shapes as drawn in the PDF. */
export const MARKERS = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'pentagon',
  'star',
  'cross',
  'plus',
  'none',
] as const;

/** Allowed slack for a point outside its axis domain, as a fraction of the axis length. */
export const DOMAIN_TOLERANCE = 0.02;

const tick = z.object({
  /** Numeric value of the tick label. */
  value: z.number(),
  /** Label as printed, superscripts written with "^" ("10^18"). */
  label: z.string(),
  /** True when the label is drawn off its tick (value does not fit the drawn position). */
  offPosition: z.literal(true).optional(),
  /** Residual of an off-position tick as a fraction of the axis length. */
  residual: z.number().optional(),
  /** Distance in PDF points from the label anchor to its tick mark, when the label itself is displaced. */
  labelOffsetPt: z.number().optional(),
});

const axis = z.object({
  /** Axis title as printed ("" if none). */
  label: z.string(),
  /** Scale type recovered from tick positions. */
  scale: z.enum(['log', 'linear']),
  /** True when values grow leftward (x) or downward (y). */
  reversed: z.boolean(),
  /** Data values at the two ends of the drawn axis box (left/bottom first). */
  domain: z.tuple([z.number(), z.number()]),
  /**
   * Data-value step of one PDF coordinate step (the content stream writes vertices to 1e-5 pt):
   * absolute on linear axes, relative (factor − 1) on log axes. Values are given as drawn, to 6
   * significant digits; a value within a step or two of a round number (0.300002) is that number
   * as far as the drawing can tell.
   */
  resolution: z.number().positive().optional(),
  /** Labelled ticks in drawing order. */
  ticks: z.array(tick),
});

const point = z.object({
  /** x value in data units. */
  x: z.number(),
  /** y value in data units. */
  y: z.number(),
  /** Model id from models.json (points of the known families). */
  model: modelIdSchema.optional(),
  /** Provenance: PDF page coordinates [x, y] in points of the drawn vertex or marker centre. */
  pdf: z.tuple([z.number(), z.number()]),
});

const series = z.object({
  /** Series name as printed in the legend or the panel annotation. */
  name: z.string(),
  /** Model family when the series plots one of the known families. */
  family: z.enum(PLOTTED_FAMILIES).optional(),
  /** Stroke colour as drawn (#rrggbb). */
  color: z.string().regex(/^#[0-9a-f]{6}$/),
  /** Marker shape. */
  marker: z.enum(MARKERS),
  /** False for open (unfilled) markers; absent when filled. */
  markerFilled: z.literal(false).optional(),
  /** Whether the line is dashed. */
  dashed: z.boolean(),
  /** Where the name comes from when no legend entry gives it (in-plot label, y-axis title), or why it is empty. */
  nameSource: z.string().optional(),
  /** Data points in drawing order. */
  points: z.array(point),
});

const baseline = z.object({
  /** Legend name ("Random"). */
  name: z.string(),
  /** Value on the y axis (or x axis when axis is "x"). */
  value: z.number(),
  /** Whether the line is dashed/dotted. */
  dashed: z.boolean(),
  /** Colour as drawn. */
  color: z.string(),
  /** "x" for a vertical line at an x value; absent for horizontal. */
  axis: z.literal('x').optional(),
});

const panel = z.object({
  /** Printed letter, or "r<row>c<col>" for unlettered grids and single panels. */
  panel: z.string(),
  /** Chart id used by pages ("fig2a", "fig4-r1c2", "fig8"). */
  chartId: chartIdSchema,
  /** Kind of drawing. */
  kind: z.enum(['line', 'bars-stacked', 'bars-grouped', 'scatter']),
  /** Panel title as printed, without the "(A)" prefix. */
  title: z.string(),
  /** Position in the printed grid (1-based). */
  grid: z.object({
    /** Row, top first. */
    row: z.number().int().positive(),
    /** Column, left first. */
    col: z.number().int().positive(),
  }),
  /** Horizontal axis. */
  x: axis,
  /** Vertical axis. */
  y: axis,
  /** Data series. */
  series: z.array(series),
  /** Reference lines (Random, prior SOTA). */
  baselines: z.array(baseline),
  /** Text drawn inside the plot area, positioned in data units. */
  annotations: z.array(
    z.object({
      /** Text as printed. */
      text: z.string(),
      /** x in data units (label centre). */
      x: z.number(),
      /** y in data units (label centre). */
      y: z.number(),
    }),
  ),
  /** Stacked bar data (Figure 8). */
  bars: z
    .object({
      /** Category labels as printed, left to right. */
      categories: z.array(z.string()),
      /** Stacks bottom-up. */
      stacks: z.array(
        z.object({
          /** Legend name. */
          name: z.string(),
          /** Fill colour. */
          color: z.string(),
          /** Whole-number counts per category. */
          counts: z.array(z.number().int().nonnegative()),
        }),
      ),
    })
    .optional(),
});

const axisPos = (a: z.infer<typeof axis>, v: number): number => {
  const f = (u: number) => (a.scale === 'log' ? Math.log10(u) : u);
  return (f(v) - f(a.domain[0])) / (f(a.domain[1]) - f(a.domain[0]));
};

/** figures.json */
export const figuresSchema = z
  .object({
    /** The PDF the data came from. */
    source: z.object({
      /** File name of the PDF (not committed). */
      pdf: z.string(),
      /** sha256 of the PDF. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** arXiv id with version. */
      arxiv: z.string(),
    }),
    /** Figures 2–13. */
    figures: z.array(
      z.object({
        /** Figure number as printed. */
        figure: z.number().int(),
        /** 1-based PDF page. */
        page: z.number().int(),
        /** Panels in reading order. */
        panels: z.array(panel),
      }),
    ),
  })
  .superRefine((data, ctx) => {
    data.figures.forEach((f, fi) =>
      f.panels.forEach((p, pi) => {
        for (const [k, a] of [
          ['x', p.x],
          ['y', p.y],
        ] as const) {
          if (a.scale === 'log' && !(a.domain[0] > 0 && a.domain[1] > 0))
            ctx.addIssue({
              code: 'custom',
              path: ['figures', fi, 'panels', pi, k, 'domain'],
              message: 'log axis domain must be positive',
            });
        }
        p.series.forEach((s, si) =>
          s.points.forEach((q, qi) => {
            const at = (key: string) => [
              'figures',
              fi,
              'panels',
              pi,
              'series',
              si,
              'points',
              qi,
              key,
            ];
            for (const [k, a] of [
              ['x', p.x],
              ['y', p.y],
            ] as const) {
              const v = q[k];
              if (Number.isNaN(v) || (a.scale === 'log' && v <= 0)) {
                ctx.addIssue({
                  code: 'custom',
                  path: at(k),
                  message: `${k} must be a positive number on a log axis (got ${v})`,
                });
                continue;
              }
              const t = axisPos(a, v);
              if (!(t >= -DOMAIN_TOLERANCE && t <= 1 + DOMAIN_TOLERANCE))
                ctx.addIssue({
                  code: 'custom',
                  path: at(k),
                  message: `${k} = ${v} is outside the axis domain [${a.domain.join(', ')}]`,
                });
            }
          }),
        );
      }),
    );
  });

/** Parsed figures.json. */
export type FiguresData = z.infer<typeof figuresSchema>;

/** One figure of figures.json. */
export type Figure = FiguresData['figures'][number];
/** One panel of figures.json, provenance included. */
export type FigurePanel = Figure['panels'][number];
/** One axis of a panel. */
export type FigureAxis = FigurePanel['x'];
/** One series of a panel. */
export type FigureSeries = FigurePanel['series'][number];
/** One point of a series. */
export type FigurePoint = FigureSeries['points'][number];
/** One reference line of a panel. */
export type FigureBaseline = FigurePanel['baselines'][number];
