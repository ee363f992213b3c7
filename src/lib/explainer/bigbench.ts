/** Appendix E task list: grouping by category and the search match used at build time and by the island. */

/** The task fields the list needs. */
export interface TaskLike {
  /** Task name as printed. */
  name: string;
  /** Appendix E subsection ("E.1"). */
  category: string;
  /** Group label inside E.5. */
  group?: string | undefined;
}

/** Lower-cases and treats "_", "-" and runs of spaces alike, so "truthful_qa" finds "truthful qa". */
export function normalizeTaskText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-\s]+/g, ' ')
    .trim();
}

/** Whether a task name contains the query (case-insensitive; an empty query matches everything). */
export function taskMatches(name: string, query: string): boolean {
  const q = normalizeTaskText(query);
  return q === '' || normalizeTaskText(name).includes(q);
}

/** Tasks of one category split into its printed groups (one unnamed group outside E.5). */
export function groupTasks<T extends TaskLike>(
  tasks: readonly T[],
  category: string,
): { group: string | null; tasks: T[] }[] {
  const out: { group: string | null; tasks: T[] }[] = [];
  for (const task of tasks) {
    if (task.category !== category) continue;
    const group = task.group ?? null;
    const last = out.at(-1);
    if (last && last.group === group) last.tasks.push(task);
    else out.push({ group, tasks: [task] });
  }
  return out;
}

/**
 * The Figure 8 bar segment that counts a category's tasks. E.5 ("Other") is left out of the
 * figure, and the figure's legend names the categories a little differently from the appendix.
 */
export const FIG8_STACK: Record<string, string | null> = {
  'E.1': 'Smoothly increasing',
  'E.2': 'Emergent with LaMDA/GPT',
  'E.3': 'Emergent with PaLM',
  'E.4': 'Flat (no model better than random)',
  'E.5': null,
};
