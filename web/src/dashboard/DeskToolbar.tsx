/** The desk's filter bar: statuses shown, whether drafts count, and the downloads and print view of that filter. */
import { FileExcelOutlined, FileZipOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Switch, Tooltip } from 'antd';
import { STATUS_LABEL, STATUSES } from '../../../src/core/labels';
import { api, type Dashboard, type DeskFilter } from '../api';
import { writeDeskFilter } from './desk-filter';

export function DeskToolbar({
  filter,
  data,
  onChange,
}: {
  filter: DeskFilter;
  data: Dashboard | null;
  onChange: (c: Partial<DeskFilter>) => void;
}) {
  // Downloads name the year the server chose when the page named none.
  const shown: DeskFilter = { ...filter, year: filter.year ?? data?.year ?? null };
  const zipBlocked = !filter.district
    ? '请先选择一个区'
    : data && data.departments.length === 0
      ? '没有计入排名的自评可下载'
      : null;
  const printUrl = `/dashboard?${writeDeskFilter(new URLSearchParams({ print: '1' }), shown)}`;
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <span>状态</span>
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 260 }}
            placeholder="全部状态"
            value={filter.statuses}
            onChange={(v) => onChange({ statuses: STATUSES.filter((s) => v.includes(s)) })}
            options={STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
            data-testid="status-filter"
          />
          <Space size={6}>
            <Switch
              checked={filter.includeDrafts}
              onChange={(v) => onChange({ includeDrafts: v })}
              data-testid="include-drafts"
              aria-label="计入草稿和退回"
            />
            <span>计入草稿和退回</span>
          </Space>
          <span className="jx-hint" style={{ margin: 0 }}>
            {filter.includeDrafts
              ? '排名和平均分含全部状态的自评'
              : '排名和平均分只统计已提交、已审核、已公开的自评'}
          </span>
        </Space>
        <Space wrap>
          <Button
            icon={<FileExcelOutlined />}
            href={api.rankingXlsxUrl(shown)}
            download
            disabled={!data}
            data-testid="export-ranking"
          >
            导出排名
          </Button>
          <Tooltip title={zipBlocked}>
            <Button
              icon={<FileZipOutlined />}
              href={zipBlocked ? undefined : api.reportsZipUrl(shown)}
              download
              disabled={!data || !!zipBlocked}
              data-testid="download-zip"
            >
              下载本区报告{data && !zipBlocked ? `（${data.departments.length} 份）` : ''}
            </Button>
          </Tooltip>
          <Button
            icon={<PrinterOutlined />}
            href={printUrl}
            target="_blank"
            disabled={!data}
            data-testid="print-view"
          >
            打印视图
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
