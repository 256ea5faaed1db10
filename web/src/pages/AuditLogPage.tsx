/** The audit log for the administrator: who (display name, username on hover) did what to which record, and when. */
import { Alert, Card, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { AUDIT_ENTITIES, auditActionLabel, auditEntityLabel, describeChanges } from '../accounts/labels';
import { PersonName } from '../accounts/PersonName';
import { type AuditEntry, api } from '../api';

/** The record an entry is about, as people name it. */
function target(e: AuditEntry): string {
  const d = e.detail as Record<string, unknown>;
  const label = auditEntityLabel(e.entity);
  if (e.entity === 'user' && typeof d.name === 'string')
    return `${label}：${d.name}（${String(d.username ?? '')}）`;
  if (e.entity === 'department' && typeof d.name === 'string') return `${label}：${d.name}`;
  return e.entityId ? `${label} #${e.entityId}` : label;
}

export default function AuditLogPage() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [entity, setEntity] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setLoading(true);
    api
      .auditLog({ limit: 500, ...(entity ? { entity } : {}) })
      .then((r) => {
        setEntries(r.entries);
        setError(null);
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setLoading(false));
  }, [entity]);
  return (
    <div className="jx-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        操作日志
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Card>
        <Space style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="全部记录"
            style={{ width: 160 }}
            value={entity ?? undefined}
            onChange={(v) => setEntity(v ?? null)}
            options={AUDIT_ENTITIES}
          />
          <Typography.Text type="secondary">显示最近 500 条</Typography.Text>
        </Space>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={entries}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            {
              title: '时间',
              dataIndex: 'at',
              width: 170,
              render: (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false }),
            },
            {
              title: '操作人',
              key: 'who',
              width: 160,
              render: (_, e) => <PersonName name={e.name} username={e.username} />,
            },
            { title: '操作', dataIndex: 'action', width: 120, render: auditActionLabel },
            { title: '对象', key: 'target', render: (_, e) => target(e) },
            { title: '变动', key: 'changes', render: (_, e) => describeChanges(e.detail) },
            { title: '地址', dataIndex: 'ip', width: 130 },
          ]}
        />
      </Card>
    </div>
  );
}
