/** The panels beside the form: live score, audit findings, review (comments and workflow) and version history. */
import { Badge, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { findingKey } from '../../../src/core/paths';
import type { ScoreResult } from '../../../src/core/rubric';
import type { Comment, TransitionAction } from '../api';
import { countBySeverity } from '../lib/findings';
import type { AnyDoc, RecordOf } from './kinds';
import { AuditPanel } from './panels/AuditPanel';
import { HistoryPanel } from './panels/HistoryPanel';
import { ReviewPanel } from './panels/ReviewPanel';
import { ScorePanel } from './panels/ScorePanel';
import type { AuditState } from './use-audit';

export function EditorSide<D extends AnyDoc>({
  record,
  doc,
  result,
  reportedTotal,
  audit,
  comments,
  commentsTotal,
  onLoadOlder,
  selectedPath,
  onClearSelection,
  onComment,
  onTransition,
  historyKey,
  onRestore,
}: {
  record: RecordOf<D>;
  doc: D;
  result: ScoreResult | null;
  /** The total the report states, of the document as last scored. */
  reportedTotal: number | null | undefined;
  audit: AuditState;
  comments: Comment[];
  /** All comments of the evaluation, loaded or not. */
  commentsTotal: number;
  /** Load the page of comments before the oldest shown; absent when all are loaded. */
  onLoadOlder?: () => Promise<void>;
  selectedPath: string | null;
  onClearSelection: () => void;
  onComment: (body: string, path: string | null) => Promise<void>;
  onTransition: (action: TransitionAction, comment?: string) => Promise<boolean>;
  historyKey: number;
  onRestore: (v: number) => Promise<boolean>;
}) {
  const [tab, setTab] = useState('score');
  const counts = countBySeverity(audit.findings);
  // The explanations of the standing submission, shown beside their findings (not after a withdrawal).
  const submission = record.status === 'draft' ? null : record.submission;
  const explanations = useMemo(
    () => new Map((submission?.explanations ?? []).map((x) => [findingKey(x.code, x.path), x.text])),
    [submission],
  );
  const tabs = [
    {
      key: 'score',
      label: '评分',
      children: <ScorePanel result={result} reportedTotal={reportedTotal} />,
    },
    {
      key: 'audit',
      label: (
        <Badge count={counts.error} size="small" offset={[6, -2]}>
          审核
        </Badge>
      ),
      children: <AuditPanel audit={audit} explanations={explanations} />,
    },
    {
      key: 'review',
      label: (
        <Badge count={commentsTotal} size="small" offset={[6, -2]} color="#fa541c">
          审阅
        </Badge>
      ),
      children: (
        <ReviewPanel
          status={record.status}
          allowed={record.allowedActions}
          submission={record.submission}
          doc={doc}
          comments={comments}
          total={commentsTotal}
          {...(onLoadOlder ? { onLoadOlder } : {})}
          selectedPath={selectedPath}
          onClearSelection={onClearSelection}
          onComment={onComment}
          onTransition={onTransition}
        />
      ),
    },
    {
      key: 'history',
      label: '历史',
      children: (
        <HistoryPanel
          id={record.id}
          refreshKey={historyKey}
          currentVersion={record.version}
          canRestore={record.allowedActions.includes('restore')}
          onRestore={onRestore}
        />
      ),
    },
  ];
  return (
    <div className="jx-side">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={tabs}
        size="small"
        style={{ background: '#fff', padding: '0 12px 12px', borderRadius: 4 }}
      />
    </div>
  );
}
