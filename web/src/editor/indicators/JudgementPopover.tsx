/** A person's verdict on an indicator the figures cannot settle: result and, when points are lost, the reason. */
import { Button, Input, Popover, Select, Space } from 'antd';
import { useState } from 'react';
import { RESULT_LABEL } from '../../../../src/core/labels';
import type { Judgement } from '../../../../src/core/model';

type Result = NonNullable<Judgement['result']>;

export function JudgementPopover({
  value,
  by,
  onChange,
}: {
  value: Judgement | null | undefined;
  by: string;
  onChange: (j: Judgement | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<Result | undefined>(value?.result ?? undefined);
  const [reason, setReason] = useState(value?.reason ?? '');
  const needsReason = result === 'not_met' || result === 'partly_met';
  const save = () => {
    onChange(result ? { result, reason: reason.trim() || null, by } : null);
    setOpen(false);
  };
  const content = (
    <Space orientation="vertical" style={{ width: 260 }}>
      <Select<Result>
        value={result}
        onChange={setResult}
        placeholder="判定结果"
        style={{ width: '100%' }}
        options={(['met', 'partly_met', 'not_met'] as const).map((r) => ({
          value: r,
          label: RESULT_LABEL[r],
        }))}
      />
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={needsReason ? '未完成或部分完成时必须说明理由' : '理由（可选）'}
        status={needsReason && !reason.trim() ? 'error' : undefined}
        autoSize={{ minRows: 2, maxRows: 5 }}
      />
      <Space>
        <Button type="primary" size="small" onClick={save} disabled={needsReason && !reason.trim()}>
          确定
        </Button>
        {value && (
          <Button
            size="small"
            onClick={() => {
              onChange(null);
              setOpen(false);
            }}
          >
            清除人工判断
          </Button>
        )}
      </Space>
    </Space>
  );
  return (
    <Popover content={content} title="人工判断" trigger="click" open={open} onOpenChange={setOpen}>
      <Button size="small" type="link" style={{ padding: 0 }}>
        {value?.result ? '修改判断' : '人工判断'}
      </Button>
    </Popover>
  );
}
