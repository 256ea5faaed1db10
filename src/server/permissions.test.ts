/**
 * The permission matrix: every route × every role × own or other department, each asserted allowed, forbidden (403:
 * the user may read the thing but not do this) or hidden (404, exactly as for a missing one: the user may not read it).
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  multipartFile,
  STORE_KINDS,
  type TestClient,
  type TestServer,
} from './_testing';

type Role = 'admin' | 'reviewer' | 'editor' | 'staff';
type Side = 'own' | 'other';
const ROLES: Role[] = ['admin', 'reviewer', 'editor', 'staff'];
const OWN_DEPT = '广州市荔湾区人民政府金花街道办事处';
const OTHER_DEPT = '广州市海珠区人民政府南洲街道办事处';

interface Target {
  deptId: number;
  district: string;
  evalId: number;
  data: Record<string, unknown>;
}

interface World {
  server: TestServer;
  admin: TestClient;
  clients: Record<Role, TestClient>;
  targets: Record<Side, Target>;
  fresh(side: Side, status: 'draft' | 'submitted' | 'approved'): Promise<number>;
  /** A fresh draft saved once more: version 2, with version 1 to restore. */
  edited(side: Side): Promise<{ id: number; version: number }>;
  /** A year the side's department has no evaluation for yet. */
  freeYear(side: Side): number;
}

type Outcome = 'allowed' | 'forbidden' | 'hidden';

/** 2xx is allowed (and its body passes `check`), 403 forbidden, 404 hidden, anything else a failure. */
function verdict(res: LightMyRequestResponse, check?: (res: LightMyRequestResponse) => void): Outcome {
  if (res.statusCode >= 200 && res.statusCode < 300) {
    check?.(res);
    return 'allowed';
  }
  if (res.statusCode === 403) return 'forbidden';
  if (res.statusCode === 404) {
    expect(res.json().error.code).toBe('not_found');
    return 'hidden';
  }
  throw new Error(`unexpected ${res.statusCode}: ${res.body.slice(0, 300)}`);
}

/** An audit answer: a list of findings (none for a clean document), each with its Chinese sentence. */
const auditBody = (res: LightMyRequestResponse) => {
  const { findings } = res.json() as { findings: { code: string; message: string }[] };
  expect(Array.isArray(findings)).toBe(true);
  for (const f of findings) expect(f.message).not.toContain(f.code);
};
/** A .docx or .xlsx download: its content type, and a zip archive as body. */
const reportBody = (format: 'docx' | 'xlsx') => (res: LightMyRequestResponse) => {
  expect(res.headers['content-type']).toContain(format === 'docx' ? 'wordprocessingml' : 'spreadsheetml');
  expect(res.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
};

const everyone = () => true;
const adminOnly = (r: Role) => r === 'admin';
const readers = (r: Role, s: Side) => r === 'admin' || s === 'own';
const deptEditors = (r: Role, s: Side) => r === 'admin' || ((r === 'editor' || r === 'staff') && s === 'own');
const deptLead = (r: Role, s: Side) => r === 'admin' || (r === 'editor' && s === 'own');
const bureau = (r: Role, s: Side) => r === 'admin' || (r === 'reviewer' && s === 'own');
const importers = (r: Role) => r === 'admin' || r === 'editor';

let uniq = 0;
const next = () => `${Date.now().toString(36)}${++uniq}`;

interface Case {
  route: string;
  expected: (r: Role, s: Side) => boolean;
  /** Aimed at one department's evaluation or department: refused as missing (404) to whoever may not read it. */
  scoped?: true;
  run: (c: TestClient, w: World, s: Side) => Promise<Outcome | boolean>;
}

/** What the matrix expects: allowed, else hidden from those who may not read the target, else forbidden. */
function expectedOutcome(c: Case, r: Role, s: Side): Outcome {
  if (c.expected(r, s)) return 'allowed';
  return c.scoped && !readers(r, s) ? 'hidden' : 'forbidden';
}

const CASES: Case[] = [
  { route: 'GET /api/me', expected: everyone, run: async (c) => verdict(await c.get('/api/me')) },
  {
    route: 'GET /api/departments',
    scoped: true,
    expected: readers,
    run: async (c, w, s) => {
      const res = await c.get('/api/departments');
      expect(res.statusCode).toBe(200);
      return res.json().departments.some((d: { id: number }) => d.id === w.targets[s].deptId)
        ? 'allowed'
        : 'hidden';
    },
  },
  {
    route: 'POST /api/departments',
    expected: adminOnly,
    run: async (c) =>
      verdict(await c.post('/api/departments', { name: `新部门${next()}`, district: '越秀区' })),
  },
  {
    route: 'GET /api/evaluations',
    scoped: true,
    expected: readers,
    run: async (c, w, s) => {
      const res = await c.get(`/api/evaluations?departmentId=${w.targets[s].deptId}`);
      expect(res.statusCode).toBe(200);
      return res.json().evaluations.some((e: { id: number }) => e.id === w.targets[s].evalId)
        ? 'allowed'
        : 'hidden';
    },
  },
  {
    route: 'POST /api/evaluations',
    scoped: true,
    expected: deptLead,
    run: async (c, w, s) => {
      const t = w.targets[s];
      const data = { ...t.data, year: w.freeYear(s) };
      return verdict(await c.post('/api/evaluations', { departmentId: t.deptId, data }));
    },
  },
  {
    route: 'GET /api/evaluations/:id',
    scoped: true,
    expected: readers,
    run: async (c, w, s) => verdict(await c.get(`/api/evaluations/${w.targets[s].evalId}`)),
  },
  {
    route: 'PUT /api/evaluations/:id',
    scoped: true,
    expected: deptEditors,
    run: async (c, w, s) => {
      const id = await w.fresh(s, 'draft');
      const cur = (await w.admin.get(`/api/evaluations/${id}`)).json().evaluation;
      const data = structuredClone(cur.data);
      data.indicators[0].actual = `staff1 填写 ${next()}`;
      return verdict(await c.put(`/api/evaluations/${id}`, { version: cur.version, data }));
    },
  },
  {
    route: 'GET /api/evaluations/:id/history',
    scoped: true,
    expected: readers,
    run: async (c, w, s) => verdict(await c.get(`/api/evaluations/${w.targets[s].evalId}/history`)),
  },
  {
    route: 'GET /api/evaluations/:id/versions/:v',
    scoped: true,
    expected: readers,
    run: async (c, w, s) => verdict(await c.get(`/api/evaluations/${w.targets[s].evalId}/versions/1`)),
  },
  {
    route: 'GET /api/evaluations/:id/versions/:v/changes',
    scoped: true,
    expected: readers,
    run: async (c, w, s) =>
      verdict(await c.get(`/api/evaluations/${w.targets[s].evalId}/versions/2/changes`), (res) => {
        expect(res.json().changes.length).toBeGreaterThan(0);
      }),
  },
  {
    route: 'POST /api/evaluations/:id/versions/:v/restore',
    scoped: true,
    expected: deptLead,
    run: async (c, w, s) => {
      const e = await w.edited(s);
      return verdict(await c.post(`/api/evaluations/${e.id}/versions/1/restore`, { version: e.version }));
    },
  },
  ...(
    [
      ['submit', 'draft', deptLead],
      ['withdraw', 'submitted', deptLead],
      ['return', 'submitted', bureau],
      ['approve', 'submitted', bureau],
      ['publish', 'approved', bureau],
      ['reopen', 'approved', bureau],
    ] as const
  ).map(
    ([action, from, expected]): Case => ({
      route: `POST /api/evaluations/:id/transitions ${action}`,
      scoped: true,
      expected,
      run: async (c, w, s) => {
        const id = await w.fresh(s, from);
        return verdict(
          await c.post(`/api/evaluations/${id}/transitions`, { action, comment: '请补充佐证材料' }),
        );
      },
    }),
  ),
  {
    route: 'GET /api/evaluations/:id/comments',
    scoped: true,
    expected: readers,
    run: async (c, w, s) => verdict(await c.get(`/api/evaluations/${w.targets[s].evalId}/comments`)),
  },
  {
    route: 'POST /api/evaluations/:id/comments',
    scoped: true,
    expected: readers,
    run: async (c, w, s) =>
      verdict(
        await c.post(`/api/evaluations/${w.targets[s].evalId}/comments`, { body: '意见', path: 'finance' }),
      ),
  },
  {
    route: 'GET /api/evaluations/:id/score',
    scoped: true,
    expected: readers,
    run: async (c, w, s) => verdict(await c.get(`/api/evaluations/${w.targets[s].evalId}/score`)),
  },
  {
    route: 'POST /api/score',
    expected: everyone,
    run: async (c, w, s) => verdict(await c.post('/api/score', { data: w.targets[s].data })),
  },
  {
    route: 'GET /api/evaluations/:id/audit',
    scoped: true,
    expected: readers,
    run: async (c, w, s) => verdict(await c.get(`/api/evaluations/${w.targets[s].evalId}/audit`), auditBody),
  },
  {
    route: 'POST /api/audit',
    expected: everyone,
    run: async (c, w, s) => verdict(await c.post('/api/audit', { data: w.targets[s].data }), auditBody),
  },
  ...(['docx', 'xlsx'] as const).map(
    (f): Case => ({
      route: `GET /api/evaluations/:id/report.${f}`,
      scoped: true,
      expected: readers,
      run: async (c, w, s) =>
        verdict(await c.get(`/api/evaluations/${w.targets[s].evalId}/report.${f}`), reportBody(f)),
    }),
  ),
  {
    route: 'POST /api/import',
    expected: importers,
    run: async (c, w, s) => {
      const m = multipartFile('doc.json', Buffer.from(JSON.stringify(w.targets[s].data)));
      return verdict(await c.post('/api/import', m.body, m.headers));
    },
  },
  { route: 'GET /api/users', expected: adminOnly, run: async (c) => verdict(await c.get('/api/users')) },
  {
    route: 'POST /api/users',
    expected: adminOnly,
    run: async (c, w, s) =>
      verdict(
        await c.post('/api/users', {
          username: `u${next()}`,
          name: '新人',
          password: 'kiwi-harbor-58',
          role: 'editor',
          departmentId: w.targets[s].deptId,
        }),
      ),
  },
  {
    route: 'PATCH /api/users/:id',
    expected: adminOnly,
    run: async (c, w) => {
      const u = (
        await w.admin.post('/api/users', {
          username: `p${next()}`,
          name: '甲',
          password: 'kiwi-harbor-58',
          role: 'reviewer',
          district: '越秀区',
        })
      ).json().user;
      return verdict(await c.patch(`/api/users/${u.id}`, { name: '乙' }));
    },
  },
  {
    route: 'GET /api/dashboard',
    expected: bureau,
    run: async (c, w, s) =>
      verdict(await c.get(`/api/dashboard?district=${encodeURIComponent(w.targets[s].district)}`)),
  },
  {
    route: 'GET /api/audit-log',
    expected: adminOnly,
    run: async (c) => verdict(await c.get('/api/audit-log')),
  },
  {
    route: 'POST /api/auth/logout',
    expected: everyone,
    run: async (role, w) => {
      // A session of its own, so the role's shared session stays open for the other cases.
      const who = (await role.get('/api/me')).json().user.username;
      const c = await w.server.login(who, who === 'admin' ? ADMIN_PASSWORD : 'kiwi-harbor-58');
      const ok = verdict(await c.post('/api/auth/logout'));
      expect((await c.get('/api/me')).statusCode).toBe(401);
      return ok;
    },
  },
];

async function buildWorld(kind: (typeof STORE_KINDS)[number]): Promise<World> {
  const server = await buildTestServer(kind);
  const admin = await server.login('admin', ADMIN_PASSWORD);
  const depts = (await admin.get('/api/departments')).json().departments as {
    id: number;
    name: string;
    district: string;
  }[];
  const evals = (await admin.get('/api/evaluations')).json().evaluations as {
    id: number;
    departmentId: number;
  }[];
  const target = async (name: string): Promise<Target> => {
    const d = depts.find((x) => x.name === name)!;
    const e = evals.find((x) => x.departmentId === d.id)!;
    const cur = (await admin.get(`/api/evaluations/${e.id}`)).json().evaluation;
    const data = structuredClone(cur.data);
    data.indicators[0].owner = 'staff1';
    // 金花's report states only its execution rate: give it what the submission gate requires (rate unchanged).
    if (!data.department.functions.length && !data.overview) data.department.functions = ['辖区社会管理'];
    if (data.finance.budget == null) Object.assign(data.finance, { budget: 1000, executed: 950 });
    const put = await admin.put(`/api/evaluations/${e.id}`, { version: cur.version, data });
    expect(put.statusCode).toBe(200);
    return { deptId: d.id, district: d.district, evalId: e.id, data };
  };
  const targets = { own: await target(OWN_DEPT), other: await target(OTHER_DEPT) };
  const users = [
    { username: 'reviewer1', role: 'reviewer', district: targets.own.district },
    { username: 'editor1', role: 'editor', departmentId: targets.own.deptId },
    { username: 'staff1', role: 'staff', departmentId: targets.own.deptId },
  ];
  for (const u of users) {
    const res = await admin.post('/api/users', { ...u, name: u.username, password: 'kiwi-harbor-58' });
    expect(res.statusCode).toBe(201);
  }
  const clients = {
    admin,
    reviewer: await server.login('reviewer1', 'kiwi-harbor-58'),
    editor: await server.login('editor1', 'kiwi-harbor-58'),
    staff: await server.login('staff1', 'kiwi-harbor-58'),
  };
  const years = { own: 2030, other: 2030 };
  const freeYear = (side: Side) => years[side]++;
  const fresh: World['fresh'] = async (side, status) => {
    const t = targets[side];
    const res = await admin.post('/api/evaluations', {
      departmentId: t.deptId,
      data: { ...t.data, year: freeYear(side) },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().evaluation.id as number;
    const steps = { draft: [], submitted: ['submit'], approved: ['submit', 'approve'] }[status];
    for (const action of steps)
      expect((await admin.post(`/api/evaluations/${id}/transitions`, { action })).statusCode).toBe(200);
    return id;
  };
  const edited: World['edited'] = async (side) => {
    const id = await fresh(side, 'draft');
    const cur = (await admin.get(`/api/evaluations/${id}`)).json().evaluation;
    const res = await admin.put(`/api/evaluations/${id}`, {
      version: cur.version,
      data: { ...cur.data, title: `第二版 ${next()}` },
    });
    expect(res.statusCode).toBe(200);
    return { id, version: res.json().evaluation.version };
  };
  return { server, admin, clients, targets, fresh, edited, freeYear };
}

describe.each(STORE_KINDS)('permission matrix on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(kind);
  });
  afterAll(async () => {
    await w?.server.close();
  });

  const rows = CASES.flatMap((c) =>
    ROLES.flatMap((role) => (['own', 'other'] as const).map((side) => ({ c, role, side }))),
  );
  it.each(rows.map((r) => [r.c.route, r.role, r.side, expectedOutcome(r.c, r.role, r.side), r] as const))(
    '%s as %s on %s department: %s',
    async (_route, role, side, expected, r) => {
      expect(await r.c.run(w.clients[role], w, side)).toBe(expected);
    },
  );

  it.each([
    ['GET', ''],
    ['GET', '/history'],
    ['GET', '/versions/1'],
    ['GET', '/versions/1/changes'],
    ['GET', '/comments'],
    ['GET', '/score'],
    ['GET', '/audit'],
    ['GET', '/report.docx'],
    ['GET', '/report.xlsx'],
    ['PUT', ''],
    ['POST', '/comments'],
    ['POST', '/transitions'],
    ['POST', '/versions/1/restore'],
    ['POST', '/next-year'],
  ] as const)(
    '%s /api/evaluations/:id%s of another department answers as a missing one',
    async (method, tail) => {
      const c = w.clients.editor;
      const body =
        method === 'GET'
          ? undefined
          : { version: 1, action: 'submit', body: '意见', data: w.targets.own.data };
      const ask = (id: number) => c.request(method, `/api/evaluations/${id}${tail}`, body);
      const hidden = await ask(w.targets.other.evalId);
      const missing = await ask(99_999_999);
      expect(hidden.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(hidden.body).toBe(missing.body);
      expect(hidden.json().error.message).toBe('该自评不存在');
      expect(hidden.headers['content-length']).toBe(missing.headers['content-length']);
    },
  );

  it('a department of another district answers as a missing one, on create and on import', async () => {
    const c = w.clients.editor;
    const data = { ...w.targets.other.data, year: w.freeYear('other') };
    for (const url of ['/api/evaluations', '/api/import/save']) {
      const hidden = await c.post(url, { departmentId: w.targets.other.deptId, data });
      const missing = await c.post(url, { departmentId: 99_999_999, data });
      expect([url, hidden.statusCode]).toEqual([url, 404]);
      expect(hidden.body).toBe(missing.body);
    }
  });

  it.each(CASES.filter((c) => !c.route.includes('logout')).map((c) => [c.route] as const))(
    '%s without a session: 401',
    async (route) => {
      const [method, rawPath] = route.split(' ') as [string, string];
      const path = rawPath.replace(':id', String(w.targets.own.evalId)).replace(':v', '1');
      const res = await w.server.app.inject({
        method: method as 'GET',
        url: path,
        payload: method === 'GET' ? undefined : {},
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    },
  );
});
