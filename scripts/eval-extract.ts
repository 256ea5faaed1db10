/**
 * `npm run eval:extract`: read the five seed reports and print, per seed and overall, the share of hand-checked
 * facts matched; then every seed and corpus report in every kind of document (`test/fixtures/extract/kinds.ts`)
 * as a table kind × document with a total per kind, seeds and corpus apart. A file the reader refuses counts 0
 * facts, printed with its message. `--kind <k[,k]>` and `--doc <id[,id]>` (a prefix: `004`, `c01`) filter;
 * `-v` lists the failed checks of every cell (and every check of the seeds on text).
 */
import { evaluateSeeds } from '../src/documents/extract/facts';
import {
  KINDS,
  type Kind,
  type KindCell,
  loadDocs,
  makeKind,
  readKind,
  SEEDS_DIR,
} from '../test/fixtures/extract/kinds';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose') || argv.includes('-v');
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? '').split(',').filter(Boolean) : null;
};
const kindFilter = option('--kind');
const docFilter = option('--doc');
const unknown = kindFilter?.filter((k) => !(KINDS as readonly string[]).includes(k)) ?? [];
if (unknown.length) {
  console.error(`未知的文档类型：${unknown.join('、')}（可选：${KINDS.join('、')}）`);
  process.exit(2);
}
const kinds = KINDS.filter((k) => !kindFilter || kindFilter.includes(k));
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;

// the seeds as text, printed as always
if (kinds.includes('txt') && !docFilter) {
  const reports = await evaluateSeeds(SEEDS_DIR);
  let matched = 0;
  let total = 0;
  for (const r of reports) {
    matched += r.matched;
    total += r.total;
    console.log(
      `${r.source.padEnd(28)} ${String(r.matched).padStart(3)}/${String(r.total).padEnd(3)} ${pct(r.matched, r.total)}`,
    );
    for (const c of r.checks.filter((x) => !x.ok || verbose)) {
      console.log(
        `  ${c.ok ? '✓' : '✗'} ${c.field}：期望 ${JSON.stringify(c.expected)}，得到 ${JSON.stringify(c.got)}`,
      );
    }
  }
  console.log(
    `${'合计'.padEnd(26)} ${String(matched).padStart(3)}/${String(total).padEnd(3)} ${pct(matched, total)}`,
  );
}

const docs = loadDocs().filter((d) => !docFilter || docFilter.some((p) => d.id.startsWith(p)));
if (!docs.length) {
  console.error(`没有符合 --doc ${docFilter?.join(',')} 的报告`);
  process.exit(2);
}
const short = (id: string) => id.slice(0, 3);
const results = new Map<Kind, KindCell[] | string>();
for (const kind of kinds) {
  process.stderr.write(`生成并读取「${kind}」…\n`);
  try {
    results.set(kind, await readKind(await makeKind(kind, docs), docs));
  } catch (e) {
    results.set(kind, e instanceof Error ? e.message : String(e));
  }
}

const cellText = (c: KindCell | undefined) => (c ? (c.error ? '失败' : pct(c.matched, c.total)) : '');
for (const group of ['seed', 'corpus'] as const) {
  const ids = docs.filter((d) => d.group === group).map((d) => d.id);
  if (!ids.length) continue;
  console.log(
    `\n## ${group === 'seed' ? '种子报告' : '自建语料'}：各类文档读对的事实（${ids.map(short).join('、')}）`,
  );
  console.log(['类型'.padEnd(16), ...ids.map((id) => short(id).padStart(7)), '   合计'].join(' '));
  let all = 0;
  let allTotal = 0;
  for (const kind of kinds) {
    const r = results.get(kind)!;
    if (typeof r === 'string') {
      console.log(`${kind.padEnd(18)} 未能生成：${r}`);
      continue;
    }
    const cells = r.filter((c) => c.group === group);
    const m = cells.reduce((s, c) => s + c.matched, 0);
    const t = cells.reduce((s, c) => s + c.total, 0);
    all += m;
    allTotal += t;
    const row = ids.map((id) => cellText(cells.find((c) => c.id === id)).padStart(7));
    console.log([kind.padEnd(18), ...row, `${m}/${t} ${pct(m, t)}`].join(' '));
  }
  console.log(`${'全部类型'.padEnd(14)} ${all}/${allTotal} ${pct(all, allTotal)}`);
}

// what failed: the reader's refusals always, the failed checks with -v
for (const kind of kinds) {
  const r = results.get(kind)!;
  if (typeof r === 'string') continue;
  for (const c of r) {
    if (c.error) console.log(`\n[${kind}] ${c.id}：读取失败，计 0/${c.total}：${c.error}`);
    else if (verbose && c.matched < c.total) {
      console.log(`\n[${kind}] ${c.id} ${c.matched}/${c.total}（${Math.round(c.ms)} 毫秒）`);
      for (const x of c.checks.filter((y) => !y.ok))
        console.log(`  ✗ ${x.field}：期望 ${JSON.stringify(x.expected)}，得到 ${JSON.stringify(x.got)}`);
    }
  }
}
