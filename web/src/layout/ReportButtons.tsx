/** The two downloads of an evaluation: the Word report and the Excel 自评表. */
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { MouseEvent } from 'react';
import { api } from '../api';

export type ReportKind = 'docx' | 'xlsx';

const REPORTS = [
  { kind: 'docx', icon: <FileWordOutlined />, label: '报告' },
  { kind: 'xlsx', icon: <FileExcelOutlined />, label: '自评表' },
] as const;

export function ReportButtons({
  id,
  type,
  onClick,
  labels,
  testIds = false,
}: {
  id: number;
  type?: 'link';
  /** Runs before the download (the editor saves pending changes first). */
  onClick?: (kind: ReportKind) => (e: MouseEvent<HTMLElement>) => void;
  /** The buttons' words when not 报告 / 自评表 (a project's two are both its 自评表). */
  labels?: Record<ReportKind, string>;
  /** `download-docx` / `download-xlsx`, where the page has one pair. */
  testIds?: boolean;
}) {
  return REPORTS.map(({ kind, icon, label }) => (
    <Button
      key={kind}
      size="small"
      type={type}
      icon={icon}
      href={api.reportUrl(id, kind)}
      download
      onClick={onClick?.(kind)}
      data-testid={testIds ? `download-${kind}` : undefined}
    >
      {labels?.[kind] ?? label}
    </Button>
  ));
}
