/** The bar above the editor: which evaluation, its status, the save state, the live score, downloads and sections. */
import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Divider, Space, Tag, Typography } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { round2 } from '../../../src/core/money';
import type { ScoreResult } from '../../../src/core/rubric';
import { api, type EvaluationRecord } from '../api';
import { STATUS_COLOR, STATUS_LABEL } from '../lib/labels';
import { Link } from '../router';

const SECTIONS = [
  ['sec-basic', '基本情况'],
  ['sec-finance', '收支'],
  ['sec-indicators', '绩效指标'],
  ['sec-management', '管理效率'],
  ['sec-projects', '项目'],
  ['sec-conclusion', '结论'],
] as const;

export function EditorToolbar({
  record,
  score,
  errors,
  saveState,
  pending,
  flush,
}: {
  record: EvaluationRecord;
  score: ScoreResult | null;
  errors: number;
  saveState: ReactNode;
  /** Unsaved changes exist: a download saves them first, so the file matches the screen. */
  pending: boolean;
  flush: () => Promise<boolean>;
}) {
  const download = (kind: 'docx' | 'xlsx') => (e: MouseEvent<HTMLElement>) => {
    if (!pending) return;
    e.preventDefault();
    void flush().then(() => {
      window.location.href = api.reportUrl(record.id, kind);
    });
  };
  const total = score ? (score.total ?? score.computedTotal) : null;
  return (
    <div className="jx-toolbar">
      <Link to="/" aria-label="返回">
        <ArrowLeftOutlined />
      </Link>
      <Typography.Text strong style={{ fontSize: 16, maxWidth: 440 }} ellipsis={{ tooltip: true }}>
        {record.departmentName} · {record.data.year} 年度
      </Typography.Text>
      <Tag color={STATUS_COLOR[record.status]} data-testid="status-tag">
        {STATUS_LABEL[record.status]}
      </Tag>
      {saveState}
      <Divider orientation="vertical" />
      <span>
        得分 <b data-testid="toolbar-score">{total === null ? '—' : round2(total).toFixed(2)}</b>
        {score?.grade && <Tag style={{ marginLeft: 4 }}>{score.grade}</Tag>}
      </span>
      {errors > 0 && <Tag color="error">审核错误 {errors}</Tag>}
      <Space size={2} style={{ marginLeft: 'auto' }}>
        {SECTIONS.map(([id, label]) => (
          <Button
            key={id}
            size="small"
            type="text"
            onClick={() => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth' })}
          >
            {label}
          </Button>
        ))}
        <Button
          size="small"
          icon={<FileWordOutlined />}
          href={api.reportUrl(record.id, 'docx')}
          download
          onClick={download('docx')}
          data-testid="download-docx"
        >
          报告
        </Button>
        <Button
          size="small"
          icon={<FileExcelOutlined />}
          href={api.reportUrl(record.id, 'xlsx')}
          download
          onClick={download('xlsx')}
          data-testid="download-xlsx"
        >
          自评表
        </Button>
      </Space>
    </div>
  );
}
