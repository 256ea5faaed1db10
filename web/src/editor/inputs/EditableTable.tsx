/** A table of document rows edited in place: columns as data (text, 万元 amount, computed rate), rows added and deleted. */
import { Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CSSProperties, ReactNode } from 'react';
import type { SumCheck } from '../../../../src/core/audit/_tolerance';
import { formatWan } from '../../../../src/core/money';
import { checkText, columnSum, rateText } from '../../lib/finance';
import { useRows } from '../../lib/row-keys';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { NumberField } from './NumberField';
import { AddRowButton, DeleteRowButton } from './RowButtons';
import { TextField } from './TextField';

type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;
type Amount = number | null | undefined;
export type AmountKey<T> = KeysOf<T, Amount>;

export type Column<T> =
  /** Text; required (a line's name) unless `optional`: blank required text is flagged. */
  | {
      kind: 'text';
      key: KeysOf<T, string> | KeysOf<T, string | null | undefined>;
      title: string;
      optional?: boolean;
    }
  /** 万元, not negative; its live sum stands under it. */
  | { kind: 'amount'; key: AmountKey<T>; title: string }
  /** Another number (分, %), read as the field registry says for its path. */
  | { kind: 'number'; key: AmountKey<T>; title: string; unit?: string; width?: number }
  /** One of a few words (对比基数: 上年 / 年初预算 / 全年预算). */
  | { kind: 'select'; key: KeysOf<T, string>; title: string; options: readonly string[]; width?: number }
  /** `part ÷ whole` of the row, read-only. */
  | { kind: 'rate'; title: string; part: AmountKey<T>; whole: AmountKey<T> };

/** Live sums of the amount columns, by key (null when no line has a value). */
export type Sums = Record<string, number | null>;

/** A row under the table: a label, then one cell per column. */
export interface TotalsRow<T> {
  label: ReactNode;
  cell: (col: Column<T>, sums: Sums) => ReactNode;
  align?: 'right';
}

/** The cell of the live sums: an amount column's sum, a rate column's rate of the sums. */
export function sumCell<T>(testId?: (key: string) => string) {
  return (col: Column<T>, sums: Sums): ReactNode => {
    if (col.kind === 'rate') return rateText(sums[col.part], sums[col.whole]) ?? '—';
    if (col.kind !== 'amount') return null;
    const sum = sums[col.key] ?? null;
    const text = sum === null ? '—' : formatWan(sum);
    return testId ? <span data-testid={testId(col.key)}>{text}</span> : text;
  };
}

/** A stated total's agreement with its lines, in the audit's words; null when they agree or cannot be judged. */
export function renderCheckTag(check: SumCheck | null, style?: CSSProperties): ReactNode {
  const text = checkText(check);
  if (!text) return null;
  return (
    <Tag color={check?.agreement === 'mismatch' ? 'error' : 'warning'} style={style}>
      {text}
    </Tag>
  );
}

export function EditableTable<T extends object>({
  path,
  rows,
  onChange,
  columns,
  newRow,
  addLabel,
  emptyText,
  totals = [],
}: {
  path: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  columns: readonly Column<T>[];
  newRow: () => T;
  addLabel: string;
  emptyText: string;
  /** Rows under the table. */
  totals?: readonly TotalsRow<T>[];
}) {
  const editable = useEditor().canEdit(path);
  const list = useRows(rows, onChange);
  const sums: Sums = {};
  for (const c of columns) if (c.kind === 'amount') sums[c.key] = columnSum(rows, (r) => r[c.key] as Amount);

  const cells: ColumnsType<T> = columns.map((c) => {
    if (c.kind === 'text')
      return {
        title: c.title,
        key: c.key,
        render: (_: unknown, r: T, i: number) => (
          <TextField
            path={`${path}[${i}].${c.key}`}
            value={r[c.key] as string | null}
            onChange={(v) => list.patch(i, { [c.key]: c.optional ? v : (v ?? '') } as Partial<T>)}
            required={!c.optional}
            multiline={c.optional ? { minRows: 1, maxRows: 4 } : undefined}
          />
        ),
      };
    if (c.kind === 'select')
      return {
        title: c.title,
        key: c.key,
        width: c.width ?? 110,
        render: (_: unknown, r: T, i: number) => (
          <Field path={`${path}[${i}].${c.key}`}>
            <Select
              value={r[c.key] as string}
              disabled={!editable}
              onChange={(v: string) => list.patch(i, { [c.key]: v } as Partial<T>)}
              options={c.options.map((o) => ({ value: o, label: o }))}
              style={{ width: '100%' }}
              aria-label={c.title}
            />
          </Field>
        ),
      };
    if (c.kind === 'number')
      return {
        title: c.title,
        key: c.key,
        width: c.width ?? 110,
        render: (_: unknown, r: T, i: number) => (
          <NumberField
            path={`${path}[${i}].${c.key}`}
            value={r[c.key] as Amount}
            onChange={(v) => list.patch(i, { [c.key]: v } as Partial<T>)}
            unit={c.unit}
          />
        ),
      };
    if (c.kind === 'amount')
      return {
        title: `${c.title}（万元）`,
        key: c.key,
        width: 150,
        render: (_: unknown, r: T, i: number) => (
          <NumberField
            path={`${path}[${i}].${c.key}`}
            value={r[c.key] as Amount}
            onChange={(v) => list.patch(i, { [c.key]: v } as Partial<T>)}
          />
        ),
      };
    return {
      title: c.title,
      key: `rate-${c.part}`,
      width: 90,
      align: 'right' as const,
      render: (_: unknown, r: T) => rateText(r[c.part] as Amount, r[c.whole] as Amount) ?? '—',
    };
  });
  cells.push({
    title: '',
    key: 'op',
    width: 44,
    render: (_: unknown, _r: T, i: number) => editable && <DeleteRowButton onClick={() => list.remove(i)} />,
  });

  const summary = () =>
    totals.map((t, n) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: the totals rows are fixed for a table
      <Table.Summary.Row key={n}>
        <Table.Summary.Cell index={0}>{t.label}</Table.Summary.Cell>
        {columns.slice(1).map((c, i) => (
          <Table.Summary.Cell
            key={c.kind === 'rate' ? `rate-${c.part}` : String(c.key)}
            index={i + 1}
            align={t.align}
          >
            {t.cell(c, sums)}
          </Table.Summary.Cell>
        ))}
        <Table.Summary.Cell index={columns.length} />
      </Table.Summary.Row>
    ));

  return (
    <>
      <Table<T>
        size="small"
        columns={cells}
        dataSource={rows.map((r, i) => ({ ...r, key: list.keys[i] }))}
        pagination={false}
        summary={totals.length ? summary : undefined}
        locale={{ emptyText }}
        className="jx-table-cell"
      />
      {editable && (
        <AddRowButton label={addLabel} onClick={() => list.add(newRow())} style={{ marginTop: 8 }} />
      )}
    </>
  );
}
