/** The audit findings: errors, warnings and notes; a click jumps to the field concerned. */
import { Alert, Empty, Space, Spin, Tag } from 'antd';
import { countBySeverity, type Severity, sortFindings, type UiFinding } from '../../lib/findings';
import { focusPath } from '../../lib/focus';
import type { AuditState } from '../use-audit';

const TAG: Record<Severity, { color: string; label: string }> = {
  error: { color: 'error', label: '错误' },
  warning: { color: 'warning', label: '提示' },
  info: { color: 'default', label: '说明' },
};

function FindingRow({ f }: { f: UiFinding }) {
  const jump = () => f.path && focusPath(f.path);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of text that jumps to a field
    <div
      role="button"
      tabIndex={0}
      className={f.path ? 'jx-clickable' : undefined}
      onClick={jump}
      onKeyDown={(e) => e.key === 'Enter' && jump()}
      style={{ padding: '6px 2px', borderBottom: '1px solid #f0f0f0', fontSize: 13 }}
      data-testid="finding"
      data-code={f.code}
    >
      <Tag color={TAG[f.severity].color}>{TAG[f.severity].label}</Tag>
      {f.section && <span style={{ color: '#888' }}>[{f.section}] </span>}
      {f.message}
    </div>
  );
}

export function AuditPanel({ audit }: { audit: AuditState }) {
  if (audit.source === 'loading') return <Spin description="审核中…" />;
  const list = sortFindings(audit.findings);
  const c = countBySeverity(list);
  return (
    <div data-testid="audit-panel">
      {audit.source === 'none' && (
        <Alert
          type="info"
          showIcon
          title="审核规则暂不可用，仅显示填写校验结果"
          style={{ marginBottom: 8 }}
        />
      )}
      <Space style={{ marginBottom: 8 }} data-testid="audit-counts">
        <Tag color="error">错误 {c.error}</Tag>
        <Tag color="warning">提示 {c.warning}</Tag>
        <Tag>说明 {c.info}</Tag>
      </Space>
      {list.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题" />}
      {list.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id
        <FindingRow key={i} f={f} />
      ))}
    </div>
  );
}
