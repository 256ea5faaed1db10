/** Whether an indicator is met, how that was decided, and its completion rate. */
import { Tag, Tooltip } from 'antd';
import { JUDGE_WHY, RESULT_LABEL } from '../../../../src/core/labels';
import type { Indicator, Judgement } from '../../../../src/core/model';
import { round2 } from '../../../../src/core/money';
import { judgeIndicator } from '../../../../src/core/target/judge';
import { JUDGE_COLOR } from '../../lib/labels';
import { JudgementPopover } from './JudgementPopover';

const SOURCE: Record<string, string> = {
  judgement: '人工判断',
  reported: '按报告所列完成情况',
  claimed: '按文字表述',
  computed: '按数值计算',
  none: '',
};

export function VerdictCell({
  indicator,
  editable,
  by,
  onJudgement,
}: {
  indicator: Indicator;
  editable: boolean;
  by: string;
  onJudgement: (j: Judgement | null) => void;
}) {
  const j = judgeIndicator(indicator);
  const why = [SOURCE[j.source], JUDGE_WHY[j.code], indicator.judgement?.reason].filter(Boolean).join('；');
  return (
    <div data-testid="verdict">
      <Tooltip title={why || undefined}>
        <Tag color={JUDGE_COLOR[j.result]} style={{ marginInlineEnd: 0 }} data-testid="verdict-tag">
          {RESULT_LABEL[j.result]}
        </Tag>
      </Tooltip>
      {j.completion !== null && j.direction !== 'qualitative' && (
        <div className="jx-hint">完成率 {round2(j.completion * 100)}%</div>
      )}
      {j.source === 'judgement' && (
        <Tooltip
          title={
            [indicator.judgement?.by, indicator.judgement?.reason].filter(Boolean).join('：') || undefined
          }
        >
          <div className="jx-hint">人工判断</div>
        </Tooltip>
      )}
      {j.source === 'reported' && <div className="jx-hint">按报告所列</div>}
      {j.result === 'needs_judgement' && <div className="jx-hint">{JUDGE_WHY[j.code] ?? ''}</div>}
      {editable && (
        <JudgementPopover
          key={JSON.stringify(indicator.judgement ?? null)}
          value={indicator.judgement}
          by={by}
          onChange={onJudgement}
        />
      )}
    </div>
  );
}
