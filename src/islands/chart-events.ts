/** Events a chart element fires, in a module of their own so listeners need not import the element (no import circles). */

/** The chart's view (series, axes, highlight) or display mode changed and is drawn. */
export const VIEW_EVENT = 'chartviewchange';

/** The URL's state (view, size, labels, height) was applied to the chart. */
export const STATE_APPLIED_EVENT = 'urlstateapplied';
