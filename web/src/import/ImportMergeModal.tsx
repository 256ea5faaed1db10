/**
 * Importing onto an evaluation that exists: the stored and the imported document side by side, field by field (the
 * conflict dialog's diff and merge), and the user picks which to keep; the result is saved as a new version.
 */
import { Alert, Button, Modal, Radio, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { Evaluation } from '../../../src/core/model';
import type { EvaluationRecord } from '../api';
import { diffDocs, type FieldChange, summarizeValue } from '../lib/doc-diff';
import { describePath } from '../lib/labels';
import { defaultChoice, MERGEABLE, mergeImport, type Side } from './merge';

function Value({ v }: { v: unknown }) {
  return (
    <div style={{ whiteSpace: 'pre-wrap', maxHeight: 120, overflow: 'auto', fontSize: 13 }}>
      {summarizeValue(v)}
    </div>
  );
}

export function ImportMergeModal({
  stored,
  imported,
  saving,
  onSave,
  onCancel,
}: {
  stored: EvaluationRecord;
  imported: Evaluation;
  saving: boolean;
  /** The merged document, to be written against `stored.version`. */
  onSave: (merged: Evaluation) => void;
  onCancel: () => void;
}) {
  const rows = useMemo(() => diffDocs(stored.data, imported).filter(MERGEABLE), [stored, imported]);
  const [choice, setChoice] = useState(() => defaultChoice(stored.data, imported));
  const setAll = (side: Side) => setChoice(Object.fromEntries(rows.map((r) => [r.path, side])));
  const taken = rows.filter((r) => choice[r.path] === 'imported').length;
  const columns: ColumnsType<FieldChange> = [
    { title: '字段', key: 'path', width: 240, render: (_, r) => describePath(r.path, stored.data) },
    {
      title: `已保存（第 ${stored.version} 版，${stored.updatedBy}）`,
      key: 'stored',
      render: (_, r) => <Value v={r.before} />,
    },
    { title: '导入的文件', key: 'imported', render: (_, r) => <Value v={r.after} /> },
    {
      title: '保留',
      key: 'choice',
      width: 170,
      render: (_, r) => (
        <Radio.Group
          size="small"
          value={choice[r.path]}
          onChange={(e) => setChoice((c) => ({ ...c, [r.path]: e.target.value as Side }))}
          options={[
            { value: 'stored', label: '已保存' },
            { value: 'imported', label: '导入' },
          ]}
        />
      ),
    },
  ];
  return (
    <Modal
      open
      width={1100}
      title={`合并导入：${stored.departmentName} ${stored.year} 年度已有自评`}
      onCancel={onCancel}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          取消
        </Button>,
        <Button
          key="merge"
          type="primary"
          loading={saving}
          onClick={() => onSave(mergeImport(stored.data, imported, choice))}
          data-testid="merge-save"
        >
          按所选合并并保存为第 {stored.version + 1} 版
        </Button>,
      ]}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`已保存的自评与导入的文件有 ${rows.length} 处不同，已选 ${taken} 处采用导入的内容。默认保留已保存的内容，只在未填写处采用导入的内容；请逐项选择保留哪一方。`}
      />
      <Space style={{ marginBottom: 8 }}>
        <Button size="small" onClick={() => setAll('stored')}>
          全部保留已保存
        </Button>
        <Button size="small" onClick={() => setAll('imported')}>
          全部采用导入
        </Button>
      </Space>
      <Table<FieldChange>
        size="small"
        rowKey="path"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 440 }}
        data-testid="merge-table"
      />
    </Modal>
  );
}
