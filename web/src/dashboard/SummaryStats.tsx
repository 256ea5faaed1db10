/** Headline figures of a district's year, of the counted evaluations: departments, averages, findings. */
import { Card, Col, Row, Statistic } from 'antd';
import type { Dashboard } from '../api';

/** The six figures, shared by the screen and the print view. */
export function summaryItems(data: Dashboard): { title: string; value: string | number; suffix?: string }[] {
  const { averages: a } = data;
  const errors = data.departments.reduce((s, d) => s + (d.findings.error ?? 0), 0);
  return [
    { title: '参评部门', value: data.departments.length, suffix: '个' },
    { title: '已算出得分', value: a.scored, suffix: '个' },
    { title: '平均得分', value: a.total === null ? '—' : a.total.toFixed(2) },
    { title: '平均预算执行率', value: a.executionRate === null ? '—' : `${a.executionRate.toFixed(2)}%` },
    { title: '等级为优', value: data.grades.优 ?? 0, suffix: '个' },
    { title: '审核错误', value: errors, suffix: '处' },
  ];
}

export function SummaryStats({ data }: { data: Dashboard }) {
  return (
    <Row gutter={12} style={{ marginBottom: 12 }} data-testid="summary-stats">
      {summaryItems(data).map((i) => (
        <Col span={4} key={i.title}>
          <Card size="small">
            <Statistic title={i.title} value={i.value} suffix={i.suffix} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
