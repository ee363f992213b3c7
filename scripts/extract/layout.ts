/** Per-figure facts that the drawing alone does not carry: page, expected panel count, and which model family a panel shows (from captions). */

import type { Family } from '../../src/lib/data/families.ts';

/** Layout of one figure. */
export interface FigureSpec {
  figure: number;
  page: number;
  /** Panel count checked against the drawing. */
  panels: number;
  /** What the x axis measures for model joining. */
  xMeasure: 'flops' | 'params' | 'mixed' | 'other';
  /** Single panel (chart id "figN"). */
  single?: boolean;
  /** Stacked bars. */
  bars?: boolean;
  /**
   * Family of the models behind series that carry no family legend, by panel letter or "*",
   * with the printed source of that fact. `series: false` keeps the series' own family absent
   * (required for a family Figure 2 does not plot: series may only carry plotted families).
   */
  models?: Record<string, { family: Family; source: string; series?: boolean }>;
}

/** Figures 2–13 (Figure 1 is a diagram). */
export const FIGURES: FigureSpec[] = [
  { figure: 2, page: 4, panels: 8, xMeasure: 'flops' },
  {
    figure: 3,
    page: 5,
    panels: 4,
    xMeasure: 'flops',
    models: {
      A: { family: 'LaMDA', source: 'Figure 3 caption: "The model shown in A-C is LaMDA"' },
      B: { family: 'LaMDA', source: 'Figure 3 caption: "The model shown in A-C is LaMDA"' },
      C: { family: 'LaMDA', source: 'Figure 3 caption: "The model shown in A-C is LaMDA"' },
      D: {
        family: 'Anthropic',
        source: 'Figure 3 caption: "the model shown in D is from Anthropic"',
        series: false,
      },
    },
  },
  { figure: 4, page: 9, panels: 6, xMeasure: 'mixed' },
  {
    figure: 5,
    page: 20,
    panels: 6,
    xMeasure: 'flops',
    models: {
      '*': {
        family: 'LaMDA',
        source: 'Figure 5 caption: "three emergent generative tasks in BIG-Bench for LaMDA"',
      },
    },
  },
  {
    figure: 6,
    page: 21,
    panels: 9,
    xMeasure: 'flops',
    models: {
      '*': {
        family: 'LaMDA',
        source: 'Figure 6 legend: "LaMDA" (rows 1-2); row 3 plots the same models',
      },
    },
  },
  {
    figure: 7,
    page: 22,
    panels: 3,
    xMeasure: 'flops',
    models: {
      '*': {
        family: 'LaMDA',
        source: 'x positions coincide with the LaMDA points of Figure 2A',
        series: false,
      },
    },
  },
  { figure: 8, page: 23, panels: 1, xMeasure: 'other', single: true, bars: true },
  { figure: 9, page: 24, panels: 1, xMeasure: 'other', single: true },
  { figure: 10, page: 25, panels: 12, xMeasure: 'mixed' },
  { figure: 11, page: 27, panels: 8, xMeasure: 'params' },
  {
    figure: 12,
    page: 28,
    panels: 4,
    xMeasure: 'params',
    models: {
      A: { family: 'LaMDA', source: 'Figure 12 caption: "The model shown in A-C is LaMDA"' },
      B: { family: 'LaMDA', source: 'Figure 12 caption: "The model shown in A-C is LaMDA"' },
      C: { family: 'LaMDA', source: 'Figure 12 caption: "The model shown in A-C is LaMDA"' },
      D: {
        family: 'Anthropic',
        source: 'Figure 12 caption: "the model shown in D is from Anthropic"',
        series: false,
      },
    },
  },
  {
    figure: 13,
    page: 28,
    panels: 4,
    xMeasure: 'params',
    models: {
      A: { family: 'GPT-3', source: 'Figure 13A subtitle "(GPT-3)"' },
      B: { family: 'GPT-3', source: 'Figure 13B subtitle "(GPT-3)"' },
      C: { family: 'PaLM', source: 'Figure 13C subtitle "(PaLM)"' },
    },
  },
];

/** Figures whose x is FLOPs paired with the figure that repeats them with parameters on x. */
export const PARAM_TWINS: [number, number][] = [
  [2, 11],
  [3, 12],
];
