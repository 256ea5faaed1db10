import { describe, expect, it } from 'vitest';
import { findRubric } from '../../../src/rubrics';
import { scoreRows } from './score-rows';

const root = findRubric('gz-dept-2023')!.root;

describe('scoreRows', () => {
  it('lists every rubric node once, in rubric order, under the key the document states it by', () => {
    const rows = scoreRows(root, { '"三公"经费控制情况': 2, 产出指标: 20 });
    const nodes = rows.filter((r) => r.node);
    expect(nodes[0]).toMatchObject({ key: root.name, depth: 0, path: root.name });
    const threePublic = rows.find((r) => r.node?.name === '“三公”经费控制情况');
    expect(threePublic?.key).toBe('"三公"经费控制情况');
    expect(rows.find((r) => r.key === '产出指标')?.path).toMatch(/\/产出指标$/);
    expect(new Set(nodes.map((r) => r.path)).size).toBe(nodes.length);
  });

  it('puts keys the rubric lacks last, without a node', () => {
    const rows = scoreRows(root, { 不存在的项目: 1 });
    expect(rows.at(-1)).toEqual({ key: '不存在的项目', node: null, path: null, depth: 0 });
    expect(scoreRows(null, { 总分: 90 })).toEqual([{ key: '总分', node: null, path: null, depth: 0 }]);
  });
});
