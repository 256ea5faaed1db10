import { describe, expect, it } from 'vitest';
import { runLintRule } from '../_context';
import { renderLint } from '../render';
import { DEFAULT_LINT_THRESHOLDS } from '../thresholds';
import { buildGoals } from './_build';
import { wrongLevelRule } from './wrong-level';

describe('wrong-level: an indicator under its own level', () => {
  it('passes seed 003’s table as it is levelled (满意度 under 满意度, 达标率 under 产出 质量)', () => {
    const doc = buildGoals([
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '长者满意度', target: '90%' },
      { level1: '产出指标', level2: '质量指标', name: '垃圾清运达标率', target: '100%' },
      { level1: '效益指标', level2: '社会效益指标', name: '居民使用场室人次', target: '≥28000人次' },
    ]);
    expect(runLintRule(wrongLevelRule, doc)).toEqual([]);
  });

  it('flags 满意度 as 效益, 合格率 as 效益, and 质量指标 under 效益', () => {
    const doc = buildGoals([
      { level1: '效益指标', level2: '社会效益指标', name: '居民满意度', target: '≥90%' },
      { level1: '效益指标', level2: '社会效益指标', name: '工程验收合格率', target: '100%' },
      { level1: '效益指标', level2: '质量指标', name: '城中村清洁覆盖率', target: '100%' },
    ]);
    const found = runLintRule(wrongLevelRule, doc);
    expect(found).toMatchObject([
      { code: 'goal_level_by_name', path: 'indicators[0].level1', expected: '满意度指标' },
      { code: 'goal_level_by_name', path: 'indicators[1].level1', expected: '产出指标' },
      { code: 'goal_level2_mismatch', path: 'indicators[2].level2' },
    ]);
    expect(renderLint(found[2]!)).toBe(
      '指标「城中村清洁覆盖率」：二级指标「质量指标」属于「产出指标」，不应列在一级指标「效益指标」下',
    );
  });

  it('takes its name patterns from the data', () => {
    const doc = buildGoals([{ level1: '效益指标', name: '居民满意度', target: '≥90%' }]);
    const levelOfName = [{ level: '效益', patterns: ['满意度'] }];
    expect(
      runLintRule(wrongLevelRule, doc, { thresholds: { ...DEFAULT_LINT_THRESHOLDS, levelOfName } }),
    ).toEqual([]);
  });
});
