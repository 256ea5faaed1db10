/** Headline figures of a district's year: departments, average score and execution rate, findings. */
import { Card, Col, Row, Statistic } from 'antd';
import type { Dashboard } from '../api';

function mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function SummaryStats({ data }: { data: Dashboard }) {
  const scores = data.departments.map((d) => d.total).filter((x): x is number => x !== null);
  const rates = data.departments.map((d) => d.executionRate).filter((x): x is number => x !== null);
  const avg = mean(scores);
  const rate = mean(rates);
  const errors = data.departments.reduce((s, d) => s + (d.findings.error ?? 0), 0);
  const items = [
    { title: '参评部门', value: data.departments.length, suffix: '个' },
    { title: '已算出得分', value: scores.length, suffix: '个' },
    { title: '平均得分', value: avg === null ? '—' : avg.toFixed(2) },
    { title: '平均预算执行率', value: rate === null ? '—' : `${rate.toFixed(2)}%` },
    { title: '等级为优', value: data.grades.优 ?? 0, suffix: '个' },
    { title: '审核错误', value: errors, suffix: '处' },
  ];
  return (
    <Row gutter={12} style={{ marginBottom: 12 }}>
      {items.map((i) => (
        <Col span={4} key={i.title}>
          <Card size="small">
            <Statistic title={i.title} value={i.value} suffix={i.suffix} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
