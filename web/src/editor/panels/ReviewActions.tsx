/** Workflow buttons for the current user and status: submit, approve, return (with a comment), publish. */
import { App, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import type { Status, TransitionAction, User } from '../../api';

/** The transitions to offer; the server's `allowedActions` wins when it sent them. */
export function availableActions(
  user: User,
  status: Status,
  allowed?: readonly string[],
): TransitionAction[] {
  if (allowed)
    return (['submit', 'approve', 'return', 'publish'] as const).filter((a) => allowed.includes(a));
  const dept = user.role === 'editor' || user.role === 'admin';
  const bureau = user.role === 'reviewer' || user.role === 'admin';
  const out: TransitionAction[] = [];
  if (dept && (status === 'draft' || status === 'returned')) out.push('submit');
  if (bureau && status === 'submitted') out.push('approve', 'return');
  if (bureau && status === 'approved') out.push('publish');
  return out;
}

const LABEL: Record<TransitionAction, string> = {
  submit: '提交审核',
  approve: '审核通过',
  return: '退回修改',
  publish: '公开',
};
const CONFIRM: Record<TransitionAction, string> = {
  submit: '提交后本部门不能再修改，确定提交？',
  approve: '确定审核通过？',
  return: '',
  publish: '公开后不能再修改，确定公开？',
};

export function ReviewActions({
  user,
  status,
  allowed,
  onTransition,
}: {
  user: User;
  status: Status;
  allowed?: readonly string[];
  onTransition: (action: TransitionAction, comment?: string) => Promise<void>;
}) {
  const { modal } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const actions = availableActions(user, status, allowed);
  if (actions.length === 0) return null;
  const run = async (a: TransitionAction, c?: string) => {
    setBusy(true);
    try {
      await onTransition(a, c);
    } finally {
      setBusy(false);
    }
  };
  const click = (a: TransitionAction) => {
    if (a === 'return') return setReturning(true);
    modal.confirm({
      title: LABEL[a],
      content: CONFIRM[a],
      okText: '确定',
      cancelText: '取消',
      onOk: () => run(a),
    });
  };
  return (
    <>
      <Space wrap>
        {actions.map((a) => (
          <Button
            key={a}
            type={a === 'return' ? 'default' : 'primary'}
            danger={a === 'return'}
            loading={busy}
            onClick={() => click(a)}
          >
            {LABEL[a]}
          </Button>
        ))}
      </Space>
      <Modal
        title="退回修改"
        open={returning}
        okText="退回"
        okButtonProps={{ danger: true, disabled: !comment.trim(), loading: busy }}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          await run('return', comment.trim());
          setReturning(false);
          setComment('');
        }}
      >
        <Input.TextArea
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder="请写明退回理由和需要修改的内容（必填）"
          autoSize={{ minRows: 3, maxRows: 8 }}
          data-testid="return-comment"
        />
      </Modal>
    </>
  );
}
