/** The autosave state in a few words. */
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { SavePhase } from './use-autosave';

export function SaveState({
  phase,
  savedAt,
  error,
  readOnly,
}: {
  phase: SavePhase;
  savedAt: Date | null;
  error: string | null;
  readOnly: boolean;
}) {
  if (readOnly)
    return (
      <span style={{ color: '#888' }} data-testid="save-state">
        只读
      </span>
    );
  const time = savedAt ? savedAt.toLocaleTimeString('zh-CN', { hour12: false }) : null;
  const view: Record<SavePhase, [React.ReactNode, string, string]> = {
    saved: [<CheckCircleOutlined key="i" />, time ? `已保存 ${time}` : '已保存', '#389e0d'],
    dirty: [<LoadingOutlined key="i" />, '待保存', '#888'],
    saving: [<LoadingOutlined key="i" />, '正在保存…', '#1f5fa8'],
    invalid: [<ExclamationCircleOutlined key="i" />, '有填写错误，暂未保存', '#d46b08'],
    error: [<ExclamationCircleOutlined key="i" />, `保存失败：${error ?? ''}`, '#cf1322'],
    conflict: [<ExclamationCircleOutlined key="i" />, '保存冲突', '#cf1322'],
  };
  const [icon, text, color] = view[phase];
  return (
    <Tooltip title={phase === 'invalid' ? '见“审核”中的“填写有误”各项' : undefined}>
      <span style={{ color }} data-testid="save-state" data-phase={phase}>
        {icon} {text}
      </span>
    </Tooltip>
  );
}
