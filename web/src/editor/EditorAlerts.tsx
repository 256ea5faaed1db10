/** The banners above the form: the reviewer's reasons when returned, or a note that the document is locked. */
import { Alert, Button } from 'antd';
import type { Comment, Status } from '../api';
import { focusPath } from '../lib/focus';

export function EditorAlerts({
  status,
  comments,
  editable,
}: {
  status: Status;
  comments: readonly Comment[];
  editable: boolean;
}) {
  const returnComment =
    status === 'returned'
      ? [...comments].reverse().find((c) => c.role === 'reviewer' || c.role === 'admin')
      : undefined;
  return (
    <>
      {returnComment && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`已被退回（${returnComment.author}，${new Date(returnComment.at).toLocaleString('zh-CN', { hour12: false })}）`}
          description={returnComment.body}
          action={
            returnComment.path ? (
              <Button size="small" type="link" onClick={() => focusPath(returnComment.path!)}>
                查看字段
              </Button>
            ) : undefined
          }
          data-testid="returned-alert"
        />
      )}
      {!editable && status !== 'returned' && status !== 'draft' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="该自评已提交或审核，部门不能修改。" />
      )}
    </>
  );
}
