/**
 * A department-year's project self-evaluations: 自评覆盖率 and the grade distribution over all of them, the table
 * filtered (未评分 / 未完成指标 / 执行率偏低) and searched, and the list's import, a new project and the downloads.
 */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Dropdown, Input, Segmented, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { LOW_EXECUTION_RATE } from '../../../src/api/projects';
import { api, type ProjectFilter } from '../api';
import { useDepartments } from '../lib/use-departments';
import { navigate, useLocation } from '../router';
import { useUser } from '../session';
import { projectListPath, searchRows } from './figures';
import { NewProjectModal } from './NewProjectModal';
import { ProjectImportModal } from './ProjectImportModal';
import { ProjectSummary } from './ProjectSummary';
import { ProjectTable } from './ProjectTable';
import { useProjects } from './use-projects';

const FILTERS: { value: ProjectFilter | 'all'; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'unscored', label: '未评分' },
  { value: 'unmet', label: '未完成指标' },
  { value: 'low_execution', label: `执行率偏低（< ${LOW_EXECUTION_RATE}%）` },
];

/** The last year closed: what a list opens on when the department has no self-evaluation yet. */
const defaultYear = () => new Date().getFullYear() - 1;

/** Without a year in the address, the list opens on the department's latest self-evaluation's year. */
function useYear(departmentId: number): number | null {
  const { query } = useLocation();
  const asked = Number(query.get('year')) || null;
  useEffect(() => {
    if (asked) return;
    let live = true;
    const open = (y: number) => live && navigate(projectListPath(departmentId, y), { replace: true });
    api
      .evaluations({ departmentId })
      .then((r) => {
        const years = r.evaluations.map((e) => e.year);
        open(years.length ? Math.max(...years) : defaultYear());
      })
      .catch(() => open(defaultYear()));
    return () => {
      live = false;
    };
  }, [asked, departmentId]);
  return asked;
}

export default function ProjectListPage({ departmentId }: { departmentId: number }) {
  const year = useYear(departmentId);
  if (year === null)
    return (
      <div style={{ display: 'grid', placeItems: 'center', paddingTop: 120 }}>
        <Spin description="加载中…" />
      </div>
    );
  return <ProjectList key={year} departmentId={departmentId} year={year} />;
}

function ProjectList({ departmentId, year }: { departmentId: number; year: number }) {
  const user = useUser();
  const [filter, setFilter] = useState<ProjectFilter | null>(null);
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<'import' | 'new' | null>(null);
  const { data, loading, error, reload } = useProjects(departmentId, year, filter);
  const department = useDepartments().find((d) => d.id === departmentId);
  const rows = useMemo(() => searchRows(data?.projects ?? [], search), [data, search]);
  const canWrite = user.role === 'editor' || user.role === 'admin';
  const years = useMemo(() => Array.from({ length: 8 }, (_, i) => defaultYear() + 1 - i), []);
  const exportUrl = (format: 'xlsx' | 'zip', type?: 'docx' | 'xlsx') =>
    api.projectsExportUrl(departmentId, { year, format, ...(type ? { type } : {}) });
  const none = data !== null && data.coverage.projects === 0;

  return (
    <div className="jx-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="project-list-title">
          {department?.name ?? '本部门'} · 项目支出绩效自评
        </Typography.Title>
        <Space wrap>
          <Select
            value={year}
            style={{ width: 120 }}
            onChange={(y) => navigate(projectListPath(departmentId, y), { replace: true })}
            options={years.map((y) => ({ value: y, label: `${y} 年度` }))}
            aria-label="年度"
          />
          {canWrite && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setDialog('import')}
              data-testid="project-import"
            >
              导入项目清单
            </Button>
          )}
          {canWrite && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog('new')} data-testid="project-new">
              新建项目
            </Button>
          )}
          <Dropdown
            disabled={none}
            menu={{
              items: [
                {
                  key: 'xlsx',
                  label: (
                    <a href={exportUrl('xlsx')} download>
                      一个工作簿（每个项目一张表，.xlsx）
                    </a>
                  ),
                },
                {
                  key: 'docx',
                  label: (
                    <a href={exportUrl('zip', 'docx')} download>
                      压缩包：每个项目一份 Word（.zip）
                    </a>
                  ),
                },
                {
                  key: 'zipx',
                  label: (
                    <a href={exportUrl('zip', 'xlsx')} download>
                      压缩包：每个项目一份 Excel（.zip）
                    </a>
                  ),
                },
              ],
            }}
          >
            <Button type="primary" icon={<DownloadOutlined />} data-testid="project-export">
              下载全部自评表
            </Button>
          </Dropdown>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {data && <ProjectSummary data={data} />}
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Segmented
            value={filter ?? 'all'}
            options={FILTERS}
            onChange={(v) => setFilter(v === 'all' ? null : (v as ProjectFilter))}
            data-testid="project-filter"
          />
          <Input.Search
            allowClear
            placeholder="按项目名称或编码查找"
            style={{ width: 280 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="project-search"
          />
        </Space>
        {none && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${year} 年度尚无项目自评`}
            description={canWrite ? '导入预算系统的项目清单，每个项目生成一份草稿；或逐个新建。' : undefined}
          />
        )}
        <ProjectTable rows={rows} loading={loading} />
      </Card>
      {dialog === 'import' && (
        <ProjectImportModal
          departmentId={departmentId}
          year={year}
          onClose={() => setDialog(null)}
          onImported={reload}
        />
      )}
      {dialog === 'new' && (
        <NewProjectModal
          departmentId={departmentId}
          departmentName={department?.name}
          year={year}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
