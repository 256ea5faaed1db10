/**
 * The score a document states for each rubric node, beside the score computed from its data, editable: the report's
 * 报告所列得分 and a project 自评表's 表中所列得分 are the same table.
 */
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { round2 } from '../../../../src/core/money';
import type { RubricNodeData, ScoreNode } from '../../../../src/core/rubric';
import { type ScoreRow, scoreRows } from '../../lib/score-rows';
import { NumberField } from '../inputs/NumberField';

export function StatedScoresTable({
  stated,
  onChange,
  root,
  scores,
  label,
}: {
  /** The document's `reported.scores`: rubric node name → the score it states. */
  stated: Record<string, number>;
  /** Change the stated scores (a score cleared is removed from them). */
  onChange: (fn: (scores: Record<string, number>) => Record<string, number>) => void;
  root: RubricNodeData | null;
  /** Computed score of each rubric node, by path. */
  scores: ReadonlyMap<string, ScoreNode>;
  /** 报告所列 or 表中所列: what the column is called. */
  label: string;
}) {
  const onScore = (key: string, v: number | null) =>
    onChange((scores) => {
      const next = { ...scores };
      if (v === null) delete next[key];
      else next[key] = v;
      return next;
    });
  const columns: ColumnsType<ScoreRow> = [
    {
      title: '评分项目',
      key: 'name',
      render: (_, r) => (
        <span style={{ paddingLeft: r.depth * 16 }}>
          {r.node ? r.node.name : r.key}
          {!r.node && (
            <Tag color="warning" style={{ marginLeft: 6 }}>
              评分标准中无此项
            </Tag>
          )}
        </span>
      ),
    },
    { title: '分值', key: 'max', width: 64, align: 'right', render: (_, r) => r.node?.max ?? '—' },
    {
      title: '按数据计算',
      key: 'computed',
      width: 96,
      align: 'right',
      render: (_, r) => {
        const s = r.path ? scores.get(r.path)?.score : null;
        return s == null ? <Tag>待评</Tag> : round2(s);
      },
    },
    {
      title: `${label}得分`,
      key: 'stated',
      width: 140,
      render: (_, r) => {
        const value = stated[r.key];
        const computed = r.path ? scores.get(r.path)?.score : null;
        const differs = value != null && computed != null && Math.abs(round2(computed) - value) > 0.005;
        return (
          <NumberField
            path={`reported.scores.${r.key}`}
            value={value}
            onChange={(v) => onScore(r.key, v)}
            unit="分"
            size="small"
            status={differs ? 'warning' : undefined}
            aria-label={`${r.node?.name ?? r.key}${label}得分`}
          />
        );
      },
    },
  ];
  return (
    <Table<ScoreRow>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={scoreRows(root, stated)}
      pagination={false}
      className="jx-table-cell"
    />
  );
}
