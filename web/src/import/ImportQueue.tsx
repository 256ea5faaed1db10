/** The files being imported: overall progress, and per file its status, what was found and how many warnings. */
import { Button, Progress, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ImportItem } from './use-import-queue';

const STATUS: Record<ImportItem['status'], [string, string]> = {
  waiting: ['default', '等待中'],
  uploading: ['processing', '提取中'],
  done: ['success', '待校对'],
  error: ['error', '失败'],
  saved: ['purple', '已保存'],
};

export function ImportQueue({
  items,
  selected,
  onSelect,
  onRemove,
}: {
  items: ImportItem[];
  selected: string | null;
  onSelect: (key: string) => void;
  onRemove: (key: string) => void;
}) {
  const finished = items.filter((i) => i.status !== 'waiting' && i.status !== 'uploading').length;
  const current = items.find((i) => i.status === 'uploading');
  const columns: ColumnsType<ImportItem> = [
    { title: '文件', key: 'name', render: (_, i) => i.file.name },
    {
      title: '状态',
      key: 'status',
      width: 160,
      render: (_, i) =>
        i.status === 'uploading' ? (
          <Progress percent={i.progress} size="small" status="active" />
        ) : (
          <Tag color={STATUS[i.status][0]}>{STATUS[i.status][1]}</Tag>
        ),
    },
    {
      title: '部门',
      key: 'dep',
      render: (_, i) =>
        i.preview?.department.name ?? (i.error ? <span style={{ color: '#cf1322' }}>{i.error}</span> : ''),
    },
    { title: '年度', key: 'year', width: 70, render: (_, i) => i.preview?.year ?? '' },
    {
      title: '指标',
      key: 'ind',
      width: 60,
      render: (_, i) =>
        i.preview ? <span data-testid="queue-indicators">{i.preview.indicators.length}</span> : '',
    },
    { title: '警告', key: 'warn', width: 60, render: (_, i) => (i.warnings ? i.warnings.length : '') },
    {
      title: '',
      key: 'op',
      width: 130,
      render: (_, i) => (
        <Space>
          {i.preview && (
            <Button
              size="small"
              type={selected === i.key ? 'primary' : 'default'}
              onClick={() => onSelect(i.key)}
            >
              校对
            </Button>
          )}
          {i.status !== 'uploading' && (
            <Button size="small" type="text" danger onClick={() => onRemove(i.key)}>
              移除
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      {items.length > 1 && (
        <div style={{ marginBottom: 8 }} data-testid="import-progress">
          已处理 {finished} / {items.length} 个文件{current ? `，正在提取：${current.file.name}` : ''}
          <Progress percent={Math.round((finished / items.length) * 100)} size="small" />
        </div>
      )}
      <Table<ImportItem> size="small" rowKey="key" columns={columns} dataSource={items} pagination={false} />
    </>
  );
}
