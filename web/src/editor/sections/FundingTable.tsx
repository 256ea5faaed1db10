/** A project's funding by source, with live totals checked against the project's stated budget and spending. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FundingLine } from '../../../../src/core/model';
import { formatWan } from '../../../../src/core/money';
import { checkText, checkTotal, columnSum } from '../../lib/finance';
import { keyed } from '../../lib/keyed';
import { useEditor } from '../EditorContext';
import { NumberField } from '../inputs/NumberField';
import { TextField } from '../inputs/TextField';

const COLS = [
  ['initial', '年初预算数'],
  ['budget', '全年预算数'],
  ['executed', '执行数'],
] as const;

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
  const editable = useEditor().canEdit(path);
  const set = (i: number, p: Partial<FundingLine>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...p } : l)));
  const columns: ColumnsType<FundingLine> = [
    {
      title: '资金来源',
      key: 'source',
      render: (_, l, i) => (
        <TextField
          path={`${path}[${i}].source`}
          value={l.source}
          onChange={(v) => set(i, { source: v ?? '' })}
          required
        />
      ),
    },
    ...COLS.map(([k, label]) => ({
      title: `${label}（万元）`,
      key: k,
      width: 150,
      render: (_: unknown, l: FundingLine, i: number) => (
        <NumberField path={`${path}[${i}].${k}`} value={l[k]} onChange={(v) => set(i, { [k]: v })} min={0} />
      ),
    })),
    {
      title: '',
      key: 'op',
      width: 40,
      render: (_: unknown, _l: FundingLine, i: number) =>
        editable && (
          <Button
            aria-label="删除"
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={() => onChange(lines.filter((_, j) => j !== i))}
          />
        ),
    },
  ];
  const summary = () => (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
      {COLS.map(([k], i) => {
        const sum = columnSum(lines, (l) => l[k]);
        const check = k === 'initial' ? { kind: 'none' as const } : checkTotal(stated[k], sum);
        return (
          <Table.Summary.Cell key={k} index={i + 1} align="right">
            {sum === null ? '—' : formatWan(sum)}
            {checkText(check) && (
              <div>
                <Tag color={check.kind === 'mismatch' ? 'error' : 'warning'}>{checkText(check)}</Tag>
              </div>
            )}
          </Table.Summary.Cell>
        );
      })}
      <Table.Summary.Cell index={4} />
    </Table.Summary.Row>
  );
  return (
    <div data-path={path}>
      <Table<FundingLine>
        size="small"
        columns={columns}
        dataSource={keyed(lines)}
        pagination={false}
        summary={lines.length ? summary : undefined}
        className="jx-table-cell"
        locale={{ emptyText: '暂无资金来源' }}
      />
      {editable && (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          style={{ marginTop: 8 }}
          onClick={() => onChange([...lines, { source: '', initial: null, budget: null, executed: null }])}
        >
          添加资金来源
        </Button>
      )}
    </div>
  );
}
