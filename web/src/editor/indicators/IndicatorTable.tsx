/**
 * The indicator table: add, edit and reorder rows; each target and actual shows how it was read and whether it is met;
 * each row unfolds to its adjusted targets, reported status, points and 偏差原因及改进措施 (open by itself when filled in,
 * or when a finding jumps there).
 */
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Input, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Indicator } from '../../../../src/core/model';
import { pathKeys } from '../../../../src/core/model/fields';
import { REVEAL_EVENT } from '../../lib/focus';
import { readActual, readTarget } from '../../lib/parsed-text';
import { recordChanged, useStableRecords } from '../../lib/stable-records';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { GrowingTextArea } from '../inputs/GrowingTextArea';
import { DeleteRowButton } from '../inputs/RowButtons';
import { DETAIL_FIELDS, hasDetails, IndicatorDetails } from './IndicatorDetails';
import { ReadingHint } from './ReadingHint';
import { VerdictCell } from './VerdictCell';

export const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'];
const LEVEL2: Record<string, string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};

/** Changes go through an updater, so a cell drawn a while ago never writes back a stale list. */
export type UpdateRows = (fn: (rows: Indicator[]) => Indicator[]) => void;

/** Which rows are unfolded: those with details, unless folded by hand, and those unfolded by hand or by a jump. */
function useUnfolded(base: string, rows: readonly Indicator[]) {
  const [flipped, setFlipped] = useState<ReadonlySet<number>>(new Set());
  const open = (i: number) => hasDetails(rows[i]!) !== flipped.has(i);
  const toggle = (i: number) =>
    setFlipped((s) => {
      const next = new Set(s);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  // A jump to a folded field (a finding about 偏差原因) opens its row before the page looks for the field.
  const depth = pathKeys(base).length;
  useEffect(() => {
    const onReveal = (ev: Event) => {
      const path = (ev as CustomEvent<string>).detail;
      if (!path.startsWith(`${base}[`)) return;
      const keys = pathKeys(path);
      const i = keys[depth];
      const field = keys[depth + 1];
      if (typeof i !== 'number' || i >= rows.length || !DETAIL_FIELDS.includes(field as never)) return;
      if (hasDetails(rows[i]!) === flipped.has(i)) flushSync(() => toggle(i));
    };
    document.addEventListener(REVEAL_EVENT, onReveal);
    return () => document.removeEventListener(REVEAL_EVENT, onReveal);
  });
  return { open, toggle };
}

export function IndicatorTable({
  rows,
  onChange,
  by,
  base = 'indicators',
}: {
  rows: Indicator[];
  onChange: UpdateRows;
  /** Username recorded on a person's judgement. */
  by: string;
  /** Where the rows are in the document: `indicators` or `projects[0].indicators`. */
  base?: string;
}) {
  const { canEdit, owners } = useEditor();
  const structural = canEdit(base);
  const unfolded = useUnfolded(base, rows);
  const set = (i: number, patch: Partial<Indicator>) =>
    onChange((list) => list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  // A judgement was made about the old figures: editing them hands the verdict back to the computation.
  const setFigure = (i: number, patch: Partial<Indicator>) => set(i, { ...patch, judgement: null });
  const move = (i: number, d: -1 | 1) =>
    onChange((list) => {
      const next = [...list];
      const [row] = next.splice(i, 1);
      next.splice(i + d, 0, row!);
      return next;
    });
  const remove = (i: number) => onChange((list) => list.filter((_, j) => j !== i));
  // Only a row whose content (or whose place at the end, or the user's rights) changed is drawn again while typing.
  const data = useStableRecords(rows, (r, i) => [r, i === rows.length - 1, canEdit, owners, by]);
  const p = (i: number, f: string) => `${base}[${i}].${f}`;

  const columns: ColumnsType<Indicator> = [
    {
      title: '序号',
      key: 'no',
      width: 52,
      render: (_, _r, i) => (
        <div data-path={`${base}[${i}]`}>
          <div style={{ textAlign: 'center' }}>{i + 1}</div>
          {structural && (
            <Space.Compact size="small">
              <Button
                aria-label="上移"
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              />
              <Button
                aria-label="下移"
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={i === rows.length - 1}
                onClick={() => move(i, 1)}
              />
            </Space.Compact>
          )}
        </div>
      ),
    },
    {
      title: '一级 / 二级指标',
      key: 'level',
      width: 112,
      render: (_, r, i) => {
        const editable = canEdit(p(i, 'level1'));
        return (
          <>
            <Field path={p(i, 'level1')} style={{ marginBottom: 4 }}>
              <Select
                size="small"
                value={r.level1 ?? undefined}
                disabled={!editable}
                onChange={(v) => set(i, { level1: v })}
                options={LEVEL1.map((l) => ({ value: l, label: l }))}
                style={{ width: '100%' }}
                status={r.level1 ? undefined : 'error'}
              />
            </Field>
            <Field path={p(i, 'level2')} style={{ marginBottom: 0 }}>
              <AutoComplete
                size="small"
                value={r.level2 ?? ''}
                disabled={!editable}
                onChange={(v: string) => set(i, { level2: v || null })}
                options={(LEVEL2[r.level1 ?? ''] ?? []).map((l) => ({ value: l }))}
                style={{ width: '100%' }}
                placeholder="二级指标"
              />
            </Field>
          </>
        );
      },
    },
    {
      title: '三级指标',
      key: 'name',
      minWidth: 150,
      render: (_, r, i) => (
        <Field
          path={p(i, 'name')}
          style={{ marginBottom: 0 }}
          error={r.name.trim() ? null : '指标名称不能为空'}
        >
          <GrowingTextArea
            value={r.name}
            readOnly={!canEdit(p(i, 'name'))}
            onChange={(e) => set(i, { name: e.target.value })}
            maxRows={4}
            status={r.name.trim() ? undefined : 'error'}
            aria-label="三级指标"
          />
        </Field>
      ),
    },
    {
      title: '目标值',
      key: 'target',
      width: 120,
      render: (_, r, i) => (
        <Field path={p(i, 'target')} style={{ marginBottom: 0 }}>
          <Input
            value={r.target ?? ''}
            readOnly={!canEdit(p(i, 'target'))}
            onChange={(e) => setFigure(i, { target: e.target.value || null })}
            aria-label="目标值"
            data-testid="target-input"
          />
          <ReadingHint reading={readTarget(r.adjustedTarget || r.target)} testId="target-reading" />
          {r.adjustedTarget && <div className="jx-hint">调整后目标：{r.adjustedTarget}</div>}
        </Field>
      ),
    },
    {
      title: '实际完成值',
      key: 'actual',
      width: 230,
      render: (_, r, i) => (
        <Field path={p(i, 'actual')} style={{ marginBottom: 0 }}>
          <GrowingTextArea
            value={r.actual ?? ''}
            readOnly={!canEdit(p(i, 'actual'))}
            onChange={(e) => setFigure(i, { actual: e.target.value || null })}
            maxRows={5}
            aria-label="实际完成值"
            data-testid="actual-input"
          />
          <ReadingHint reading={readActual(r.actual, r.adjustedTarget || r.target)} testId="actual-reading" />
        </Field>
      ),
    },
    {
      title: '是否完成',
      key: 'verdict',
      width: 96,
      render: (_, r, i) => (
        <Field path={p(i, 'judgement')} style={{ marginBottom: 0 }}>
          <VerdictCell
            indicator={r}
            editable={canEdit(p(i, 'judgement'))}
            by={by}
            onJudgement={(j) => set(i, { judgement: j })}
          />
        </Field>
      ),
    },
    {
      title: '责任人',
      key: 'owner',
      width: 88,
      render: (_, r, i) => (
        <Field path={p(i, 'owner')} style={{ marginBottom: 0 }}>
          <AutoComplete
            size="small"
            value={r.owner ?? ''}
            disabled={!structural}
            onChange={(v: string) => set(i, { owner: v || null })}
            options={owners.map((o) => ({ value: o }))}
            placeholder="用户名"
            style={{ width: '100%' }}
          />
        </Field>
      ),
    },
    ...(structural
      ? [
          {
            title: '',
            key: 'op',
            width: 40,
            render: (_: unknown, _r: Indicator, i: number) => (
              <DeleteRowButton label="删除指标" onClick={() => remove(i)} />
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<Indicator>
      size="small"
      columns={columns.map((c) => ({ ...c, shouldCellUpdate: recordChanged }))}
      dataSource={data}
      pagination={false}
      className="jx-table-cell"
      locale={{ emptyText: '尚未填写绩效指标' }}
      data-testid="indicator-table"
      expandable={{
        expandedRowKeys: data.filter((_, i) => unfolded.open(i)).map((r) => r.key),
        onExpand: (_, r) => unfolded.toggle((r as (typeof data)[number]).key),
        expandedRowRender: (r, i) => (
          <IndicatorDetails
            row={r}
            base={`${base}[${i}]`}
            set={(patch) => set(i, patch)}
            setFigure={(patch) => setFigure(i, patch)}
          />
        ),
        columnTitle: '详情',
        columnWidth: 40,
      }}
    />
  );
}
