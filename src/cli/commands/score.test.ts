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

describe('jixiao score: a project self-evaluation', () => {
  it('scores 新华 2022 长者长寿保健金项目 on the national rubric: 809.28 of 809.28 万元 executed gives 预算执行率 10', async () => {
    const r = await run(['score', 'examples/projects/xinhua-2022-changshou.json', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { rubric: { id: string }; root: Node };
    expect(j.rubric.id).toBe('national-project-2020');
    const by = Object.fromEntries(nodesOf(j.root).map((n) => [n.name, n]));
    expect(by.预算执行率).toMatchObject({ score: 10, source: 'computed' });
    expect(Object.keys(by)).toEqual(['总分', '预算执行率', '产出指标', '效益指标', '满意度指标']);
    const table = await run(['score', 'examples/projects/xinhua-2022-changshou.json']);
    expect(table.out.split('\n')[0]).toBe(
      '长者长寿保健金项目 2022 年度　评分标准：项目支出绩效自评（财预〔2020〕10号）',
    );
    expect(table.out).toMatch(/预算执行率\s*10 \/ 10 {2}〔计算〕/);
  });

  it('a project whose indicators are prose awaits a person, saying which and for how many points', async () => {
    const r = await run(['score', 'examples/projects/xinhua-2022-yiqing.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/预算执行率\s*10 \/ 10/);
    expect(r.out).toMatch(/隔离人员满意率：.*需人工判断（10 分待定）/);
    expect(r.out).toMatch(/数据不足，无法算出总分/);
  });

  it('refuses a project file with problems, each at its path', async () => {
    const r = await run(['score', 'p.json'], {
      'p.json': JSON.stringify({ schema: 'jixiao/project-evaluation@1', year: 2022, project: { name: '' } }),
    });
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/project\.name: 项目名称不能为空/);
  });
});
