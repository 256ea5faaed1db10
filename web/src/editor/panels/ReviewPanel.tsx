/** Review: the workflow buttons, the comments (each on a field or on the whole evaluation) and a form to add one. */
import { CloseOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Evaluation } from '../../../../src/core/model';
import type { Comment, Status, TransitionAction, User } from '../../api';
import { focusPath } from '../../lib/focus';
import { describePath, ROLE_LABEL, STATUS_COLOR, STATUS_LABEL } from '../../lib/labels';
import { ReviewActions } from './ReviewActions';

export function ReviewPanel({
  user,
  status,
  allowed,
  doc,
  comments,
  selectedPath,
  onClearSelection,
  onComment,
  onTransition,
}: {
  user: User;
  status: Status;
  allowed?: readonly string[];
  doc: Evaluation;
  comments: Comment[];
  selectedPath: string | null;
  onClearSelection: () => void;
  onComment: (body: string, path: string | null) => Promise<void>;
  onTransition: (action: TransitionAction, comment?: string) => Promise<void>;
}) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      await onComment(body.trim(), selectedPath);
      setBody('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="review-panel">
      <Space style={{ marginBottom: 12 }}>
        当前状态 <Tag color={STATUS_COLOR[status]}>{STATUS_LABEL[status]}</Tag>
      </Space>
      <div style={{ marginBottom: 16 }}>
        <ReviewActions user={user} status={status} allowed={allowed} onTransition={onTransition} />
      </div>
      <Typography.Text strong>审阅意见（{comments.length}）</Typography.Text>
      {comments.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无意见" />}
      {comments.map((c) => (
        <div key={c.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }} data-testid="comment">
          <div style={{ fontSize: 12, color: '#888' }}>
            {c.author}（{ROLE_LABEL[c.role] ?? c.role}）·{' '}
            {new Date(c.at).toLocaleString('zh-CN', { hour12: false })}
          </div>
          {c.path && (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              onClick={() => focusPath(c.path!)}
            >
              {describePath(c.path, doc)}
            </Button>
          )}
          <div style={{ whiteSpace: 'pre-wrap' }}>{c.body}</div>
        </div>
      ))}
      <div style={{ marginTop: 12 }}>
        <div className="jx-hint" style={{ marginBottom: 4 }}>
          {selectedPath ? (
            <Space size={4}>
              针对：<Tag>{describePath(selectedPath, doc)}</Tag>
              <Button
                size="small"
                type="text"
                icon={<CloseOutlined />}
                aria-label="取消选择字段"
                onClick={onClearSelection}
              />
            </Space>
          ) : (
            '点击左侧任一字段可针对该字段发表意见；未选择时针对整份自评。'
          )}
        </div>
        <Input.TextArea
          value={body}
          onChange={(e) => setBody(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder="填写意见"
          data-testid="comment-input"
        />
        <Button
          type="primary"
          style={{ marginTop: 8 }}
          disabled={!body.trim()}
          loading={busy}
          onClick={() => void send()}
        >
          发表意见
        </Button>
      </div>
    </div>
  );
}
