/** Rows of a table that have no id of their own, keyed by position (antd reads `key`). */
export function keyed<T extends object>(rows: readonly T[]): Array<T & { key: number }> {
  return rows.map((r, i) => ({ ...r, key: i }));
}
