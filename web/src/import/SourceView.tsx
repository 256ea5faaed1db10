/** The uploaded source beside its extraction warnings; a warning with a line number scrolls the source there. */
import { Alert, Empty, List, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { ImportWarning } from '../api';

export function SourceView({
  name,
  source,
  warnings,
}: {
  name: string;
  source: string | null | undefined;
  warnings: ImportWarning[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const [hit, setHit] = useState<number | null>(null);
  const lines = source ? source.split(/\r?\n/) : [];
  const goto = (line: number | null | undefined) => {
    if (!line || !box.current) return;
    setHit(line);
    box.current.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'center' });
  };
  return (
    <div>
      <Typography.Text strong>提取警告（{warnings.length}）</Typography.Text>
      {warnings.length === 0 ? (
        <Alert type="success" showIcon title="未发现提取问题" style={{ margin: '8px 0' }} />
      ) : (
        <List
          size="small"
          style={{ maxHeight: 220, overflow: 'auto', margin: '8px 0', background: '#fff' }}
          bordered
          dataSource={warnings}
          renderItem={(w) => (
            <List.Item
              onClick={() => goto(w.line)}
              className={w.line ? 'jx-clickable' : undefined}
              style={{ fontSize: 13 }}
              data-testid="import-warning"
            >
              <span>
                {w.line ? (
                  <Tag>第 {w.line} 行</Tag>
                ) : w.page ? (
                  <Tag>第 {w.page} 页</Tag>
                ) : w.sheet ? (
                  <Tag>{w.sheet}</Tag>
                ) : null}
                {/* The tag already names the place; do not say it twice. */}
                {w.message.replace(/^第\s*\d+\s*[行页][：:，,]\s*/, '')}
              </span>
            </List.Item>
          )}
        />
      )}
      <Typography.Text strong>原文：{name}</Typography.Text>
      {source == null ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="该格式不能直接显示原文；警告中的页码、表格名对应原文件。"
        />
      ) : (
        <div className="jx-source" ref={box} data-testid="import-source">
          {lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
            <div key={i} data-line={i + 1} className={hit === i + 1 ? 'jx-source-line-hit' : undefined}>
              <span
                style={{
                  color: '#bbb',
                  display: 'inline-block',
                  width: 36,
                  textAlign: 'right',
                  marginRight: 8,
                  userSelect: 'none',
                }}
              >
                {i + 1}
              </span>
              {l}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
