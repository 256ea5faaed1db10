/** The history: each saved version with who and when; a click shows what changed in it. */
import { App, Empty, Modal, Spin, Table, Tag, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import type { Evaluation } from '../../../../src/core/model';
import { api, type VersionEntry } from '../../api';
import { diffDocs, type FieldChange, summarizeValue } from '../../lib/doc-diff';
import { describePath, statusLabel } from '../../lib/labels';

export function HistoryPanel({ id, refreshKey }: { id: number; refreshKey: number }) {
  const { message } = App.useApp();
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [shown, setShown] = useState<{ v: VersionEntry; changes: FieldChange[]; doc: Evaluation } | null>(
    null,
  );
  const [loadingV, setLoadingV] = useState<number | null>(null);

  useEffect(() => {
    // refreshKey changes after every save and transition.
    void refreshKey;
    api
      .history(id)
      .then((r) => setVersions([...r.versions].sort((a, b) => b.version - a.version)))
      .catch(() => setVersions([]));
  }, [id, refreshKey]);

  const open = async (v: VersionEntry) => {
    setLoadingV(v.version);
    try {
      const cur = await api.version(id, v.version);
      const prev = v.version > 1 ? await api.version(id, v.version - 1) : null;
      setShown({
        v,
        changes: diffDocs(prev?.evaluation.data ?? {}, cur.evaluation.data),
        doc: cur.evaluation.data,
      });
    } catch (e) {
      message.error(e instanceof Error ? e.message : '读取历史版本失败');
    } finally {
      setLoadingV(null);
    }
  };

  if (!versions) return <Spin />;
  if (versions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无历史" />;
  return (
    <>
      <Timeline
        items={versions.map((v) => ({
          key: v.version,
          content: (
            // biome-ignore lint/a11y/useSemanticElements: a timeline entry that opens the version's changes
            <div
              role="button"
              tabIndex={0}
              className="jx-clickable"
              onClick={() => void open(v)}
              onKeyDown={(e) => e.key === 'Enter' && void open(v)}
              data-testid="history-entry"
            >
              <div>
                第 {v.version} 版 <Tag>{statusLabel(v.status)}</Tag>{' '}
                {loadingV === v.version && <Spin size="small" />}
              </div>
              <div className="jx-hint">
                {v.by} · {new Date(v.at).toLocaleString('zh-CN', { hour12: false })}
              </div>
              {v.summary && <div style={{ fontSize: 13 }}>{v.summary}</div>}
            </div>
          ),
        }))}
      />
      {shown && (
        <Modal
          open
          width={900}
          title={`第 ${shown.v.version} 版的修改（${shown.v.by}）`}
          footer={null}
          onCancel={() => setShown(null)}
        >
          <Table
            size="small"
            rowKey="path"
            pagination={false}
            scroll={{ y: 480 }}
            dataSource={shown.changes}
            locale={{ emptyText: '内容没有变化（仅状态变更）' }}
            columns={[
              {
                title: '字段',
                key: 'path',
                width: 260,
                render: (_, c: FieldChange) => describePath(c.path, shown.doc),
              },
              { title: '修改前', key: 'before', render: (_, c: FieldChange) => summarizeValue(c.before) },
              { title: '修改后', key: 'after', render: (_, c: FieldChange) => summarizeValue(c.after) },
            ]}
          />
        </Modal>
      )}
    </>
  );
}
