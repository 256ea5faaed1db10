/** Home: a department sees its evaluations by year; the bureau and the administrator filter all they may see. */
import { FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isStatus, STATUS_LABEL, STATUSES, type Status } from '../../../src/core/labels';
import { api, type EvaluationSummary } from '../api';
import { useDepartments } from '../lib/use-departments';
import { navigate, useLocation } from '../router';
import { useUser } from '../session';
import { EvaluationTable } from './EvaluationTable';
import { NewEvaluationModal } from './NewEvaluationModal';

export function HomePage() {
  const user = useUser();
  const { query } = useLocation();
  const ownOnly = user.role === 'editor' || user.role === 'staff';
  const departments = useDepartments();
  const [rows, setRows] = useState<EvaluationSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const departmentId = ownOnly ? user.departmentId : Number(query.get('departmentId')) || null;
  const year = Number(query.get('year')) || null;
  const asked = query.get('status');
  const status = isStatus(asked) ? asked : null;

  useEffect(() => {
    setLoading(true);
    api
      .evaluations({ departmentId, year })
      .then((r) => {
        setRows(
          [...r.evaluations].sort(
            (a, b) => b.year - a.year || a.departmentName.localeCompare(b.departmentName, 'zh'),
          ),
        );
        setError(null);
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setLoading(false));
  }, [departmentId, year]);
  // The status filter is applied here, so each status can show how many it has.
  const shown = useMemo(() => (status ? rows.filter((r) => r.status === status) : rows), [rows, status]);
  const counts = useMemo(() => {
    const n = new Map<Status, number>();
    for (const r of rows) n.set(r.status, (n.get(r.status) ?? 0) + 1);
    return n;
  }, [rows]);

  const setFilter = (key: string, value: string | number | null | undefined) => {
    const q = new URLSearchParams(query);
    if (value === null || value === undefined || value === '') q.delete(key);
    else q.set(key, String(value));
    const s = q.toString();
    navigate(s ? `/?${s}` : '/', { replace: true });
  };

  const myDepartment = departments.find((d) => d.id === user.departmentId);
  const years = useMemo(() => {
    const now = new Date().getFullYear();
    return Array.from({ length: 8 }, (_, i) => now - i);
  }, []);

  return (
    <div className="jx-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {ownOnly ? (myDepartment?.name ?? '本部门') : '部门整体支出绩效自评'}
        </Typography.Title>
        <Space>
          {user.role !== 'staff' && user.role !== 'reviewer' && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建年度自评
            </Button>
          )}
          {user.role !== 'staff' && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/import')}>
              导入报告
            </Button>
          )}
          <Button
            icon={<FileExcelOutlined />}
            href={api.evaluationsXlsxUrl({ departmentId, year, status })}
            download
            disabled={loading || shown.length === 0}
            data-testid="export-list"
          >
            导出列表
          </Button>
        </Space>
      </Space>
      {!ownOnly && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap>
            <Select
              allowClear
              placeholder="全部部门"
              style={{ width: 320 }}
              value={departmentId ?? undefined}
              onChange={(v) => setFilter('departmentId', v)}
              showSearch={{ optionFilterProp: 'label' }}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
            <Select
              allowClear
              placeholder="全部年度"
              style={{ width: 140 }}
              value={year ?? undefined}
              onChange={(v) => setFilter('year', v)}
              options={years.map((y) => ({ value: y, label: `${y} 年度` }))}
            />
            <Select
              allowClear
              placeholder="全部状态"
              style={{ width: 140 }}
              data-testid="list-status-filter"
              value={status ?? undefined}
              onChange={(v) => setFilter('status', v)}
              options={STATUSES.map((s) => ({
                value: s,
                label: `${STATUS_LABEL[s]}（${counts.get(s) ?? 0}）`,
              }))}
            />
          </Space>
        </Card>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Card>
        <EvaluationTable rows={shown} loading={loading} showDepartment={!ownOnly} />
      </Card>
      {creating && (
        <NewEvaluationModal
          open
          onClose={() => setCreating(false)}
          departments={departments}
          fixedDepartmentId={ownOnly ? user.departmentId : null}
        />
      )}
    </div>
  );
}
