/** The audit findings: errors, warnings and notes, each with the department's explanation when it gave one; a click jumps to the field. */
import { Alert, Empty, Space, Spin, Tag } from 'antd';
import { SEVERITY_LABEL } from '../../../../src/core/labels';
import { findingKey } from '../../../../src/core/paths';
import { countBySeverity, type Severity, sortFindings, type UiFinding } from '../../lib/findings';
import { focusPath } from '../../lib/focus';
import type { AuditState } from '../use-audit';
import { JumpRow } from './JumpRow';

const COLOR: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'default' };

function FindingRow({ f, explanation }: { f: UiFinding; explanation: string | undefined }) {
  const path = f.path;
  return (
    <JumpRow
      onJump={path ? () => focusPath(path) : null}
      style={{ padding: '6px 2px', fontSize: 13 }}
      data-testid="finding"
      data-code={f.code}
    >
      <Tag color={COLOR[f.severity]}>{SEVERITY_LABEL[f.severity]}</Tag>
      {f.section && <span style={{ color: '#888' }}>[{f.section}] </span>}
      {f.message}
      {explanation && (
        <div
          style={{ whiteSpace: 'pre-wrap', background: '#fffbe6', padding: '2px 8px', marginTop: 4 }}
          data-testid="finding-explanation"
        >
          部门说明：{explanation}
        </div>
      )}
    </JumpRow>
  );
}

export function AuditPanel({
  audit,
  explanations,
}: {
  audit: AuditState;
  /** The department's explanations sent with its submission, by `findingKey(code, path)`. */
  explanations?: ReadonlyMap<string, string>;
}) {
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
        {(['error', 'warning', 'info'] as const).map((s) => (
          <Tag key={s} color={COLOR[s]}>
            {SEVERITY_LABEL[s]} {c[s]}
          </Tag>
        ))}
      </Space>
      {list.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题" />}
      {list.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id
        <FindingRow key={i} f={f} explanation={explanations?.get(findingKey(f.code, f.path))} />
      ))}
    </div>
  );
}
