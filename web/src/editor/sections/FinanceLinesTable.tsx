/** An income or expenditure table: lines with 年初 / 全年预算 / 决算, live column totals beside the stated ones. */
import { Typography } from 'antd';
import type { FinanceLine } from '../../../../src/core/model';
import { checkTotal } from '../../lib/finance';
import { type Column, EditableTable, renderCheckTag, sumCell, type TotalsRow } from '../inputs/EditableTable';
import { NumberField } from '../inputs/NumberField';

type Totals = { initial?: number | null; budget?: number | null; actual?: number | null };

const COLUMNS: readonly Column<FinanceLine>[] = [
  { kind: 'text', key: 'name', title: '科目' },
  { kind: 'amount', key: 'initial', title: '年初预算数' },
  { kind: 'amount', key: 'budget', title: '全年预算数' },
  { kind: 'amount', key: 'actual', title: '决算数' },
  { kind: 'rate', title: '执行率', part: 'actual', whole: 'budget' },
  { kind: 'amount', key: 'lastYear', title: '上年数' },
];

const blankLine = (): FinanceLine => ({
  name: '',
  initial: null,
  budget: null,
  actual: null,
  lastYear: null,
});

export function FinanceLinesTable({
  path,
  title,
  lines,
  onChange,
  totals,
  totalsPath,
  onTotalsChange,
}: {
  path: string;
  title: string;
  lines: FinanceLine[];
  onChange: (v: FinanceLine[]) => void;
  totals?: Totals | null;
  totalsPath?: string;
  onTotalsChange?: (t: Totals) => void;
}) {
  const rows: TotalsRow<FinanceLine>[] = [
    {
      label: <Typography.Text strong>合计（按明细计算）</Typography.Text>,
      cell: sumCell((k) => `${path}-sum-${k}`),
      align: 'right',
    },
  ];
  if (onTotalsChange && totalsPath)
    rows.push({
      label: '合计（报告所列）',
      cell: (c) => {
        const k = c.kind === 'amount' ? c.key : null;
        if (k === null || k === 'lastYear') return null;
        return (
          <NumberField
            path={`${totalsPath}.${k}`}
            value={totals?.[k]}
            onChange={(v) => onTotalsChange({ ...totals, [k]: v })}
            hint={renderCheckTag(
              checkTotal(lines, (l) => l[k], totals?.[k]),
              { marginTop: 2 },
            )}
          />
        );
      },
    });
  return (
    <div data-path={path} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <EditableTable
        path={path}
        rows={lines}
        onChange={onChange}
        columns={COLUMNS}
        newRow={blankLine}
        addLabel="添加科目"
        emptyText="暂无明细"
        totals={rows}
      />
    </div>
  );
}
