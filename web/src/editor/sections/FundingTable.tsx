/** A project's funding by source, with live totals checked against the project's stated budget and spending. */
import type { FundingLine } from '../../../../src/core/model';
import { checkTotal } from '../../lib/finance';
import { type Column, EditableTable, renderCheckTag, sumCell } from '../inputs/EditableTable';

const COLUMNS: readonly Column<FundingLine>[] = [
  { kind: 'text', key: 'source', title: '资金来源' },
  { kind: 'amount', key: 'initial', title: '年初预算数' },
  { kind: 'amount', key: 'budget', title: '全年预算数' },
  { kind: 'amount', key: 'executed', title: '执行数' },
];

const blankLine = (): FundingLine => ({ source: '', initial: null, budget: null, executed: null });
const showSum = sumCell<FundingLine>();

export function FundingTable({
  path,
  lines,
  onChange,
  stated,
}: {
  path: string;
  lines: FundingLine[];
  onChange: (v: FundingLine[]) => void;
  stated: { budget?: number | null; executed?: number | null };
}) {
  return (
    <div data-path={path}>
      <EditableTable
        path={path}
        rows={lines}
        onChange={onChange}
        columns={COLUMNS}
        newRow={blankLine}
        addLabel="添加资金来源"
        emptyText="暂无资金来源"
        totals={
          lines.length === 0
            ? []
            : [
                {
                  label: '合计',
                  align: 'right',
                  cell: (c, sums) => {
                    const tag =
                      c.kind === 'amount' && c.key !== 'initial'
                        ? renderCheckTag(checkTotal(lines, (l) => l[c.key], stated[c.key]))
                        : null;
                    return (
                      <>
                        {showSum(c, sums)}
                        {tag && <div>{tag}</div>}
                      </>
                    );
                  },
                },
              ]
        }
      />
    </div>
  );
}
