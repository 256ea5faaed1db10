/** The one configuration module: every environment variable is parsed here, once, with a schema. */
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : v === 'true' || v === '1' || v === 'yes'));
const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** One line per variable; docs/server.md repeats this table. */
const EnvSchema = z.object({
  /** TCP port of the HTTP server (0 picks a free one). */
  PORT: int(3000, 0, 65535),
  /** Interface to listen on. */
  HOST: z.string().min(1).default('localhost'),
  /** postgres://user:pass@host:5432/db to use PostgreSQL; unset to use the embedded SQLite file. */
  DATABASE_URL: z.string().optional(),
  /** PostgreSQL schema to keep the tables in. */
  JIXIAO_PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: '只能包含小写字母、数字和下划线' })
    .default('public'),
  /** Connections in the PostgreSQL pool. */
  JIXIAO_PG_POOL: int(10, 1, 200),
  /** Folder of the SQLite file `jixiao.db` (created on first start). */
  JIXIAO_DATA_DIR: z.string().min(1).default('data'),
  /** Password of the first administrator `admin`; a random one is printed once when unset. */
  JIXIAO_ADMIN_PASSWORD: z.string().min(8, { error: '至少 8 个字符' }).optional(),
  /** Load the departments and evaluations of examples/*.json into a new, empty database. */
  JIXIAO_SEED: bool(true),
  /** Folder of the seed examples. */
  JIXIAO_SEED_DIR: z.string().min(1).default(`${REPO_ROOT}examples`),
  /** Always mark cookies Secure (otherwise only when the request came over TLS). */
  JIXIAO_SECURE_COOKIE: bool(false),
  /** Proxies whose X-Forwarded-* headers are believed: addresses or CIDRs, comma-separated (`true` is refused). */
  JIXIAO_TRUST_PROXY: z.string().optional(),
  /** Lifetime of a login session, in hours. */
  JIXIAO_SESSION_HOURS: int(12, 1, 24 * 30),
  /** argon2id memory cost in KiB (OWASP: 19456); lower only in tests. */
  JIXIAO_ARGON2_MEMORY_KIB: int(19456, 8, 1 << 22),
  /** argon2id iterations. */
  JIXIAO_ARGON2_TIME: int(2, 1, 20),
  /** Attempts to change one's own password per client address per minute (in each instance's memory). */
  JIXIAO_LOGIN_PER_MINUTE: int(10, 1, 100_000),
  /** Failed logins of one account before it must wait (1 s, then doubling). */
  JIXIAO_LOGIN_ACCOUNT_FAILURES: int(5, 1, 100_000),
  /** Longest wait of an account after failed logins, in seconds. */
  JIXIAO_LOGIN_MAX_DELAY_S: int(900, 1, 86_400),
  /** Failed logins from one address within 15 minutes before the address is refused for the rest of them. */
  JIXIAO_LOGIN_ADDRESS_FAILURES: int(100, 1, 1_000_000),
  /** Writes (saves, comments, transitions, imports …) one user may make per minute. */
  JIXIAO_WRITES_PER_MINUTE: int(120, 1, 10_000_000),
  /** Largest upload accepted by /api/import, in MiB. */
  JIXIAO_UPLOAD_MAX_MB: int(20, 1, 1024),
  /** Largest total uncompressed size of a .docx/.xlsx upload, in MiB. */
  JIXIAO_UNZIP_MAX_MB: int(100, 1, 4096),
  /** Longest time reading one uploaded document may take, in milliseconds. */
  JIXIAO_EXTRACT_TIMEOUT_MS: int(20_000, 1, 600_000),
  /** Time allowed per page of a long reading (OCR of a scan), in seconds: the limit is the larger of the two. */
  JIXIAO_EXTRACT_SECONDS_PER_PAGE: int(10, 0, 600),
  /** Uploaded documents read at the same time, each in its own worker thread. */
  JIXIAO_EXTRACT_WORKERS: int(2, 1, 64),
  /** Uploaded documents that may wait for a free worker; one more is refused with 503 and Retry-After. */
  JIXIAO_EXTRACT_QUEUE: int(8, 0, 10_000),
  /** Most pages read from one PDF. */
  JIXIAO_PDF_MAX_PAGES: int(300, 1, 10_000),
  /** How long a district dashboard may be served from memory, in ms (writes through this server clear it; 0: never). */
  JIXIAO_DASHBOARD_CACHE_MS: int(5000, 0, 600_000),
  /** Folder of the built web UI, served at / when it exists. */
  JIXIAO_WEB_DIR: z.string().min(1).default(`${REPO_ROOT}web/dist`),
  /** `open`: the OpenAPI pages at /api/docs are served to anyone; `login` (default): only to a signed-in user. */
  JIXIAO_API_DOCS: z.enum(['login', 'open'], { error: '只能是 login 或 open' }).default('login'),
  /** Server log level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  database:
    | { kind: 'sqlite'; file: string }
    | { kind: 'postgres'; url: string; schema: string; pool: number };
  dataDir: string;
  adminPassword: string | null;
  seed: boolean;
  seedDir: string;
  secureCookie: boolean;
  /** Proxy addresses and CIDRs (or `loopback`, `linklocal`, `uniquelocal`) trusted for X-Forwarded-*; false: none. */
  trustProxy: string[] | false;
  sessionHours: number;
  argon2: { memoryCost: number; timeCost: number };
  loginPerMinute: number;
  login: { accountFailures: number; maxDelayMs: number; addressFailures: number };
  writesPerMinute: number;
  upload: {
    maxBytes: number;
    maxUnzippedBytes: number;
    timeoutMs: number;
    /** Time per page of a long reading; a document of n pages may take max(timeoutMs, n × perPageMs). */
    perPageMs: number;
    maxPdfPages: number;
    workers: number;
    queue: number;
  };
  webDir: string;
  dashboardCacheMs: number;
  apiDocs: 'login' | 'open';
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

/** A configuration problem, listed per variable in Chinese. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误：\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parse the environment once; conflicting or invalid settings throw a ConfigError naming each variable.
 * @example loadConfig({ PORT: '8080' }).port // 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const url = e.DATABASE_URL?.trim() || undefined;
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    problems.push(
      'DATABASE_URL：只支持 postgres:// 地址；使用内置 SQLite 时请不要设置，改用 JIXIAO_DATA_DIR',
    );
  }
  if (!url && env.JIXIAO_PG_SCHEMA)
    problems.push('JIXIAO_PG_SCHEMA：只在设置了 DATABASE_URL（PostgreSQL）时有效');
  const trustProxy = parseTrustProxy(e.JIXIAO_TRUST_PROXY, problems);
  if (problems.length) throw new ConfigError(problems);
  const MiB = 1024 * 1024;
  return {
    port: e.PORT,
    host: e.HOST,
    database: url
      ? { kind: 'postgres', url, schema: e.JIXIAO_PG_SCHEMA, pool: e.JIXIAO_PG_POOL }
      : { kind: 'sqlite', file: `${e.JIXIAO_DATA_DIR}/jixiao.db` },
    dataDir: e.JIXIAO_DATA_DIR,
    adminPassword: e.JIXIAO_ADMIN_PASSWORD ?? null,
    seed: e.JIXIAO_SEED,
    seedDir: e.JIXIAO_SEED_DIR,
    secureCookie: e.JIXIAO_SECURE_COOKIE,
    trustProxy,
    sessionHours: e.JIXIAO_SESSION_HOURS,
    argon2: { memoryCost: e.JIXIAO_ARGON2_MEMORY_KIB, timeCost: e.JIXIAO_ARGON2_TIME },
    loginPerMinute: e.JIXIAO_LOGIN_PER_MINUTE,
    login: {
      accountFailures: e.JIXIAO_LOGIN_ACCOUNT_FAILURES,
      maxDelayMs: e.JIXIAO_LOGIN_MAX_DELAY_S * 1000,
      addressFailures: e.JIXIAO_LOGIN_ADDRESS_FAILURES,
    },
    writesPerMinute: e.JIXIAO_WRITES_PER_MINUTE,
    upload: {
      maxBytes: e.JIXIAO_UPLOAD_MAX_MB * MiB,
      maxUnzippedBytes: e.JIXIAO_UNZIP_MAX_MB * MiB,
      timeoutMs: e.JIXIAO_EXTRACT_TIMEOUT_MS,
      perPageMs: e.JIXIAO_EXTRACT_SECONDS_PER_PAGE * 1000,
      maxPdfPages: e.JIXIAO_PDF_MAX_PAGES,
      workers: e.JIXIAO_EXTRACT_WORKERS,
      queue: e.JIXIAO_EXTRACT_QUEUE,
    },
    webDir: e.JIXIAO_WEB_DIR,
    dashboardCacheMs: e.JIXIAO_DASHBOARD_CACHE_MS,
    apiDocs: e.JIXIAO_API_DOCS,
    logLevel: e.LOG_LEVEL,
  };
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * `127.0.0.1, 10.0.0.0/8` → the list Fastify's `trustProxy` takes; unset, empty or `false` → trust none. `true` (trust
 * every peer) is refused: any client could then name its own address, in the audit log and past the login throttle.
 */
function parseTrustProxy(value: string | undefined, problems: string[]): string[] | false {
  const v = value?.trim().toLowerCase() ?? '';
  if (v === '' || v === 'false' || v === '0' || v === 'no') return false;
  if (v === 'true' || v === '1' || v === 'yes') {
    problems.push(
      'JIXIAO_TRUST_PROXY：不再接受 true（那样任何客户端都能自称任意地址）；请列出反向代理的地址或网段，如 127.0.0.1 或 10.0.0.0/8',
    );
    return false;
  }
  const entries = v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const bad = entries.filter((x) => !PROXY_NAMES.has(x) && !isAddressOrCidr(x));
  if (bad.length) {
    problems.push(
      `JIXIAO_TRUST_PROXY：${bad.map((x) => `「${x}」`).join('、')}不是 IP 地址或网段（如 127.0.0.1、10.0.0.0/8、::1）`,
    );
  }
  return entries;
}

function isAddressOrCidr(x: string): boolean {
  const [ip = '', prefix, ...rest] = x.split('/');
  const family = isIP(ip);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}
