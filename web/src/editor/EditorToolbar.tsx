/**
 * The bar above the editor: which evaluation, its status, the save state, the live score, the department's workflow
 * buttons (提交审核 through the checklist, 撤回提交), downloads and sections.
 */
import { ArrowLeftOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Divider, Space, Tag, Typography } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { STATUS_LABEL } from '../../../src/core/labels';
import { round2 } from '../../../src/core/money';
import type { ScoreResult } from '../../../src/core/rubric';
import { api } from '../api';
import { ReportButtons, type ReportKind } from '../layout/ReportButtons';
import { STATUS_COLOR } from '../lib/labels';
import { Link } from '../router';
import type { AnyDoc, DocKind, RecordOf } from './kinds';

export function EditorToolbar<D extends AnyDoc>({
  kind,
  record,
  score,
  errors,
  saveState,
  pending,
  flush,
  onSubmit,
  onWithdraw,
}: {
  /** Sections, title, back link and download labels of the document's kind. */
  kind: DocKind<D>;
  record: RecordOf<D>;
  score: ScoreResult | null;
  errors: number;
  saveState: ReactNode;
  /** Unsaved changes exist: a download saves them first, so the file matches the screen. */
  pending: boolean;
  flush: () => Promise<boolean>;
  /** Open the submission checklist. */
  onSubmit: () => void;
  /** Take the submission back (the caller asks nothing more). */
  onWithdraw: () => Promise<boolean>;
}) {
  const { modal } = App.useApp();
  const can = (a: string) => record.allowedActions.includes(a as (typeof record.allowedActions)[number]);
  const withdraw = () =>
    modal.confirm({
      title: '撤回提交',
      content: '撤回后自评回到草稿，可以继续修改后再提交。确定撤回？',
      okText: '撤回',
      cancelText: '取消',
      onOk: () => onWithdraw(),
    });
  const download = (kind: ReportKind) => (e: MouseEvent<HTMLElement>) => {
    if (!pending) return;
    e.preventDefault();
    void flush().then(() => {
      window.location.href = api.reportUrl(record.id, kind);
    });
  };
  const total = score ? (score.total ?? score.computedTotal) : null;
  return (
    <div className="jx-toolbar">
      <Link to={kind.backTo(record, record.data)} aria-label="返回" data-testid="editor-back">
        <ArrowLeftOutlined />
      </Link>
      <Typography.Text
        strong
        style={{ fontSize: 16, maxWidth: 440 }}
        ellipsis={{ tooltip: true }}
        data-testid="editor-title"
      >
        {kind.title(record, record.data)}
      </Typography.Text>
      <Tag color={STATUS_COLOR[record.status]} data-testid="status-tag">
        {STATUS_LABEL[record.status]}
      </Tag>
      {saveState}
      <Divider orientation="vertical" />
      <span>
        得分 <b data-testid="toolbar-score">{total === null ? '—' : round2(total).toFixed(2)}</b>
        {score?.grade && <Tag style={{ marginLeft: 4 }}>{score.grade}</Tag>}
      </span>
      {errors > 0 && <Tag color="error">审核错误 {errors}</Tag>}
      <Space size={2} style={{ marginLeft: 'auto' }}>
        {kind.sections.map(([id, label]) => (
          <Button
            key={id}
            size="small"
            type="text"
            onClick={() => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth' })}
          >
            {label}
          </Button>
        ))}
        <ReportButtons id={record.id} onClick={download} labels={kind.reports} testIds />
        {can('withdraw') && (
          <Button icon={<RollbackOutlined />} onClick={withdraw} data-testid="withdraw-button">
            撤回提交
          </Button>
        )}
        {can('submit') && (
          <Button type="primary" icon={<SendOutlined />} onClick={onSubmit} data-testid="submit-button">
            提交审核
          </Button>
        )}
      </Space>
    </div>
  );
}
