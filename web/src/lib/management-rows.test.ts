import { describe, expect, it } from 'vitest';
import nanzhou from '../../../examples/nanzhou-2023.json' with { type: 'json' };
import { Evaluation } from '../../../src/core/model';
import { getRubric } from '../../../src/rubrics';
import { managementRows } from './management-rows';

const rubric = getRubric('gz-dept-2023');
const doc = Evaluation.parse(nanzhou);

describe('managementRows', () => {
  it('lists the 23 管理效率 items of the Guangzhou rubric (rules.md §1.1), each matched to 南洲 2023', () => {
    const rows = managementRows(rubric.root, doc.management);
    expect(rows).toHaveLength(23);
    expect(rows.every((r) => r.index !== null)).toBe(true);
    const carry = rows.find((r) => r.name === '结转结余率')!;
    expect(carry).toMatchObject({ group: '预算执行', max: 2, index: 1 });
  });

  it('keeps rubric rows with no document entry, and document items the rubric does not know', () => {
    const rows = managementRows(rubric.root, [{ item: '自创项目', deductions: [] }]);
    expect(rows.filter((r) => r.index === null)).toHaveLength(23);
    expect(rows.at(-1)).toMatchObject({ name: '自创项目', rubricPath: null, index: 0 });
  });
});
