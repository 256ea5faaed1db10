/** An income or expenditure table: lines with 年初 / 全年预算 / 决算, live column totals beside the stated ones. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FinanceLine } from '../../../../src/core/model';
import { formatWan } from '../../../../src/core/money';
import { checkText, checkTotal, columnSum, rateText } from '../../lib/finance';
import { keyed } from '../../lib/keyed';
import { useEditor } from '../EditorContext';
import { NumberField } from '../inputs/NumberField';
import { TextField } from '../inputs/TextField';

type Totals = { initial?: number | null; budget?: number | null; actual?: number | null };
const COLS = [
  ['initial', '年初预算数'],
  ['budget', '全年预算数'],
  ['actual', '决算数'],
] as const;

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
  const editable = useEditor().canEdit(path);
  const set = (i: number, p: Partial<FinanceLine>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...p } : l)));
  const sums = Object.fromEntries(COLS.map(([k]) => [k, columnSum(lines, (l) => l[k])])) as Record<
    (typeof COLS)[number][0],
    number | null
  >;
  const columns: ColumnsType<FinanceLine> = [
    {
      title: '科目',
      key: 'name',
      render: (_, l, i) => (
        <TextField
          path={`${path}[${i}].name`}
          value={l.name}
          onChange={(v) => set(i, { name: v ?? '' })}
          required
        />
      ),
    },
    ...COLS.map(([k, label]) => ({
      title: `${label}（万元）`,
      key: k,
      width: 150,
      render: (_: unknown, l: FinanceLine, i: number) => (
        <NumberField path={`${path}[${i}].${k}`} value={l[k]} onChange={(v) => set(i, { [k]: v })} min={0} />
      ),
    })),
    {
      title: '执行率',
      key: 'rate',
      width: 90,
      align: 'right' as const,
      render: (_: unknown, l: FinanceLine) => rateText(l.actual, l.budget) ?? '—',
    },
    {
      title: '',
      key: 'op',
      width: 44,
      render: (_: unknown, _l: FinanceLine, i: number) =>
        editable && (
          <Button
            aria-label="删除行"
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={() => onChange(lines.filter((_, j) => j !== i))}
          />
        ),
    },
  ];
  const summary = () => (
    <>
      <Table.Summary.Row>
        <Table.Summary.Cell index={0}>
          <Typography.Text strong>合计（按明细计算）</Typography.Text>
        </Table.Summary.Cell>
        {COLS.map(([k], i) => (
          <Table.Summary.Cell key={k} index={i + 1} align="right">
            <span data-testid={`${path}-sum-${k}`}>{sums[k] === null ? '—' : formatWan(sums[k])}</span>
          </Table.Summary.Cell>
        ))}
        <Table.Summary.Cell index={4} align="right">
          {rateText(sums.actual, sums.budget) ?? '—'}
        </Table.Summary.Cell>
        <Table.Summary.Cell index={5} />
      </Table.Summary.Row>
      {onTotalsChange && totalsPath && (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计（报告所列）</Table.Summary.Cell>
          {COLS.map(([k], i) => {
            const check = checkTotal(totals?.[k], sums[k]);
            return (
              <Table.Summary.Cell key={k} index={i + 1}>
                <NumberField
                  path={`${totalsPath}.${k}`}
                  value={totals?.[k]}
                  onChange={(v) => onTotalsChange({ ...totals, [k]: v })}
                  min={0}
                  hint={
                    checkText(check) && (
                      <Tag color={check.kind === 'mismatch' ? 'error' : 'warning'} style={{ marginTop: 2 }}>
                        {checkText(check)}
                      </Tag>
                    )
                  }
                />
              </Table.Summary.Cell>
            );
          })}
          <Table.Summary.Cell index={4} />
          <Table.Summary.Cell index={5} />
        </Table.Summary.Row>
      )}
    </>
  );
  return (
    <div data-path={path} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Table<FinanceLine>
        size="small"
        columns={columns}
        dataSource={keyed(lines)}
        pagination={false}
        summary={summary}
        locale={{ emptyText: '暂无明细' }}
        className="jx-table-cell"
      />
      {editable && (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() =>
            onChange([...lines, { name: '', initial: null, budget: null, actual: null, lastYear: null }])
          }
          style={{ marginTop: 8 }}
        >
          添加科目
        </Button>
      )}
    </div>
  );
}
