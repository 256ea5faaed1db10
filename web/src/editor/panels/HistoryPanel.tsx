/** The history: each version with who (by name) and when; a click shows the fields it changed and can restore it. */
import { App, Button, Empty, Modal, Spin, Table, Tag, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import { summarizeValue } from '../../../../src/core/diff';
import { statusLabel } from '../../../../src/core/labels';
import { api, type VersionChange, type VersionChangesResponse, type VersionEntry } from '../../api';

const KIND: Record<VersionChange['kind'], { label: string; color: string } | null> = {
  changed: null,
  added: { label: '新增', color: 'green' },
  removed: { label: '删除', color: 'red' },
};

export function HistoryPanel({
  id,
  refreshKey,
  currentVersion,
  canRestore,
  onRestore,
}: {
  id: number;
  refreshKey: number;
  /** The version being edited: older ones can be restored. */
  currentVersion: number;
  /** The user may restore now (the department's editor, while the evaluation is editable). */
  canRestore: boolean;
  /** Restore version `v` as a new version; true when it landed. */
  onRestore: (v: number) => Promise<boolean>;
}) {
  const { message, modal } = App.useApp();
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [shown, setShown] = useState<VersionChangesResponse | null>(null);
  const [loadingV, setLoadingV] = useState<number | null>(null);

  useEffect(() => {
    // refreshKey changes after every save, transition and restore.
    void refreshKey;
    api
      .history(id)
      .then((r) => setVersions([...r.versions].sort((a, b) => b.version - a.version)))
      .catch(() => setVersions([]));
  }, [id, refreshKey]);

  const open = async (v: VersionEntry) => {
    setLoadingV(v.version);
    try {
      setShown(await api.versionChanges(id, v.version));
    } catch (e) {
      message.error(e instanceof Error ? e.message : '读取历史版本失败');
    } finally {
      setLoadingV(null);
    }
  };

  const restore = (v: number) =>
    modal.confirm({
      title: `恢复第 ${v} 版`,
      content: `将第 ${v} 版的内容保存为新的第 ${currentVersion + 1} 版；当前内容仍保留在历史中，可以再恢复。确定恢复？`,
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        if (await onRestore(v)) setShown(null);
      },
    });

  if (!versions) return <Spin />;
  if (versions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无历史" />;
  const restorable = shown !== null && canRestore && shown.version.version < currentVersion;
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
              data-version={v.version}
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
          title={`第 ${shown.version.version} 版的修改（${shown.version.by}）`}
          onCancel={() => setShown(null)}
          footer={
            restorable ? (
              <Button onClick={() => restore(shown.version.version)} data-testid="restore-version">
                恢复此版本
              </Button>
            ) : null
          }
        >
          <div data-testid="version-changes">
            <Table
              size="small"
              rowKey={(c) => `${c.kind}:${c.path}`}
              pagination={false}
              scroll={{ y: 480 }}
              dataSource={shown.changes}
              locale={{
                emptyText: shown.previous === null ? '创建时的版本' : '内容没有变化（仅状态变更）',
              }}
              columns={[
                {
                  title: '字段',
                  key: 'label',
                  width: 300,
                  render: (_, c: VersionChange) => (
                    <span data-testid="version-change">
                      {KIND[c.kind] && <Tag color={KIND[c.kind]!.color}>{KIND[c.kind]!.label}</Tag>}
                      {c.label}
                    </span>
                  ),
                },
                {
                  title: '修改前',
                  key: 'before',
                  render: (_, c: VersionChange) => (c.kind === 'added' ? '' : summarizeValue(c.before, 300)),
                },
                {
                  title: '修改后',
                  key: 'after',
                  render: (_, c: VersionChange) => (c.kind === 'removed' ? '' : summarizeValue(c.after, 300)),
                },
              ]}
            />
          </div>
        </Modal>
      )}
    </>
  );
}
