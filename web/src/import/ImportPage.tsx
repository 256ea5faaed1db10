/** Import: upload reports (.docx .pdf .txt .xlsx .json), see what was extracted beside the source, correct it, save. */
import { InboxOutlined } from '@ant-design/icons';
import { Card, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useDepartments } from '../lib/use-departments';
import { navigate } from '../router';
import { ImportQueue } from './ImportQueue';
import { ImportReview } from './ImportReview';
import { useImportQueue } from './use-import-queue';

export default function ImportPage() {
  const { items, add, remove, patch } = useImportQueue();
  const [selected, setSelected] = useState<string | null>(null);
  const departments = useDepartments();
  // Open the first file as soon as it is extracted.
  useEffect(() => {
    if (!selected) {
      const first = items.find((i) => i.preview);
      if (first) setSelected(first.key);
    }
  }, [items, selected]);

  const current = items.find((i) => i.key === selected && i.preview);
  const single = items.length === 1;
  return (
    <div className="jx-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        导入自评报告
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Upload.Dragger
          multiple
          accept=".docx,.pdf,.txt,.xlsx,.json"
          showUploadList={false}
          beforeUpload={(file, list) => {
            // Called once per file; queue the whole selection on the first call.
            if (file === list[0]) add(list as unknown as File[]);
            return false;
          }}
          style={{ padding: items.length ? 0 : 12 }}
          data-testid="import-dropzone"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入自评报告文件</p>
          <p className="ant-upload-hint">
            支持 Word（.docx）、PDF、文本（.txt）、Excel 自评表（.xlsx）和 JSON，可一次选择多个文件
          </p>
        </Upload.Dragger>
        {items.length > 0 && (
          <div style={{ marginTop: 12 }}>
            <ImportQueue
              items={items}
              selected={selected}
              onSelect={setSelected}
              onRemove={(k) => {
                remove(k);
                if (k === selected) setSelected(null);
              }}
            />
          </div>
        )}
      </Card>
      {current && (
        <ImportReview
          key={current.key}
          item={current}
          departments={departments}
          onSaved={(id) => {
            patch(current.key, { status: 'saved', savedId: id });
            if (single) navigate(`/evaluations/${id}`);
          }}
        />
      )}
    </div>
  );
}
