/** 四、管理效率: each rubric item with its evidence, points or rate, the reason for any lost point and its deductions. */
import { AutoComplete, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { memo } from 'react';
import type { ManagementItem } from '../../../../src/core/model';
import { round2 } from '../../../../src/core/money';
import type { RubricNodeData, ScoreNode } from '../../../../src/core/rubric';
import { type ManagementRow, managementRows } from '../../lib/management-rows';
import { recordChanged, useStableRecords } from '../../lib/stable-records';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { type Column, EditableTable } from '../inputs/EditableTable';
import { NumberField } from '../inputs/NumberField';
import { DeleteRowButton } from '../inputs/RowButtons';
import { TextField } from '../inputs/TextField';
import { SectionCard } from './SectionCard';

type Deduction = ManagementItem['deductions'][number];

/** A listed deduction: why and how many points. */
const DEDUCTION_COLUMNS: readonly Column<Deduction>[] = [
  { kind: 'text', key: 'reason', title: '扣分理由' },
  { kind: 'number', key: 'points', title: '扣分', unit: '分', width: 90 },
];

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
  const { canEdit, owners } = useEditor();
  const rows = managementRows(root, items);
  // A row is drawn again only when its item, its computed score or the user's rights change.
  const data = useStableRecords(rows, (r) => [
    r.item,
    r.index,
    r.rubricPath,
    r.rubricPath ? scores.get(r.rubricPath)?.score : null,
    canEdit,
    owners,
    // A row the document has no item for yet creates one at the end of the list: its paths depend on the length.
    r.index === null ? items.length : -1,
  ]);
  /** Write a field of a row, creating the document item on first edit. */
  const set = (row: ManagementRow, patch: Partial<ManagementItem>) => {
    if (row.index === null) onChange((list) => [...list, { item: row.name, deductions: [], ...patch }]);
    else onChange((list) => list.map((it, j) => (j === row.index ? { ...it, ...patch } : it)));
  };
  const pathOf = (row: ManagementRow) => (row.index === null ? row.rubricPath! : `management[${row.index}]`);
  const fieldPath = (row: ManagementRow, f: string) =>
    row.index === null ? row.rubricPath! : `management[${row.index}].${f}`;
  /** Where the value will be once written: a row without an item gets the next one. */
  const valuePath = (row: ManagementRow, f: string) => `management[${row.index ?? items.length}].${f}`;
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
          {r.rubricPath === null ? (
            <TextField
              path={fieldPath(r, 'item')}
              value={r.item?.item}
              onChange={(v) => set(r, { item: v ?? '' })}
              required
            />
          ) : (
            <div data-path={r.index === null ? undefined : fieldPath(r, 'item')}>{r.name}</div>
          )}
          <div className="jx-hint">
            {r.max === null ? <Tag color="warning">评分标准中无此项</Tag> : `分值 ${r.max}`}
          </div>
          <Field path={fieldPath(r, 'owner')} style={{ marginBottom: 0 }}>
            <AutoComplete
              size="small"
              value={r.item?.owner ?? ''}
              disabled={!canEdit(fieldPath(r, 'owner'))}
              onChange={(v: string) => set(r, { owner: v || null })}
              options={owners.map((o) => ({ value: o }))}
              placeholder="责任人"
              style={{ width: '100%' }}
            />
          </Field>
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
      width: 100,
      render: (_, r) =>
        isThreshold(r) || r.item?.value != null ? (
          <NumberField
            path={valuePath(r, 'value')}
            anchor={fieldPath(r, 'value')}
            value={r.item?.value}
            onChange={(v) => set(r, { value: v })}
            size="small"
            aria-label={`${r.name}比率`}
          />
        ) : null,
    },
    {
      title: '得分',
      key: 'score',
      width: 90,
      render: (_, r) => (
        <NumberField
          path={valuePath(r, 'score')}
          anchor={fieldPath(r, 'score')}
          value={r.item?.score}
          onChange={(v) => set(r, { score: v })}
          size="small"
          status={r.item?.score == null && !isThreshold(r) ? 'warning' : undefined}
          aria-label={`${r.name}得分`}
        />
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
      width: 260,
      render: (_, r) => {
        const lost = r.item?.score != null && r.max !== null && r.item.score < r.max;
        return (
          <>
            <TextField
              path={fieldPath(r, 'reason')}
              value={r.item?.reason}
              onChange={(v) => set(r, { reason: v })}
              multiline={{ minRows: 1, maxRows: 4 }}
              placeholder={lost ? '失分须说明理由' : ''}
              status={lost && !r.item?.reason && !r.item?.deductions.length ? 'warning' : undefined}
            />
            {(r.item?.deductions.length || (lost && canEdit(fieldPath(r, 'deductions')))) && (
              <div data-path={fieldPath(r, 'deductions')}>
                <EditableTable
                  path={valuePath(r, 'deductions')}
                  rows={r.item?.deductions ?? []}
                  onChange={(deductions) => set(r, { deductions })}
                  columns={DEDUCTION_COLUMNS}
                  newRow={() => ({ points: 0, reason: '' })}
                  addLabel="添加扣分"
                  emptyText="未列明扣分"
                />
              </div>
            )}
          </>
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
          <DeleteRowButton
            label="删除"
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
