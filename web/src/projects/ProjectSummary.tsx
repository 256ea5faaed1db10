/** The top of the project list: 自评覆盖率 with its counts, and the grades of the scored projects as a bar chart. */
import { Card, Col, Progress, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import type { ProjectListResponse } from '../api';
import { EChart } from '../charts/EChart';
import { coverageText, distributionOption } from './figures';

export function ProjectSummary({ data }: { data: ProjectListResponse }) {
  const { coverage, distribution } = data;
  const option = useMemo(() => distributionOption(distribution), [distribution]);
  return (
    <Row gutter={16} style={{ marginBottom: 16 }}>
      <Col span={10}>
        <Card size="small" title="自评覆盖率" style={{ height: '100%' }}>
          <div data-testid="project-coverage" style={{ fontSize: 32, fontWeight: 700 }}>
            {coverageText(coverage)}
          </div>
          <Progress percent={coverage.rate ?? 0} showInfo={false} />
          <Row gutter={16} style={{ marginTop: 8 }}>
            <Col span={12}>
              <Statistic title="项目总数" value={coverage.projects} suffix="个" data-testid="project-count" />
            </Col>
            <Col span={12}>
              <Statistic title="已评分" value={coverage.scored} suffix="个" data-testid="project-scored" />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col span={14}>
        <Card size="small" title="自评等级分布（已评分项目）">
          <div data-testid="project-distribution" data-values={JSON.stringify(distribution)}>
            <EChart option={option} height={180} testId="project-distribution-chart" />
          </div>
        </Card>
      </Col>
    </Row>
  );
}
