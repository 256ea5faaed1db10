/** The bureau's workflow buttons: approve, return and reopen (each with a written reason), publish. */
import { App, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import type { TransitionAction } from '../../api';

/** The bureau's steps, in the order the buttons show; the department's (submit, withdraw) are in the toolbar. */
const BUREAU_ACTIONS = ['approve', 'return', 'publish', 'reopen'] as const;
type BureauAction = (typeof BUREAU_ACTIONS)[number];

/** The bureau's steps the server allows this user now (`allowedActions`). */
export function bureauActions(allowed: readonly string[]): BureauAction[] {
  return BUREAU_ACTIONS.filter((a) => allowed.includes(a));
}

const LABEL: Record<BureauAction, string> = {
  approve: '审核通过',
  return: '退回修改',
  publish: '公开',
  reopen: '重新打开',
};
const CONFIRM: Partial<Record<BureauAction, string>> = {
  approve: '确定审核通过？',
  publish: '公开后不能再修改，确定公开？',
};
/** Steps that need a written reason: it goes to the department as a comment and into the history. */
const REASON: Partial<Record<BureauAction, { title: string; ok: string; placeholder: string }>> = {
  return: { title: '退回修改', ok: '退回', placeholder: '请写明退回理由和需要修改的内容（必填）' },
  reopen: {
    title: '重新打开',
    ok: '重新打开',
    placeholder: '请写明重新打开的理由（必填），将通知填报部门并记入历史',
  },
};

export function ReviewActions({
  allowed,
  onTransition,
}: {
  allowed: readonly string[];
  onTransition: (action: TransitionAction, comment?: string) => Promise<boolean>;
}) {
  const { modal } = App.useApp();
  const [asking, setAsking] = useState<BureauAction | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const actions = bureauActions(allowed);
  if (actions.length === 0) return null;
  const run = async (a: BureauAction, c?: string) => {
    setBusy(true);
    try {
      return await onTransition(a, c);
    } finally {
      setBusy(false);
    }
  };
  const click = (a: BureauAction) => {
    if (REASON[a]) {
      setComment('');
      setAsking(a);
      return;
    }
    modal.confirm({
      title: LABEL[a],
      content: CONFIRM[a],
      okText: '确定',
      cancelText: '取消',
      onOk: () => run(a),
    });
  };
  const reason = asking ? REASON[asking] : undefined;
  return (
    <>
      <Space wrap>
        {actions.map((a) => (
          <Button
            key={a}
            type={REASON[a] ? 'default' : 'primary'}
            danger={!!REASON[a]}
            loading={busy}
            onClick={() => click(a)}
          >
            {LABEL[a]}
          </Button>
        ))}
      </Space>
      <Modal
        title={reason?.title}
        open={asking !== null}
        okText={reason?.ok}
        cancelText="取消"
        okButtonProps={{ danger: true, disabled: !comment.trim(), loading: busy }}
        onCancel={() => setAsking(null)}
        onOk={async () => {
          if (asking && (await run(asking, comment.trim()))) {
            setAsking(null);
            setComment('');
          }
        }}
      >
        <Input.TextArea
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder={reason?.placeholder}
          autoSize={{ minRows: 3, maxRows: 8 }}
          data-testid={asking === 'reopen' ? 'reopen-reason' : 'return-comment'}
        />
      </Modal>
    </>
  );
}
