/** 四、管理效率: each rubric item with its evidence, points or rate, and the reason for any lost point. */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, InputNumber, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { memo } from 'react';
import type { ManagementItem } from '../../../../src/core/model';
import { round2 } from '../../../../src/core/money';
import type { RubricNodeData, ScoreNode } from '../../../../src/core/rubric';
import { type ManagementRow, managementRows } from '../../lib/management-rows';
import { recordChanged, useStableRecords } from '../../lib/stable-records';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { TextField } from '../inputs/TextField';
import { SectionCard } from './SectionCard';

function Management({
  items,
  onChange,
  root,
  scores,
}: {
  items: ManagementItem[];
  /** Changes go through an updater, so a cell drawn a while ago never writes back a stale list. */
  onChange: (fn: (items: ManagementItem[]) => ManagementItem[]) => void;
  root: RubricNodeData | null;
  /** Computed score of each rubric node, by path. */
  scores: ReadonlyMap<string, ScoreNode>;
}) {
  const { canEdit } = useEditor();
  const rows = managementRows(root, items);
  // A row is drawn again only when its item, its computed score or the user's rights change.
  const data = useStableRecords(rows, (r) => [
    r.item,
    r.index,
    r.rubricPath,
    r.rubricPath ? scores.get(r.rubricPath)?.score : null,
    canEdit,
  ]);
  /** Write a field of a row, creating the document item on first edit. */
  const set = (row: ManagementRow, patch: Partial<ManagementItem>) => {
    if (row.index === null) onChange((list) => [...list, { item: row.name, deductions: [], ...patch }]);
    else onChange((list) => list.map((it, j) => (j === row.index ? { ...it, ...patch } : it)));
  };
  const pathOf = (row: ManagementRow) => (row.index === null ? row.rubricPath! : `management[${row.index}]`);
  const fieldPath = (row: ManagementRow, f: string) =>
    row.index === null ? row.rubricPath! : `management[${row.index}].${f}`;
  const isThreshold = (row: ManagementRow) =>
    row.kind === 'threshold_at_most' || row.kind === 'threshold_at_least';

  const columns: ColumnsType<ManagementRow> = [
    { title: '类别', dataIndex: 'group', width: 76 },
    {
      title: '评价项目',
      key: 'name',
      width: 150,
      render: (_, r) => (
        <div data-path={pathOf(r)}>
          <div>{r.name}</div>
          <div className="jx-hint">
            {r.max === null ? <Tag color="warning">评分标准中无此项</Tag> : `分值 ${r.max}`}
          </div>
        </div>
      ),
    },
    {
      title: '实际完成情况',
      key: 'evidence',
      render: (_, r) => (
        <TextField
          path={fieldPath(r, 'evidence')}
          value={r.item?.evidence}
          onChange={(v) => set(r, { evidence: v })}
          multiline={{ minRows: 1, maxRows: 4 }}
        />
      ),
    },
    {
      title: '比率（%）',
      key: 'value',
      width: 90,
      render: (_, r) =>
        isThreshold(r) ? (
          <Field path={fieldPath(r, 'value')}>
            <InputNumber<number>
              size="small"
              value={r.item?.value ?? null}
              readOnly={!canEdit(fieldPath(r, 'value'))}
              onChange={(v) => set(r, { value: typeof v === 'number' ? v : null })}
              controls={false}
              style={{ width: '100%' }}
            />
          </Field>
        ) : null,
    },
    {
      title: '得分',
      key: 'score',
      width: 80,
      render: (_, r) => (
        <Field path={fieldPath(r, 'score')}>
          <InputNumber<number>
            size="small"
            value={r.item?.score ?? null}
            readOnly={!canEdit(fieldPath(r, 'score'))}
            onChange={(v) => set(r, { score: typeof v === 'number' ? v : null })}
            min={0}
            max={r.max ?? 100}
            controls={false}
            style={{ width: '100%' }}
            status={r.item?.score == null && !isThreshold(r) ? 'warning' : undefined}
            aria-label={`${r.name}得分`}
          />
        </Field>
      ),
    },
    {
      title: '计分',
      key: 'computed',
      width: 64,
      align: 'right',
      render: (_, r) => {
        const node = r.rubricPath ? scores.get(r.rubricPath) : undefined;
        if (!node) return '—';
        if (node.score === null) return <Tag>待评</Tag>;
        const lost = node.max - node.score > 1e-9;
        return <span style={{ color: lost ? '#cf1322' : undefined }}>{round2(node.score)}</span>;
      },
    },
    {
      title: '扣分理由',
      key: 'reason',
      width: 200,
      render: (_, r) => {
        const lost = r.item?.score != null && r.max !== null && r.item.score < r.max;
        return (
          <TextField
            path={fieldPath(r, 'reason')}
            value={r.item?.reason}
            onChange={(v) => set(r, { reason: v })}
            multiline={{ minRows: 1, maxRows: 4 }}
            placeholder={lost ? '失分须说明理由' : ''}
            status={lost && !r.item?.reason && !r.item?.deductions.length ? 'warning' : undefined}
          />
        );
      },
    },
    {
      title: '',
      key: 'op',
      width: 40,
      render: (_, r) =>
        r.rubricPath === null &&
        canEdit('management') && (
          <Button
            aria-label="删除"
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={() => onChange((list) => list.filter((_, j) => j !== r.index))}
          />
        ),
    },
  ];
  return (
    <SectionCard id="sec-management" title="四、管理效率">
      <div data-path="management">
        <Table<ManagementRow>
          size="small"
          rowKey={(r) => r.rubricPath ?? `item-${r.index}`}
          columns={columns.map((c) => ({ ...c, shouldCellUpdate: recordChanged }))}
          dataSource={data}
          pagination={false}
          className="jx-table-cell"
        />
      </div>
    </SectionCard>
  );
}

export const ManagementSection = memo(Management);
