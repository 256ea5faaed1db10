/** A small marker on a field that has review comments; hovering shows them. */
import { MessageOutlined } from '@ant-design/icons';
import { Badge, Popover } from 'antd';
import type { Comment } from '../api';

export function CommentMark({ comments }: { comments: Comment[] }) {
  const content = (
    <div style={{ maxWidth: 320 }}>
      {comments.map((c) => (
        <div key={c.id} style={{ marginBottom: 8 }}>
          <div style={{ fontSize: 12, color: '#888' }}>
            {c.author} · {new Date(c.at).toLocaleString('zh-CN', { hour12: false })}
          </div>
          <div>{c.body}</div>
        </div>
      ))}
    </div>
  );
  return (
    <Popover content={content} title="审阅意见">
      <Badge count={comments.length} size="small" offset={[4, -2]} color="#fa541c">
        <MessageOutlined style={{ color: '#fa541c' }} data-testid="comment-mark" />
      </Badge>
    </Popover>
  );
}
