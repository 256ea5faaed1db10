/**
 * The checklist before submitting: what blocks (to fix, or for an audit error to explain), what was explained and
 * what only warns, computed by the core gate the server runs again; the department submits when nothing blocks.
 */
import { Alert, Button, Input, Modal, Space, Spin, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { Explanation, GateResult } from '../../../src/core/gate';
import { findingKey } from '../../../src/core/paths';
import type { GateItem, Submission } from '../api';
import { focusPath } from '../lib/focus';
import { useDescribe } from './kind-context';
import type { AnyDoc } from './kinds';

type Gate<D> = (doc: D, explanations: readonly Explanation[]) => GateResult;

const KIND_LABEL: Record<GateItem['kind'], string> = {
  validation: '填写有误',
  blank: '空白自评',
  required: '必填内容',
  score: '得分不一致',
  audit: '审核错误',
};

/** A refused submission: the server's checklist, or null when it refused for another reason (already shown). */
export type SubmitOutcome = 'submitted' | GateResult | null;

export function SubmitChecklist<D extends AnyDoc>({
  doc,
  loadGate,
  previous,
  onCancel,
  onSubmit,
}: {
  doc: D;
  /** The core gate of the document's kind; it brings the audit with it, so it loads when the checklist first opens. */
  loadGate: () => Promise<Gate<D>>;
  /** The last submission: its explanations are offered again. */
  previous: Submission | null;
  onCancel: () => void;
  onSubmit: (explanations: Explanation[]) => Promise<SubmitOutcome>;
}) {
  const describePath = useDescribe();
  const [gate, setGate] = useState<{ check: Gate<D> } | null>(null);
  const [texts, setTexts] = useState<Map<string, { code: string; path: string | null; text: string }>>(
    () => new Map((previous?.explanations ?? []).map((x) => [findingKey(x.code, x.path), x])),
  );
  const [serverGate, setServerGate] = useState<GateResult | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadGate().then((check) => setGate({ check }));
  }, [loadGate]);
  const explanations = useMemo(() => [...texts.values()], [texts]);
  const local = useMemo(() => (gate ? gate.check(doc, explanations) : null), [gate, doc, explanations]);
  const result = serverGate ?? local;

  const setText = (item: GateItem, text: string) => {
    setServerGate(null);
    setTexts((m) =>
      new Map(m).set(findingKey(item.code, item.path), { code: item.code, path: item.path, text }),
    );
  };
  const jump = (path: string) => {
    onCancel();
    window.setTimeout(() => focusPath(path), 200);
  };
  const submit = async () => {
    setBusy(true);
    try {
      const out = await onSubmit(explanations.filter((x) => x.text.trim()));
      if (out && out !== 'submitted') setServerGate(out);
    } finally {
      setBusy(false);
    }
  };

  const fixes = result?.blocking.filter((b) => !b.explainable) ?? [];
  const toExplain = result ? [...result.blocking.filter((b) => b.explainable), ...result.explained] : [];
  const row = (item: GateItem, warn: boolean, body?: ReactNode) => (
    <div
      key={`${item.kind}:${findingKey(item.code, item.path)}`}
      style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
      data-testid="gate-item"
      data-kind={item.kind}
      data-code={item.code}
    >
      <Space size={4} wrap>
        <Tag color={warn ? 'warning' : 'error'}>{warn ? '提醒' : KIND_LABEL[item.kind]}</Tag>
        <span>{item.message}</span>
        {item.path && (
          <Button size="small" type="link" style={{ padding: 0 }} onClick={() => jump(item.path!)}>
            {describePath(item.path, doc)}
          </Button>
        )}
      </Space>
      {body}
    </div>
  );

  return (
    <Modal
      open
      width={820}
      title="提交审核前检查"
      onCancel={onCancel}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          返回修改
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!result?.ok}
          loading={busy}
          onClick={() => void submit()}
          data-testid="gate-confirm"
        >
          确认提交
        </Button>,
      ]}
    >
      <div data-testid="submit-checklist" style={{ maxHeight: '64vh', overflow: 'auto' }}>
        {!result ? (
          <Spin description="检查中…" />
        ) : (
          <>
            {serverGate && (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 8 }}
                title="服务器复核未通过，请按下列各项处理"
                data-testid="gate-server"
              />
            )}
            <Alert
              type={result.ok ? 'success' : 'error'}
              showIcon
              style={{ marginBottom: 12 }}
              title={
                result.ok
                  ? `可以提交${result.explained.length ? `（附 ${result.explained.length} 条说明，审核人将看到）` : ''}。提交后本部门不能再修改，提交后、审核前可以撤回。`
                  : `有 ${result.blocking.length} 项需要处理后才能提交`
              }
              data-testid="gate-summary"
            />
            {fixes.length > 0 && (
              <section style={{ marginBottom: 12 }}>
                <Typography.Text strong>须修改（{fixes.length}）</Typography.Text>
                <div className="jx-hint">
                  填写错误、空白自评、必填内容和得分不一致不能以说明代替，请修改后再提交。
                </div>
                {fixes.map((item) => row(item, false))}
              </section>
            )}
            {toExplain.length > 0 && (
              <section style={{ marginBottom: 12 }}>
                <Typography.Text strong>审核错误（{toExplain.length}）</Typography.Text>
                <div className="jx-hint">请修改，或写明原因；说明随提交一起保存，审核人在该问题旁看到。</div>
                {toExplain.map((item) =>
                  row(
                    item,
                    false,
                    <Input.TextArea
                      style={{ marginTop: 4 }}
                      value={texts.get(findingKey(item.code, item.path))?.text ?? ''}
                      onChange={(e) => setText(item, e.target.value)}
                      placeholder="说明此项不一致的原因（必填才能提交）"
                      autoSize={{ minRows: 1, maxRows: 5 }}
                      maxLength={2000}
                      status={item.explanation ? undefined : 'error'}
                      data-testid="gate-explanation"
                      data-code={item.code}
                    />,
                  ),
                )}
              </section>
            )}
            {result.warnings.length > 0 && (
              <section>
                <Typography.Text strong>提醒（{result.warnings.length}，不影响提交）</Typography.Text>
                {result.warnings.map((item) => row(item, true))}
              </section>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
