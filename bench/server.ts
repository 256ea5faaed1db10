/** `npm run bench:server`: autocannon on loopback against a server seeded with 2,000 departments × 3 years. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Evaluation } from '../src/core/model';
import { spawnServer } from '../src/server/_spawn';
import { derivedRev, deriveEvaluation } from '../src/server/services/derive';
import { loadOptionalModules } from '../src/server/services/optional';
import {
  dropPostgresSchema,
  type NewEvaluation,
  openPostgresStore,
  openSqliteStore,
  type Store,
} from '../src/store';

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
  const optional = await loadOptionalModules();
  const rev = derivedRev(optional.audit);
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
      if (!derived.has(key)) derived.set(key, deriveEvaluation(doc, optional.audit, rev));
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
}

async function measure(
  url: string,
  cookie: string,
  name: string,
  path: () => string,
): Promise<Omit<Row, 'database'>> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { cookie },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path() }) }],
  });
  return {
    case: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function benchDatabase(label: string, env: Record<string, string>, store: Store): Promise<Row[]> {
  const t0 = performance.now();
  await store.migrate();
  await seed(store);
  const evaluations = await store.listEvaluations({});
  await store.close();
  console.error(
    `${label}: seeded ${DEPARTMENTS} departments × ${YEARS.length} years in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const server = await spawnServer(
    { ...env, JIXIAO_SEED: 'false', JIXIAO_ADMIN_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' },
    60_000,
  );
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const ids = evaluations.map((e) => e.id);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
    const cases: [string, () => string][] = [
      ['read an evaluation', () => `/api/evaluations/${pick(ids)}`],
      ['score an evaluation', () => `/api/evaluations/${pick(ids)}/score`],
      [
        'district dashboard',
        () => `/api/dashboard?district=${encodeURIComponent(pick(DISTRICTS))}&year=${pick(YEARS)}`,
      ],
    ];
    const rows: Row[] = [];
    for (const [name, path] of cases)
      rows.push({ database: label, ...(await measure(server.url, cookie, name, path)) });
    return rows;
  } finally {
    await server.stop();
  }
}

const rows: Row[] = [];
const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
try {
  rows.push(
    ...(await benchDatabase('SQLite', { JIXIAO_DATA_DIR: dir }, openSqliteStore(join(dir, 'jixiao.db')))),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
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
  console.error('PostgreSQL skipped: TEST_DATABASE_URL is not set');
}
console.log(`\n## 服务端压测（${CONNECTIONS} 个连接，每项 ${SECONDS} 秒，回环地址）`);
console.table(rows);
