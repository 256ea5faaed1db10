/** `npm run bench:server`: autocannon on loopback against a server seeded with 2,000 departments × 3 years. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Evaluation } from '../src/core/model';
import { spawnServer } from '../src/server/_spawn';
import { derivedRev, deriveEvaluation } from '../src/server/services/derive';
import { type NewEvaluation, openSqliteStore, type Store } from '../src/store';
import { dropPostgresSchema, openPostgresStore } from '../src/store/postgres';

const DEPARTMENTS = 2000;
const YEARS = [2022, 2023, 2024];
const DISTRICTS = [
  '越秀区',
  '海珠区',
  '荔湾区',
  '天河区',
  '白云区',
  '黄埔区',
  '番禺区',
  '花都区',
  '南沙区',
  '从化区',
  '增城区',
];
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PASSWORD = 'bench-password-1';

const examplesDir = new URL('../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => Evaluation.parse(JSON.parse(readFileSync(new URL(f, examplesDir), 'utf8'))));

/** 2,000 departments spread over the districts, each with an evaluation for each year, made from the examples. */
async function seed(store: Store): Promise<void> {
  const rev = derivedRev();
  // Figures depend on the document only, and the copies differ by name and year: derive once per example and year.
  const derived = new Map<string, ReturnType<typeof deriveEvaluation>>();
  const actor = { userId: null, username: 'bench' };
  let batch: NewEvaluation[] = [];
  for (let i = 0; i < DEPARTMENTS; i++) {
    const name = `基准测试部门${String(i).padStart(4, '0')}`;
    const district = DISTRICTS[i % DISTRICTS.length]!;
    const dept = await store.createDepartment({ name, district }, actor);
    for (const year of YEARS) {
      const k = (i + year) % examples.length;
      const doc = { ...examples[k]!, year, department: { ...examples[k]!.department, name, district } };
      const key = `${k}:${year}`;
      if (!derived.has(key)) derived.set(key, deriveEvaluation(doc, rev));
      batch.push({ departmentId: dept.id, year, data: doc, derived: derived.get(key)! });
    }
    if (batch.length >= 600) {
      await store.createEvaluations(batch, actor);
      batch = [];
    }
  }
  if (batch.length) await store.createEvaluations(batch, actor);
}

interface Row {
  database: string;
  case: string;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  errors: number;
  'server CPU µs/req': number;
  'vs health': string;
}

type Case = Omit<Row, 'database' | 'vs health'>;

/** CPU time the process has used, in µs (Linux: utime + stime of /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

async function measure(
  url: string,
  pid: number,
  headers: Record<string, string>,
  name: string,
  request: autocannon.Request,
): Promise<Case> {
  // A first second unmeasured, so that the figures are of code the JIT has compiled.
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers, requests: [request] });
  const cpu0 = cpuMicros(pid);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    requests: [request],
  });
  return {
    case: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    // Independent of what else the machine runs: the server's own CPU per answer.
    'server CPU µs/req': Math.round((cpuMicros(pid) - cpu0) / Math.max(1, result.requests.total)),
  };
}

const get = (path: () => string): autocannon.Request => ({
  method: 'GET',
  setupRequest: (req) => ({ ...req, path: path() }),
});

/**
 * Saves against the current version, each evaluation by one connection at a time (no version conflicts): an
 * evaluation is taken from the free list, saved with one field changed, and returned with the version the answer
 * gives. A save of the same document as before would not be an edit anyone makes.
 */
function saves(docs: Map<number, Evaluation>, versions: Map<number, number>): autocannon.Request {
  const free = [...docs.keys()];
  let n = 0;
  return {
    method: 'PUT',
    setupRequest: (req) => {
      // Only when answers were lost (errors): then a busy one, whose 409 the table counts.
      const id = free.shift() ?? docs.keys().next().value!;
      const doc = docs.get(id)!;
      n++;
      const data = { ...doc, improvements: [...doc.improvements, `第 ${n} 次保存补充的改进措施`] };
      return {
        ...req,
        path: `/api/evaluations/${id}`,
        headers: { ...req.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ version: versions.get(id)!, data }),
      };
    },
    onResponse: (status, body) => {
      if (status !== 200) return;
      const { evaluation } = JSON.parse(body) as { evaluation: { id: number; version: number } };
      versions.set(evaluation.id, evaluation.version);
      free.push(evaluation.id);
    },
  };
}

const SAVED = 400;
const PROFILER = fileURLToPath(new URL('./_cpu-profile.cjs', import.meta.url));

async function benchDatabase(label: string, env: Record<string, string>, store: Store): Promise<Row[]> {
  const t0 = performance.now();
  await store.migrate();
  await seed(store);
  const evaluations = await store.listEvaluations({});
  const ids = evaluations.map((e) => e.id);
  // Saves go to evaluations read neither by the read case nor by the score case.
  const saved = ids.splice(-SAVED);
  const docs = new Map<number, Evaluation>();
  const versions = new Map<number, number>();
  for (const id of saved) {
    const row = (await store.getEvaluation(id))!;
    docs.set(id, row.data as Evaluation);
    versions.set(id, row.version);
  }
  await store.close();
  console.error(
    `${label}: seeded ${DEPARTMENTS} departments × ${YEARS.length} years in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server (open it in Chrome DevTools or speedscope).
  const profile: Record<string, string> = process.env.BENCH_CPU_PROF
    ? { NODE_OPTIONS: `--require ${PROFILER}`, PROF_DIR: process.env.BENCH_CPU_PROF }
    : {};
  const server = await spawnServer(
    {
      ...env,
      ...profile,
      JIXIAO_SEED: 'false',
      JIXIAO_ADMIN_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
      // One account saves here as fast as it can: the per-user limit would answer 429 after 120 in a minute.
      JIXIAO_WRITES_PER_MINUTE: '10000000',
    },
    60_000,
  );
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const csrf = cookies.find((c) => c.startsWith('jixiao_csrf='))!.slice('jixiao_csrf='.length);
    const headers = { cookie: cookies.join('; '), 'x-csrf-token': csrf };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
    const cases: [string, autocannon.Request][] = [
      ['health', get(() => '/api/health')],
      ['read an evaluation', get(() => `/api/evaluations/${pick(ids)}`)],
      ['save an evaluation', saves(docs, versions)],
      ['score an evaluation', get(() => `/api/evaluations/${pick(ids)}/score`)],
      [
        'district dashboard',
        get(() => `/api/dashboard?district=${encodeURIComponent(pick(DISTRICTS))}&year=${pick(YEARS)}`),
      ],
    ];
    // BENCH_CASES=health,read measures only the cases whose names contain one of the words.
    const only = process.env.BENCH_CASES?.split(',');
    const measured: Case[] = [];
    for (const [name, request] of cases)
      if (!only || only.some((w) => name.includes(w)))
        measured.push(await measure(server.url, server.proc.pid!, headers, name, request));
    const health = measured.find((m) => m.case === 'health')?.['req/s'] ?? Number.NaN;
    return measured.map((m) => ({
      database: label,
      ...m,
      'vs health': m.case === 'health' ? '' : `${Math.round((100 * m['req/s']) / health)}%`,
    }));
  } finally {
    await server.stop();
  }
}

/** BENCH_STORES=sqlite or =postgresql runs one database only. */
const stores = (process.env.BENCH_STORES ?? 'sqlite,postgresql').toLowerCase().split(',');
const rows: Row[] = [];
if (stores.includes('sqlite')) {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  try {
    rows.push(
      ...(await benchDatabase('SQLite', { JIXIAO_DATA_DIR: dir }, openSqliteStore(join(dir, 'jixiao.db')))),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!stores.includes('postgresql')) {
  // asked for one database only
} else if (pgUrl) {
  const schema = `bench_${process.pid}`;
  try {
    const store = await openPostgresStore({ url: pgUrl, schema });
    rows.push(
      ...(await benchDatabase(
        'PostgreSQL',
        { DATABASE_URL: pgUrl, JIXIAO_PG_SCHEMA: schema, JIXIAO_DATA_DIR: tmpdir() },
        store,
      )),
    );
  } finally {
    await dropPostgresSchema(pgUrl, schema);
  }
} else {
  console.error('PostgreSQL skipped: neither TEST_DATABASE_URL nor DATABASE_URL is set');
}
console.log(`\n## 服务端压测（${CONNECTIONS} 个连接，每项 ${SECONDS} 秒，回环地址）`);
console.table(rows);
// The goals: a read at least half of health with p99 ≤ 30 ms, a save at least a quarter of health.
for (const db of new Set(rows.map((r) => r.database))) {
  const of = (name: string) => rows.find((r) => r.database === db && r.case === name);
  const [health, read, save] = [of('health'), of('read an evaluation'), of('save an evaluation')];
  if (!health || !read || !save) continue;
  const ratio = (r: Row) => r['req/s'] / health['req/s'];
  const mark = (ok: boolean) => (ok ? '达标' : '未达标');
  console.log(
    `${db}：读取/健康检查 ${(100 * ratio(read)).toFixed(0)}%（目标 ≥ 50%），p99 ${read['p99 ms']} ms（目标 ≤ 30 ms）` +
      ` ${mark(ratio(read) >= 0.5 && read['p99 ms'] <= 30)}；保存/健康检查 ${(100 * ratio(save)).toFixed(0)}%（目标 ≥ 25%）` +
      ` ${mark(ratio(save) >= 0.25)}`,
  );
}
