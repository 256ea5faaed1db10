/** On a save conflict: both versions side by side, field by field, and the user picks what to keep. */
import { Alert, Button, Modal, Radio, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { FieldRegistry } from '../../../src/core/model/fields';
import { applyChanges, type ConflictRow, conflictRows, summarizeValue } from '../lib/doc-diff';
import { useDescribe, useFields } from './kind-context';
import type { AnyDoc } from './kinds';
import type { Conflict } from './use-autosave';

type Side = 'mine' | 'theirs';

/** The typed text of number fields, one field a line. */
const draftsText = (v: unknown, fieldLabel: FieldRegistry['fieldLabel']) =>
  v && typeof v === 'object'
    ? Object.entries(v as Record<string, string>)
        .map(([p, t]) => `${fieldLabel(p)}：${t}`)
        .join('\n') || '（空）'
    : '（空）';

function Value({ v, drafts }: { v: unknown; drafts: boolean }) {
  const { fieldLabel } = useFields();
  return (
    <div style={{ whiteSpace: 'pre-wrap', maxHeight: 120, overflow: 'auto', fontSize: 13 }}>
      {drafts ? draftsText(v, fieldLabel) : summarizeValue(v)}
    </div>
  );
}

export function ConflictModal<D extends AnyDoc>({
  conflict,
  onMerge,
  onTakeTheirs,
}: {
  conflict: Conflict<D>;
  /** The merged document, to be saved on top of the server's version. */
  onMerge: (merged: D) => void;
  onTakeTheirs: () => void;
}) {
  const { theirs, mine, base } = conflict;
  const describePath = useDescribe();
  const rows = useMemo(() => conflictRows(base, mine, theirs.data), [base, mine, theirs]);
  // Keep our edits, and take theirs where only they changed the field.
  const [choice, setChoice] = useState<Record<string, Side>>(() =>
    Object.fromEntries(rows.map((r) => [r.path, r.mineChanged ? 'mine' : 'theirs'])),
  );
  const merge = () => {
    const chosen = rows
      .filter((r) => choice[r.path] === 'mine')
      .map((r) => ({ path: r.path, before: r.theirs, after: r.mine }));
    onMerge(applyChanges(theirs.data, chosen));
  };
  const columns: ColumnsType<ConflictRow> = [
    {
      title: '字段',
      key: 'path',
      width: 220,
      render: (_, r) => (
        <>
          <div>{r.path === 'drafts' ? '尚未成为数值的填写' : describePath(r.path, theirs.data)}</div>
          {r.mineChanged && r.theirsChanged && <Tag color="red">双方都修改了</Tag>}
        </>
      ),
    },
    {
      title: `服务器版本（第 ${theirs.version} 版，${theirs.updatedBy}）`,
      key: 'theirs',
      render: (_, r) => <Value v={r.theirs} drafts={r.path === 'drafts'} />,
    },
    { title: '我的修改', key: 'mine', render: (_, r) => <Value v={r.mine} drafts={r.path === 'drafts'} /> },
    {
      title: '保留',
      key: 'choice',
      width: 150,
      render: (_, r) => (
        <Radio.Group
          size="small"
          value={choice[r.path]}
          onChange={(e) => setChoice((c) => ({ ...c, [r.path]: e.target.value as Side }))}
          options={[
            { value: 'mine', label: '我的' },
            { value: 'theirs', label: '服务器' },
          ]}
        />
      ),
    },
  ];
  return (
    <Modal
      open
      width={1100}
      title="保存冲突：该自评已被他人修改"
      closable={false}
      mask={{ closable: false }}
      footer={[
        <Button key="theirs" onClick={onTakeTheirs}>
          放弃我的修改，采用服务器版本
        </Button>,
        <Button key="merge" type="primary" onClick={merge}>
          按所选合并并保存
        </Button>,
      ]}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={`${theirs.updatedBy} 于 ${new Date(theirs.updatedAt).toLocaleString('zh-CN', { hour12: false })} 保存了第 ${theirs.version} 版。两个版本有 ${rows.length} 处不同，请逐项选择保留哪一方；两边的内容都不会被直接覆盖。`}
      />
      <Table<ConflictRow>
        size="small"
        rowKey="path"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 480 }}
        data-testid="conflict-table"
      />
    </Modal>
  );
}
