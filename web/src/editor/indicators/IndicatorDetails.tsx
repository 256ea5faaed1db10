/** The parts of an indicator row that fold away: the targets as adjusted, the reported status, rate and points, and 偏差原因及改进措施. */
import { Checkbox, Col, Row } from 'antd';
import type { Indicator } from '../../../../src/core/model';
import { NumberField } from '../inputs/NumberField';
import { TextField } from '../inputs/TextField';

/** Fields shown folded; a row that has any of them filled opens by itself. */
export const DETAIL_FIELDS = [
  'initialTarget',
  'adjustedTarget',
  'midYear',
  'unit',
  'status',
  'completion',
  'points',
  'reportedScore',
  'deviationReason',
  'core',
] as const satisfies ReadonlyArray<keyof Indicator>;

export function hasDetails(r: Indicator): boolean {
  return DETAIL_FIELDS.some((k) => r[k] !== null && r[k] !== undefined && r[k] !== '');
}

export function IndicatorDetails({
  row,
  base,
  set,
  setFigure,
}: {
  row: Indicator;
  /** `indicators[3]` or `projects[0].indicators[1]`. */
  base: string;
  set: (patch: Partial<Indicator>) => void;
  /** A change to what the verdict is judged on (it hands the verdict back to the computation). */
  setFigure: (patch: Partial<Indicator>) => void;
}) {
  const text = (key: 'initialTarget' | 'midYear' | 'unit' | 'status' | 'completion', label: string) => (
    <TextField
      path={`${base}.${key}`}
      label={label}
      value={row[key]}
      onChange={(v) => (key === 'status' || key === 'completion' ? set : setFigure)({ [key]: v })}
    />
  );
  return (
    <div data-testid="indicator-details" style={{ padding: '4px 8px' }}>
      <Row gutter={12}>
        <Col span={4}>{text('initialTarget', '年初目标值')}</Col>
        <Col span={4}>
          <TextField
            path={`${base}.adjustedTarget`}
            label="调整后目标值"
            value={row.adjustedTarget}
            onChange={(v) => setFigure({ adjustedTarget: v })}
          />
        </Col>
        <Col span={4}>{text('midYear', '年中值')}</Col>
        <Col span={3}>{text('unit', '计量单位')}</Col>
        <Col span={3}>{text('status', '完成情况（报告所列）')}</Col>
        <Col span={2}>{text('completion', '完成率')}</Col>
        <Col span={2}>
          <NumberField
            path={`${base}.points`}
            label="分值"
            value={row.points}
            onChange={(v) => set({ points: v })}
            unit="分"
          />
        </Col>
        <Col span={2}>
          <NumberField
            path={`${base}.reportedScore`}
            label="得分"
            value={row.reportedScore}
            onChange={(v) => set({ reportedScore: v })}
            unit="分"
          />
        </Col>
      </Row>
      <Checkbox
        data-path={`${base}.core`}
        checked={row.core === true}
        onChange={(e) => set({ core: e.target.checked ? true : null })}
        style={{ marginBottom: 8 }}
      >
        核心指标（项目评为“优”须完成）
      </Checkbox>
      <TextField
        path={`${base}.deviationReason`}
        label="偏差原因及改进措施"
        value={row.deviationReason}
        onChange={(v) => set({ deviationReason: v })}
        multiline={{ minRows: 1, maxRows: 6 }}
        placeholder="未完成或部分完成的指标须说明偏差原因及改进措施"
      />
    </div>
  );
}
