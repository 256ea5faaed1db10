/** First start: the administrator, and the example departments with their evaluations when the database is new. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Evaluation, type ProjectEvaluation } from '../../core/model';
import type { Actor, NewEvaluation, Store } from '../../store';
import { generatePassword, type PasswordHasher } from '../auth/password';
import { derivedRev, deriveEvaluation } from './derive';
import { documentKind } from './kinds';

const SYSTEM: Actor = { userId: null, username: '系统', ip: null };

export interface SeedOptions {
  seed: boolean;
  seedDir: string;
  adminPassword: string | null;
  /** Where the one-time messages go (the random password is printed here, once). */
  print: (line: string) => void;
}

/** Create `admin` when there is no user at all; returns the password when it was generated. */
export async function seedAdmin(
  store: Store,
  hasher: PasswordHasher,
  opts: SeedOptions,
): Promise<string | null> {
  if ((await store.countUsers()) > 0) return null;
  const password = opts.adminPassword ?? generatePassword();
  await store.createUser(
    {
      username: 'admin',
      name: '系统管理员',
      passwordHash: await hasher.hash(password),
      role: 'admin',
      departmentId: null,
      district: null,
      active: true,
    },
    SYSTEM,
  );
  if (!opts.adminPassword) {
    opts.print(`已创建管理员 admin，初始密码：${password}`);
    opts.print('（此密码只显示这一次，请登录后修改；也可用环境变量 JIXIAO_ADMIN_PASSWORD 指定）');
    return password;
  }
  opts.print('已创建管理员 admin（密码来自 JIXIAO_ADMIN_PASSWORD）');
  return null;
}

/** Load examples/*.json into an empty database: one department per file, its evaluation as a draft. */
export async function seedExamples(store: Store, opts: SeedOptions): Promise<number> {
  if (!opts.seed || (await store.countDepartments()) > 0) return 0;
  let files: string[];
  try {
    files = (await readdir(opts.seedDir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    opts.print(`未找到示例目录 ${opts.seedDir}，跳过示例数据`);
    return 0;
  }
  const evaluations: NewEvaluation[] = [];
  for (const f of files) {
    const parsed = Evaluation.safeParse(
      JSON.parse(await readFile(join(opts.seedDir, f), 'utf8').catch(() => 'null')),
    );
    if (!parsed.success) {
      opts.print(`示例 ${f} 不是有效的评价文档，已跳过：${parsed.error.issues[0]?.message ?? ''}`);
      continue;
    }
    const doc = parsed.data;
    const existing = await store.listDepartments();
    const dept =
      existing.find((d) => d.name === doc.department.name) ??
      (await store.createDepartment(
        { name: doc.department.name, district: doc.department.district ?? null },
        SYSTEM,
      ));
    evaluations.push({
      departmentId: dept.id,
      year: doc.year,
      data: doc,
      derived: deriveEvaluation(doc),
    });
  }
  const n = await store.createEvaluations(evaluations, SYSTEM);
  const projects = await seedProjectExamples(store, join(opts.seedDir, 'projects'));
  const also = projects ? `，${projects} 份项目自评` : '';
  opts.print(`已载入示例数据：${await store.countDepartments()} 个部门，${n} 份自评${also}`);
  return n;
}

/** examples/projects/*.json: project self-evaluations, each under the seeded department its 主管部门 names. */
async function seedProjectExamples(store: Store, dir: string): Promise<number> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  const departments = await store.listDepartments();
  const kind = documentKind('project');
  const inputs: NewEvaluation[] = [];
  for (const f of files) {
    const parsed = kind.parseStored(JSON.parse(await readFile(join(dir, f), 'utf8').catch(() => 'null')));
    if (!parsed.success) continue;
    const doc = parsed.data as ProjectEvaluation;
    const dept = departments.find((d) => d.name === doc.project.department);
    if (!dept) continue;
    inputs.push({
      departmentId: dept.id,
      year: doc.year,
      kind: 'project',
      subject: kind.subject(doc),
      data: doc,
      derived: kind.derive(doc, derivedRev()),
    });
  }
  return inputs.length ? store.createEvaluations(inputs, SYSTEM) : 0;
}

/** Recompute stored figures whose scoring code has changed since they were written. */
export async function refreshStaleDerived(store: Store, rev: string): Promise<number> {
  let n = 0;
  for (;;) {
    const batch = await store.listStaleDerived(rev, 200);
    if (batch.length === 0) return n;
    for (const row of batch) {
      const kind = documentKind(row.kind);
      const parsed = kind.parseStored(row.data);
      const derived = parsed.success
        ? kind.derive(parsed.data, rev)
        : {
            total: null,
            grade: null,
            executionRate: null,
            findingsError: null,
            findingsWarning: null,
            details: { deductions: [], unmet: [] },
            rev,
          };
      await store.refreshDerived(row.id, derived);
      n++;
    }
  }
}
