/**
 * Renamed parameters and values: old links keep working forever (OWID keeps such a table).
 * Each entry maps an old name (and optionally old values) to the current one.
 */
export interface ParamMigration {
  /** Parameter name used by older links. */
  from: string;
  /** Current parameter name. */
  to: string;
  /** Old values and their current spelling. */
  values?: Record<string, string>;
  /** When the rename happened, for the record. */
  since: string;
}

/** Every rename so far. Example: early drafts called the series filter "families" and the x switch values "compute"/"size". */
export const MIGRATIONS: readonly ParamMigration[] = [
  { from: 'families', to: 'series', since: '2026-11' },
  { from: 'xaxis', to: 'x', values: { compute: 'flops', size: 'params' }, since: '2026-11' },
];

/** Returns new params with old names and values rewritten; a current parameter wins over an old one. */
export function migrateParams(
  params: URLSearchParams,
  migrations: readonly ParamMigration[] = MIGRATIONS,
): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const m of migrations) {
    const old = out.getAll(m.from);
    if (old.length === 0) continue;
    out.delete(m.from);
    if (!out.has(m.to)) for (const v of old) out.append(m.to, m.values?.[v] ?? v);
  }
  return out;
}
