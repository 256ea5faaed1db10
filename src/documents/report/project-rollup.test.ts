import { describe, expect, it } from 'vitest';
import xinhua from '../../../examples/xinhua-2022.json';
import { Evaluation } from '../../core/model';
import { rollUpProjects } from '../../core/project-rollup';
import { readDocx } from './_docx-xml';
import { renderReport } from './render';

const e = Evaluation.parse(xinhua);
const projects = rollUpProjects([
  { name: '长者长寿保健金项目', budget: 809.28, executed: 809.28, total: 100, grade: '优' },
  { name: '新型冠状病毒肺炎疫情防控工作项目', budget: 1287.98, executed: 1287.98, total: null, grade: null },
  { name: '社区网格化管理经费', budget: 120.5, executed: 110.2, total: 86.4, grade: '良' },
]);
const SENTENCE =
  '本年度开展项目支出绩效自评 3 项，已完成自评 2 项，项目自评覆盖率 66.67%；自评结果为优 1 项、良 1 项，平均得分 93.20 分。';

describe('the report prints the roll-up of the project self-evaluations', () => {
  it('in Markdown, at the head of 重点项目绩效情况', async () => {
    const md = await renderReport(e, 'md', { projects });
    const at = md.indexOf('重点项目绩效情况');
    expect(at).toBeGreaterThan(0);
    expect(md.indexOf(SENTENCE)).toBeGreaterThan(at);
    expect(md.indexOf(SENTENCE)).toBeLessThan(md.indexOf('长者长寿保健金项目预算执行情况'));
    expect(await renderReport(e, 'md')).not.toContain('项目自评覆盖率');
  });

  it('in the official .docx', async () => {
    const d = await readDocx(await renderReport(e, 'docx', { projects }));
    const text = (d.files['word/document.xml'] ?? '').replace(/<[^>]+>/g, '');
    expect(text).toContain(SENTENCE);
  });
});
