/** The departmental editor's card of its year's project self-evaluations: how many, 自评覆盖率, grades, the list. */
import { Card, Space, Tag, Typography } from 'antd';
import type { Evaluation } from '../../../src/core/model';
import type { RecordOf } from '../editor/kinds';
import { GRADE_COLOR } from '../lib/labels';
import { Link } from '../router';
import { coverageText, GRADES, projectListPath } from './figures';
import { useProjects } from './use-projects';

export function ProjectRollupCard({ record, doc }: { record: RecordOf<Evaluation>; doc: Evaluation }) {
  const { data, error } = useProjects(record.departmentId, doc.year);
  const to = projectListPath(record.departmentId, doc.year);
  const c = data?.coverage;
  return (
    <Card
      size="small"
      title="项目自评"
      extra={
        <Link to={to} data-testid="project-rollup-link">
          查看项目清单
        </Link>
      }
      style={{ marginBottom: 12 }}
      data-testid="project-rollup"
    >
      {error && <Typography.Text type="secondary">项目自评情况暂时无法读取：{error}</Typography.Text>}
      {!error && !data && <Typography.Text type="secondary">读取中…</Typography.Text>}
      {c && c.projects === 0 && (
        <Typography.Text type="secondary">
          {doc.year} 年度尚无项目自评，可在项目清单中导入或新建。
        </Typography.Text>
      )}
      {c && c.projects > 0 && data && (
        <Space size="large" wrap>
          <span>
            项目 <b data-testid="project-rollup-count">{c.projects}</b> 个，已评分 {c.scored} 个
          </span>
          <span>
            自评覆盖率 <b data-testid="project-rollup-coverage">{coverageText(c)}</b>
          </span>
          <Space size={4} data-testid="project-rollup-grades">
            {GRADES.map((g) => (
              <Tag key={g} color={GRADE_COLOR[g]}>
                {g} {data.distribution[g]}
              </Tag>
            ))}
          </Space>
        </Space>
      )}
    </Card>
  );
}
