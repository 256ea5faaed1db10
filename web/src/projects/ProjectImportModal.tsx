/**
 * 导入项目清单: a .xlsx or .csv from the budget system (or a workbook of filled-in 自评表) becomes one draft per project. Shows what was created and what
 * existed already, and every problem with the sheet, row and column it is at; a file refused as a whole creates nothing.
 */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Modal, Space, Statistic, Table, Tag, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { SEVERITY_LABEL } from '../../../src/core/labels';
import { ApiError, api, type ProjectImportResponse, type ProjectListProblem } from '../api';

const SEVERITY_COLOR = { error: 'error', warning: 'warning', info: 'default' } as const;

const PROBLEM_COLUMNS: ColumnsType<ProjectListProblem> = [
  {
    title: '级别',
    dataIndex: 'severity',
    width: 70,
    render: (s: ProjectListProblem['severity']) => <Tag color={SEVERITY_COLOR[s]}>{SEVERITY_LABEL[s]}</Tag>,
  },
  { title: '工作表', dataIndex: 'sheet', width: 100, render: (v: string | null) => v ?? '—' },
  { title: '行', dataIndex: 'row', width: 60, render: (v: number | null) => v ?? '—' },
  {
    title: '列',
    key: 'column',
    width: 130,
    render: (_, p) => [p.column, p.header && `「${p.header}」`].filter(Boolean).join(' ') || '—',
  },
  { title: '问题', dataIndex: 'message' },
];

/** Problems a refusal carries (400: the file creates nothing), when the server sent them. */
function problemsOf(e: unknown): ProjectListProblem[] {
  const list = e instanceof ApiError ? e.body.problems : null;
  return Array.isArray(list) ? (list as ProjectListProblem[]) : [];
}

export function ProjectImportModal({
  departmentId,
  year,
  onClose,
  onImported,
}: {
  departmentId: number;
  year: number;
  onClose: () => void;
  onImported: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ProjectImportResponse | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; problems: ProjectListProblem[] } | null>(null);
  const send = async (file: File) => {
    setBusy(true);
    setResult(null);
    setRefusal(null);
    try {
      setResult(await api.importProjects(departmentId, year, file));
      onImported();
    } catch (e) {
      setRefusal({ message: e instanceof Error ? e.message : '导入失败', problems: problemsOf(e) });
    } finally {
      setBusy(false);
    }
  };
  const problems = result?.problems ?? refusal?.problems ?? [];
  return (
    <Modal open width={900} title={`导入 ${year} 年度项目清单`} onCancel={onClose} footer={null}>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
        data-testid="project-import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{busy ? '正在导入…' : '点击或拖入预算系统导出的项目清单（.xlsx 或 .csv）'}</p>
        <p className="jx-hint">
          需有「项目名称」列；可含项目编码、项目类别、负责人、资金来源、年初预算数、全年预算数、全年执行数。每个项目生成一份项目自评草稿，已有的项目跳过。也可导入已填写的项目支出绩效自评表（.xlsx，每个工作表一个项目），连同其绩效指标一并导入。
        </p>
      </Upload.Dragger>
      {result && (
        <div data-testid="project-import-result" style={{ marginTop: 16 }}>
          <Space size="large">
            <Statistic title="清单所列项目" value={result.listed} suffix="个" />
            <Statistic title="新建项目自评" value={result.created} suffix="个" data-testid="import-created" />
            <Statistic title="已有而跳过" value={result.skipped} suffix="个" data-testid="import-skipped" />
          </Space>
        </div>
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={`未导入：${refusal.message}`}
          description={
            refusal.problems.length ? '文件中的问题如下，改正后重新导入；本次没有新建任何项目。' : undefined
          }
          data-testid="project-import-error"
        />
      )}
      {problems.length > 0 && (
        <Table<ProjectListProblem>
          style={{ marginTop: 16 }}
          size="small"
          rowKey={(p, i) => `${p.code}:${p.sheet}:${p.row}:${p.column}:${i}`}
          columns={PROBLEM_COLUMNS}
          dataSource={problems}
          pagination={problems.length > 20 ? { pageSize: 20 } : false}
          data-testid="project-import-problems"
        />
      )}
    </Modal>
  );
}
