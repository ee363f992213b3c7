/**
 * The metric switch of Figure 7 as plain data: which metrics exist, which series each panel shows
 * for a choice, and which choice (if any) a set of panel views corresponds to.
 */

/** The value of the "All metrics" choice. */
export const ALL_METRICS = '';

/** Series names of several panels merged in order of first appearance (the paper's legend order). */
export function metricUnion(panels: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const names of panels) for (const n of names) seen.add(n);
  return [...seen];
}

/** The series a panel shows for a choice: all of them, or the metric alone (none if it lacks it). */
export function seriesForMetric(panelSeries: readonly string[], metric: string): string[] {
  if (metric === ALL_METRICS) return [...panelSeries];
  return panelSeries.includes(metric) ? [metric] : [];
}

/** The choice a set of panels currently shows, or null when the reader mixed metrics by hand. */
export function metricOfViews(
  panels: readonly { all: readonly string[]; shown: readonly string[] }[],
  metrics: readonly string[],
): string | null {
  const same = (a: readonly string[], b: readonly string[]): boolean =>
    a.length === b.length && a.every((x) => b.includes(x));
  for (const choice of [ALL_METRICS, ...metrics]) {
    if (panels.every((p) => same(p.shown, seriesForMetric(p.all, choice)))) return choice;
  }
  return null;
}
