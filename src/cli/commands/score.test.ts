import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../../test/cli';
import { SEED_004_ITEMS, SEED_004_SUBSECTIONS, SEED_004_TOTAL } from '../../../test/golden';

interface Node {
  name: string;
  score: number | null;
  source: string | null;
  computed: number;
  entered: number;
  basis: Array<{ source: string; text: string; by: string | null }>;
  children?: Node[];
}
const nodesOf = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(nodesOf)];

describe('jixiao score: computed and entered points', () => {
  it('--json gives every node its computed and entered points, adding up to its score (seed 004)', async () => {
    const r = await run(['score', 'examples/nanzhou-2023.json', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      total: number;
      root: Node;
      split: { computed: number; entered: number };
    };
    const cents = (x: number) => Math.round(x * 100);
    for (const n of nodesOf(j.root)) {
      expect(cents(n.computed) + cents(n.entered), n.name).toBe(cents(n.score ?? 0));
    }
    expect(cents(j.split.computed) + cents(j.split.entered)).toBe(cents(SEED_004_TOTAL));
    const by = Object.fromEntries(nodesOf(j.root).map((n) => [n.name, n]));
    // 绩效管理 is five items a person scored, 9 points in all as the seed prints them.
    expect(by.绩效管理).toMatchObject({
      source: 'entered',
      computed: 0,
      entered: SEED_004_SUBSECTIONS.绩效管理,
    });
    expect(by.预算资金支出率).toMatchObject({
      source: 'computed',
      computed: SEED_004_SUBSECTIONS.预算资金支出率,
      entered: 0,
    });
    expect(by.资产盘点情况!.basis).toEqual([
      {
        source: 'entered',
        points: SEED_004_ITEMS.资产盘点情况,
        text: '资产盘点情况：填报得分 0 分（满分 1 分），理由：未完成资产盘点（填报人：填报单位）',
        path: 'management[17].score',
        by: '填报单位',
      },
    ]);
  });

  it('the table tags each node and ends with the summary line', async () => {
    const r = await run(['score', 'examples/nanzhou-2023.json']);
    const json = JSON.parse((await run(['score', 'examples/nanzhou-2023.json', '--json'])).out);
    expect(r.out).toMatch(/预算资金支出率\s*9\.96 \/ 10 {2}〔计算〕/);
    expect(r.out).toMatch(/效益指标\s*20 \/ 20 {2}〔人工〕/);
    const lines = r.out.split('\n');
    expect(lines.at(-1)).toBe(
      `按数据计算 ${json.split.computed.toFixed(2)} 分，人工评定 ${json.split.entered.toFixed(2)} 分`,
    );
  });
});
