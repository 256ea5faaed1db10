import { describe, expect, it } from 'vitest';
import nanzhou from '../../../examples/nanzhou-2023.json' with { type: 'json' };
import { Evaluation } from '../../../src/core/model';
import { describePath } from './labels';

const doc = Evaluation.parse(nanzhou);

describe('describePath', () => {
  it('names an indicator row by its name from the document', () => {
    expect(describePath('indicators[3].actual', doc)).toBe(
      '绩效指标第 4 行「出租屋综合税征收完成值」 · 实际完成值',
    );
  });

  it('reads dotted validation paths too', () => {
    expect(describePath('management.5.score', doc)).toBe('管理效率第 6 行「绩效管理制度建设」 · 得分');
  });

  it("names a field the editor offers by the editor's label", () => {
    expect(describePath('finance.threePublic.budget')).toBe('“三公”经费预算数');
    expect(describePath('indicators[8].deviationReason', doc)).toBe(
      '绩效指标第 9 行「社会组织管理能力提升」 · 偏差原因及改进措施',
    );
  });
});
