/** The one configuration module: every environment variable is parsed here, once, with a schema. */
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
  /** Trust X-Forwarded-* headers from a reverse proxy (needed to see TLS behind it). */
  JIXIAO_TRUST_PROXY: bool(false),
  /** Lifetime of a login session, in hours. */
  JIXIAO_SESSION_HOURS: int(12, 1, 24 * 30),
  /** argon2id memory cost in KiB (OWASP: 19456); lower only in tests. */
  JIXIAO_ARGON2_MEMORY_KIB: int(19456, 8, 1 << 22),
  /** argon2id iterations. */
  JIXIAO_ARGON2_TIME: int(2, 1, 20),
  /** Login attempts allowed per client address per minute. */
  JIXIAO_LOGIN_PER_MINUTE: int(10, 1, 100_000),
  /** Largest upload accepted by /api/import, in MiB. */
  JIXIAO_UPLOAD_MAX_MB: int(20, 1, 1024),
  /** Largest total uncompressed size of a .docx/.xlsx upload, in MiB. */
  JIXIAO_UNZIP_MAX_MB: int(100, 1, 4096),
  /** Longest time reading one uploaded document may take, in milliseconds. */
  JIXIAO_EXTRACT_TIMEOUT_MS: int(20_000, 1, 600_000),
  /** Most pages read from one PDF. */
  JIXIAO_PDF_MAX_PAGES: int(300, 1, 10_000),
  /** How long a district dashboard may be served from memory, in ms (writes through this server clear it; 0: never). */
  JIXIAO_DASHBOARD_CACHE_MS: int(5000, 0, 600_000),
  /** Folder of the built web UI, served at / when it exists. */
  JIXIAO_WEB_DIR: z.string().min(1).default(`${REPO_ROOT}web/dist`),
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
  trustProxy: boolean;
  sessionHours: number;
  argon2: { memoryCost: number; timeCost: number };
  loginPerMinute: number;
  upload: { maxBytes: number; maxUnzippedBytes: number; timeoutMs: number; maxPdfPages: number };
  webDir: string;
  dashboardCacheMs: number;
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
    trustProxy: e.JIXIAO_TRUST_PROXY,
    sessionHours: e.JIXIAO_SESSION_HOURS,
    argon2: { memoryCost: e.JIXIAO_ARGON2_MEMORY_KIB, timeCost: e.JIXIAO_ARGON2_TIME },
    loginPerMinute: e.JIXIAO_LOGIN_PER_MINUTE,
    upload: {
      maxBytes: e.JIXIAO_UPLOAD_MAX_MB * MiB,
      maxUnzippedBytes: e.JIXIAO_UNZIP_MAX_MB * MiB,
      timeoutMs: e.JIXIAO_EXTRACT_TIMEOUT_MS,
      maxPdfPages: e.JIXIAO_PDF_MAX_PAGES,
    },
    webDir: e.JIXIAO_WEB_DIR,
    dashboardCacheMs: e.JIXIAO_DASHBOARD_CACHE_MS,
    logLevel: e.LOG_LEVEL,
  };
}
