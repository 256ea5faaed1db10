/** The autosave state in a few words, and how much the saved draft still lacks. */
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { SavePhase } from './use-autosave';

export function SaveState({
  phase,
  savedAt,
  error,
  readOnly,
  problems = 0,
}: {
  phase: SavePhase;
  savedAt: Date | null;
  error: string | null;
  readOnly: boolean;
  /** How many things the saved draft still lacks (they do not stop saving, only submitting). */
  problems?: number;
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
    invalid: [<ExclamationCircleOutlined key="i" />, `文档结构有误，暂未保存：${error ?? ''}`, '#cf1322'],
    error: [<ExclamationCircleOutlined key="i" />, `保存失败：${error ?? ''}`, '#cf1322'],
    conflict: [<ExclamationCircleOutlined key="i" />, '保存冲突', '#cf1322'],
  };
  const [icon, text, color] = view[phase];
  return (
    <span style={{ color }} data-testid="save-state" data-phase={phase}>
      {icon} {text}
      {problems > 0 && phase !== 'invalid' && (
        <Tooltip title="草稿照常保存；提交审核前须补全，见“审核”中的“填写有误”各项">
          <span style={{ color: '#d46b08', marginLeft: 6 }} data-testid="draft-problems">
            （{problems} 处待完善）
          </span>
        </Tooltip>
      )}
    </span>
  );
}
