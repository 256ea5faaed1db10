/** The live score: total and grade, the rubric tree, and every lost point linked to the field that causes it. */
import { Alert, Empty, Progress, Space, Tag, Typography } from 'antd';
import { renderTrace } from '../../../../src/core/messages';
import { round2 } from '../../../../src/core/money';
import type { ScoreNode, ScoreResult } from '../../../../src/core/rubric';
import { focusPath } from '../../lib/focus';
import { traceTarget } from '../../lib/trace-target';

const GRADE_COLOR: Record<string, string> = { 优: 'green', 良: 'blue', 中: 'orange', 差: 'red' };

function NodeLine({ node, depth }: { node: ScoreNode; depth: number }) {
  const lost = node.score !== null && node.max - node.score > 1e-9;
  return (
    <>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          paddingLeft: depth * 14,
          fontSize: depth ? 13 : 14,
          fontWeight: depth ? 400 : 600,
        }}
      >
        <span>{node.name}</span>
        <span style={{ color: node.score === null ? '#999' : lost ? '#cf1322' : undefined }}>
          {node.score === null ? '待完善' : round2(node.score)} / {node.max}
        </span>
      </div>
      {depth < 1 && node.children?.map((c) => <NodeLine key={c.path} node={c} depth={depth + 1} />)}
    </>
  );
}

export function ScorePanel({
  result,
  reportedTotal,
}: {
  result: ScoreResult | null;
  reportedTotal: number | null | undefined;
}) {
  if (!result) return <Alert type="warning" showIcon title="未找到该评分标准，无法计分" />;
  const total = result.total ?? result.computedTotal;
  const lost = result.trace.filter((t) => t.lost > 1e-9).sort((a, b) => b.lost - a.lost);
  const pending = result.trace.filter((t) => t.lost <= 1e-9);
  const jump = (path: string) => focusPath(traceTarget({ path }, result));
  return (
    <div data-testid="score-panel">
      <Space align="baseline" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{result.complete ? '得分' : '暂计得分'}</Typography.Text>
        <span style={{ fontSize: 32, fontWeight: 700 }} data-testid="score-total">
          {round2(total).toFixed(2)}
        </span>
        {result.grade && (
          <Tag color={GRADE_COLOR[result.grade]} data-testid="score-grade">
            {result.grade}
          </Tag>
        )}
      </Space>
      <Progress percent={round2(total)} showInfo={false} size="small" />
      {!result.complete && (
        <div className="jx-hint">尚有 {result.missing.length} 项无法计分，补全后得出总分</div>
      )}
      {reportedTotal != null && Math.abs(reportedTotal - round2(total)) > 0.005 && (
        <div className="jx-hint">报告所列得分 {reportedTotal.toFixed(2)}</div>
      )}
      <div style={{ margin: '12px 0' }}>
        <NodeLine node={result.root} depth={0} />
      </div>
      <Typography.Text strong>失分明细（{lost.length}）</Typography.Text>
      {lost.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有失分" />}
      {lost.map((t, i) => (
        // biome-ignore lint/a11y/useSemanticElements: a row of text that jumps to a field
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: trace records have no id
          key={i}
          role="button"
          tabIndex={0}
          className="jx-clickable"
          onClick={() => jump(t.path)}
          onKeyDown={(e) => e.key === 'Enter' && jump(t.path)}
          style={{ display: 'flex', gap: 8, padding: '4px 2px', borderBottom: '1px solid #f0f0f0' }}
          data-testid="lost-item"
        >
          <span style={{ color: '#cf1322', minWidth: 52, textAlign: 'right' }}>
            −{round2(t.lost).toFixed(2)}
          </span>
          <span style={{ fontSize: 13 }}>{renderTrace(t)}</span>
        </div>
      ))}
      {pending.length > 0 && (
        <>
          <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
            待完善（{pending.length}）
          </Typography.Text>
          {pending.map((t, i) => (
            // biome-ignore lint/a11y/useSemanticElements: a row of text that jumps to a field
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: trace records have no id
              key={i}
              role="button"
              tabIndex={0}
              className="jx-clickable"
              onClick={() => jump(t.path)}
              onKeyDown={(e) => e.key === 'Enter' && jump(t.path)}
              style={{ padding: '4px 2px', fontSize: 13, borderBottom: '1px solid #f0f0f0' }}
            >
              {renderTrace(t)}
            </div>
          ))}
        </>
      )}
    </div>
  );
}
