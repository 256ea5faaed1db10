/** Keys for rows that have no id of their own: a row keeps its key while edited, and removing one leaves the others'. */
import { useRef } from 'react';

export interface RowKeys {
  keys: number[];
  next: number;
}

/** The keys of `length` rows: rows added at the end get fresh keys, rows gone from the end take theirs along. */
export function fitKeys(s: RowKeys, length: number): readonly number[] {
  while (s.keys.length < length) s.keys.push(s.next++);
  if (s.keys.length > length) s.keys.length = length;
  return s.keys.slice();
}

/** Forget row `i`'s key, just before the row itself is removed, so the rows after it keep theirs. */
export function dropKey(s: RowKeys, i: number): void {
  s.keys.splice(i, 1);
}

/**
 * A list of rows edited in place: stable keys and the three edits (change a row, remove one, add one at the end).
 * @example const rows = useRows(lines, onChange); rows.patch(2, { name: '工资福利支出' });
 */
export function useRows<T>(rows: readonly T[], onChange: (rows: T[]) => void) {
  const state = useRef<RowKeys>({ keys: [], next: 0 });
  return {
    keys: fitKeys(state.current, rows.length),
    replace: (i: number, row: T) => onChange(rows.map((r, j) => (j === i ? row : r))),
    patch: (i: number, p: Partial<T>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...p } : r))),
    remove: (i: number) => {
      dropKey(state.current, i);
      onChange(rows.filter((_, j) => j !== i));
    },
    add: (row: T) => onChange([...rows, row]),
  };
}
