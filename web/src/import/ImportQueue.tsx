/**
 * The files being imported: overall progress, and per file its state (排队中, 上传中, 读取中 第 3/12 页, 已读取, 失败
 * with the reason), what was found and how many warnings.
 */
import { Button, Progress, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ImportItem } from './use-import-queue';

const STATUS: Record<ImportItem['status'], [string, string]> = {
  waiting: ['default', '排队中'],
  uploading: ['processing', '上传中'],
  reading: ['processing', '读取中'],
  done: ['success', '已读取'],
  error: ['error', '失败'],
  saved: ['purple', '已保存'],
};

const busy = (i: ImportItem) => i.status === 'waiting' || i.status === 'uploading' || i.status === 'reading';

/** The state as the row shows it: a bar while the file is sent, the pages while a scan is read. */
function StatusCell({ item: i }: { item: ImportItem }) {
  if (i.status === 'uploading' && i.progress > 0 && i.progress < 100)
    return <Progress percent={i.progress} size="small" status="active" />;
  const [color, label] = STATUS[i.status];
  const detail =
    i.status === 'reading' && i.pages
      ? ` 第 ${i.pages.done}/${i.pages.total} 页`
      : i.status === 'waiting' && i.retryAt
        ? '（服务器忙，稍后重试）'
        : '';
  return (
    <Tag color={color} data-testid="queue-status" data-status={i.status}>
      {label}
      {detail}
    </Tag>
  );
}

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
  const finished = items.filter((i) => !busy(i)).length;
  const current = items.filter((i) => i.status === 'uploading' || i.status === 'reading');
  const columns: ColumnsType<ImportItem> = [
    { title: '文件', key: 'name', render: (_, i) => i.file.name },
    {
      title: '状态',
      key: 'status',
      width: 200,
      render: (_, i) => <StatusCell item={i} />,
    },
    {
      title: '部门',
      key: 'dep',
      render: (_, i) =>
        i.preview?.department.name ??
        (i.error ? (
          <span style={{ color: '#cf1322' }} data-testid="queue-error">
            {i.error}
          </span>
        ) : (
          ''
        )),
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
          {i.status !== 'uploading' && i.status !== 'reading' && (
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
          已处理 {finished} / {items.length} 个文件
          {current.length ? `，正在读取：${current.map((i) => i.file.name).join('、')}` : ''}
          <Progress percent={Math.round((finished / items.length) * 100)} size="small" />
        </div>
      )}
      <Table<ImportItem> size="small" rowKey="key" columns={columns} dataSource={items} pagination={false} />
    </>
  );
}
