/**
 * Review: the bureau's workflow buttons, the department's explanations of audit errors sent with its submission, the
 * comments (each on a field or on the whole evaluation) and a form to add one.
 */
import { CloseOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_LABEL, STATUS_LABEL } from '../../../../src/core/labels';
import type { Comment, Status, Submission, TransitionAction } from '../../api';
import { focusPath } from '../../lib/focus';
import { STATUS_COLOR } from '../../lib/labels';
import { useDescribe } from '../kind-context';
import { ReviewActions } from './ReviewActions';

export function ReviewPanel({
  status,
  allowed,
  submission,
  doc,
  comments,
  total,
  onLoadOlder,
  selectedPath,
  onClearSelection,
  onComment,
  onTransition,
}: {
  status: Status;
  allowed: readonly string[];
  /** The last submission; its explanations are shown while it stands (not after a withdrawal). */
  submission: Submission | null;
  doc: unknown;
  comments: Comment[];
  /** All comments of the evaluation; more than `comments` when older pages are not loaded yet. */
  total: number;
  /** Load the page before the oldest comment shown; absent when all are loaded. */
  onLoadOlder?: () => Promise<void>;
  selectedPath: string | null;
  onClearSelection: () => void;
  onComment: (body: string, path: string | null) => Promise<void>;
  onTransition: (action: TransitionAction, comment?: string) => Promise<boolean>;
}) {
  const describePath = useDescribe();
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
        <ReviewActions allowed={allowed} onTransition={onTransition} />
      </div>
      {status !== 'draft' && submission && submission.explanations.length > 0 && (
        <SubmissionExplanations submission={submission} doc={doc} />
      )}
      <Typography.Text strong>审阅意见（{total}）</Typography.Text>
      {comments.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无意见" />}
      {onLoadOlder && <LoadOlder left={total - comments.length} onLoad={onLoadOlder} />}
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

/** The audit errors the department submitted with, each beside its explanation. */
function SubmissionExplanations({ submission, doc }: { submission: Submission; doc: unknown }) {
  const describePath = useDescribe();
  return (
    <div style={{ marginBottom: 16 }} data-testid="submission-explanations">
      <Typography.Text strong>提交时对审核错误的说明（{submission.explanations.length}）</Typography.Text>
      <div className="jx-hint">
        {submission.by} 于 {new Date(submission.at).toLocaleString('zh-CN', { hour12: false })} 提交第{' '}
        {submission.version} 版时填写
      </div>
      {submission.explanations.map((x) => (
        <div
          key={`${x.code}@${x.path ?? ''}`}
          style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
          data-testid="submission-explanation"
        >
          <div style={{ fontSize: 13 }}>
            <Tag color="error">错误</Tag>
            {x.path ? (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => focusPath(x.path!)}
              >
                {describePath(x.path, doc)}
              </Button>
            ) : null}{' '}
            {x.message}
          </div>
          <div style={{ whiteSpace: 'pre-wrap', background: '#fffbe6', padding: '4px 8px', marginTop: 4 }}>
            部门说明：{x.text}
          </div>
        </div>
      ))}
    </div>
  );
}

/** The button above the oldest comment shown: loads the page before it. */
function LoadOlder({ left, onLoad }: { left: number; onLoad: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const load = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await onLoad();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ padding: '8px 0' }}>
      <Button size="small" loading={busy} onClick={load} data-testid="comments-older">
        加载更早的意见（还有 {left} 条）
      </Button>
      {failed && (
        <Typography.Text type="danger" style={{ marginLeft: 8 }}>
          加载失败，请重试
        </Typography.Text>
      )}
    </div>
  );
}
