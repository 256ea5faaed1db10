/**
 * The live score: total and grade, the rubric tree with where each node's points come from (计算 / 人工, the figures
 * or the reason in a tooltip), the 按数据计算 / 人工评定 line, and every lost point linked to the field that causes it.
 */
import { Alert, Empty, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { renderTrace } from '../../../../src/core/messages';
import { round2 } from '../../../../src/core/money';
import {
  type PointsPart,
  renderPart,
  renderSplit,
  type ScoreNode,
  type ScoreResult,
  splitPoints,
} from '../../../../src/core/rubric';
import { focusPath } from '../../lib/focus';
import { GRADE_COLOR } from '../../lib/labels';
import { traceTarget } from '../../lib/trace-target';
import { JumpRow } from './JumpRow';

/** Every part of a node's points, its leaves' in tree order. */
function partsOf(node: ScoreNode): PointsPart[] {
  return node.children ? node.children.flatMap(partsOf) : node.origin.parts;
}

const MAX_TIP_LINES = 12;

/** The figures or the entries behind a node's points, one line each. */
function OriginTip({ node }: { node: ScoreNode }) {
  const parts = partsOf(node);
  const shown = parts.slice(0, MAX_TIP_LINES);
  return (
    <div style={{ maxWidth: 420 }}>
      {shown.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: parts have no id
        <div key={i} style={{ marginBottom: 4 }}>
          【{p.source === 'computed' ? '计算' : '人工'}】{renderPart(p)}
        </div>
      ))}
      {parts.length > shown.length && <div>……另有 {parts.length - shown.length} 项</div>}
    </div>
  );
}

/** 「计算」, 「人工」, or both with their points: where a node's points come from, the details on hover. */
function OriginTag({ node }: { node: ScoreNode }) {
  const source = node.origin.source;
  if (!source) return null;
  const split = splitPoints(node);
  const tags =
    source === 'mixed' ? (
      <>
        <Tag color="blue">计算 {split.computed}</Tag>
        <Tag color="orange">人工 {split.entered}</Tag>
      </>
    ) : (
      <Tag color={source === 'computed' ? 'blue' : 'orange'}>{source === 'computed' ? '计算' : '人工'}</Tag>
    );
  return (
    <Tooltip title={<OriginTip node={node} />} placement="left">
      <span data-testid="score-origin" data-source={source} style={{ marginLeft: 6, cursor: 'help' }}>
        {tags}
      </span>
    </Tooltip>
  );
}

/** Lines down to the rubric's second level (产出指标, 预算执行 …); the items below are in each tooltip. */
const MAX_DEPTH = 2;

function NodeLine({ node, depth }: { node: ScoreNode; depth: number }) {
  const lost = node.score !== null && node.max - node.score > 1e-9;
  return (
    <>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          paddingLeft: depth * 14,
          fontSize: depth ? 13 : 14,
          fontWeight: depth ? 400 : 600,
          marginBottom: 2,
        }}
        data-testid="score-node"
        data-name={node.name}
      >
        <span>{node.name}</span>
        <span>
          <span style={{ color: node.score === null ? '#999' : lost ? '#cf1322' : undefined }}>
            {node.score === null ? '待完善' : round2(node.score)} / {node.max}
          </span>
          <OriginTag node={node} />
        </span>
      </div>
      {depth < MAX_DEPTH && node.children?.map((c) => <NodeLine key={c.path} node={c} depth={depth + 1} />)}
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
      <div className="jx-hint" data-testid="score-split">
        {renderSplit(splitPoints(result.root))}
      </div>
      {reportedTotal != null && Math.abs(reportedTotal - round2(total)) > 0.005 && (
        <div className="jx-hint">报告所列得分 {reportedTotal.toFixed(2)}</div>
      )}
      <div style={{ margin: '12px 0' }}>
        <NodeLine node={result.root} depth={0} />
      </div>
      <Typography.Text strong>失分明细（{lost.length}）</Typography.Text>
      {lost.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有失分" />}
      {lost.map((t, i) => (
        <JumpRow
          // biome-ignore lint/suspicious/noArrayIndexKey: trace records have no id
          key={i}
          onJump={() => jump(t.path)}
          style={{ display: 'flex', gap: 8 }}
          data-testid="lost-item"
        >
          <span style={{ color: '#cf1322', minWidth: 52, textAlign: 'right' }}>
            −{round2(t.lost).toFixed(2)}
          </span>
          <span style={{ fontSize: 13 }}>{renderTrace(t)}</span>
        </JumpRow>
      ))}
      {pending.length > 0 && (
        <>
          <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
            待完善（{pending.length}）
          </Typography.Text>
          {pending.map((t, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: trace records have no id
            <JumpRow key={i} onJump={() => jump(t.path)} style={{ fontSize: 13 }}>
              {renderTrace(t)}
            </JumpRow>
          ))}
        </>
      )}
    </div>
  );
}
