/**
 * Every route, on both stores, fed what no form sends: NUL bytes, U+FFFE, lone surrogates, wrong types, deep nesting,
 * broken JSON and multipart. No answer may be a 500, and every error message must be Chinese.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, STATUSES, TRANSITION_ACTIONS } from '../core/labels';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  multipartFile,
  STORE_KINDS,
  type TestClient,
  type TestServer,
} from './_testing';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `/api/users/:id (PATCH)` lines of `printRoutes({ commonPrefix: false })`, as full paths and methods. */
function listRoutes(tree: string): { url: string; methods: Method[] }[] {
  const stack: string[] = [];
  const out: { url: string; methods: Method[] }[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│├└─\s]*)(\S.*?) \(([A-Z, ]+)\)$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const url = stack.join('');
    const methods = m[3]!.split(', ').filter((x): x is Method => x !== 'HEAD' && x !== 'OPTIONS');
    if (url.startsWith('/api/') && !url.startsWith('/api/docs')) out.push({ url, methods });
  }
  return out;
}

/** Tokens an error message may contain in Latin letters: formats, protocol words and the contract's enum values. */
const ALLOWED = new Set(
  [
    'PDF',
    'Word',
    'Excel',
    'JSON',
    'CSRF',
    'ID',
    'docx',
    'xlsx',
    'txt',
    'pdf',
    'true',
    'false',
    ...ROLES,
    ...STATUSES,
    ...TRANSITION_ACTIONS,
  ].map((s) => s.toLowerCase()),
);

/** Why a message is not a clear Chinese message, or null. Unknown keys the client sent may be named back. */
function notChinese(message: unknown): string | null {
  if (typeof message !== 'string' || message === '') return '没有错误说明';
  if (!/[\u4e00-\u9fff]/.test(message)) return '不含中文';
  const own = message.replace(/(未知的字段|不能在此修改)：[\w、.]+/g, '').replace(/U\+[0-9A-F]{4,6}/g, '');
  const words = (own.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED.has(w.toLowerCase()));
  return words.length ? `含英文：${words.join(' ')}` : null;
}

const NUL = '"名称\\u0000"';
const FFFE = '"名称\\ufffe"';
const SURROGATE = '"名称\\ud800"';
const ZERO_WIDTH = '"\\u200b\\u200b"';
const DEEP = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;

/** Bodies as raw JSON text: hostile strings in the fields the routes read, wrong types, nesting, broken JSON. */
function jsonBodies(doc: string): string[] {
  const fields = (v: string) =>
    `{"username":${v},"password":${v},"name":${v},"district":${v},"body":${v},"comment":${v},"path":${v},` +
    `"action":${v},"currentPassword":${v},"newPassword":${v},"role":${v},"version":1,"departmentId":1,` +
    `"explanations":[{"code":${v},"path":${v},"text":${v}}],"paths":[${v}]}`;
  return [
    ...[NUL, FFFE, SURROGATE, ZERO_WIDTH].flatMap((v) => [
      fields(v),
      doc.replace(/"南洲/g, `${v.slice(0, -1)}南洲`),
      `{${v}:1}`,
    ]),
    '{"version":"一","departmentId":"甲","name":1,"username":[],"password":{},"data":[],"action":7,"role":null}',
    '[]',
    '"文本"',
    '123',
    'null',
    DEEP,
    `{"data":${DEEP},"name":${DEEP}}`,
    '{"__proto__":{"isAdmin":true}}',
    `${'['.repeat(10_000)}{"constructor":{"prototype":{}}}${']'.repeat(10_000)}`,
    `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    '{"data":',
    '{"a":1,}',
    '\u0000',
  ];
}

function multipartBodies(): { payload: Buffer | string; headers: Record<string, string> }[] {
  const b = 'x-boundary';
  const part = (name: string, file?: string) =>
    `--${b}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ''}\r\n\r\n内容\r\n`;
  return [
    { payload: 'no boundary here', headers: { 'content-type': 'multipart/form-data' } },
    { payload: `--${b}\r\ngarbage`, headers: { 'content-type': `multipart/form-data; boundary=${b}` } },
    {
      payload: `${part('file', 'a\u0000.pdf')}--${b}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${b}` },
    },
    {
      payload: `${part('file', 'a.pdf')}${part('file', 'b.pdf')}--${b}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${b}` },
    },
    {
      payload: `${Array.from({ length: 30 }, (_, i) => part(`f${i}`)).join('')}--${b}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${b}` },
    },
    {
      payload: `${part('__proto__')}--${b}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${b}` },
    },
    // Files the readers cannot read: their own (English) errors must not reach the user.
    ...[
      ['损坏.pdf', '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <</Root 9 0 R>>\n%%EOF'],
      ['损坏.docx', `PK\u0003\u0004${'\u0000'.repeat(40)}垃圾`],
      ['损坏.json', '{"department":'],
      ['空字符.json', '{"department":{"name":"\\u0000"},"year":2023,"rubric":"gz-dept-2023"}'],
      ['名称\u0000.txt', '南洲街道 2023 年度部门整体支出绩效自评报告'],
    ].map(([name, text]) => {
      const m = multipartFile(name!, Buffer.from(text!));
      return { payload: m.body, headers: m.headers };
    }),
  ];
}

const OTHER_TYPES: { payload: string; headers: Record<string, string> }[] = [
  { payload: '', headers: { 'content-type': 'application/json' } },
  { payload: 'hello', headers: { 'content-type': 'text/plain' } },
  { payload: '<a/>', headers: { 'content-type': 'application/xml' } },
  { payload: '{}', headers: { 'content-type': 'application/json', 'content-length': '999' } },
];

describe.each(STORE_KINDS)('fuzz: every route, hostile input (%s)', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let evalId: number;
  let doc: string;
  const failures: string[] = [];
  let sent = 0;
  /** Answers that refused text by the rule: the hostile strings did reach the check. */
  let refusedText = 0;

  /** Send as the admin (cookies and CSRF); record a 500 or a message that is not Chinese. */
  async function probe(
    method: Method,
    url: string,
    payload?: string | Buffer,
    headers: Record<string, string> = {},
    client: TestClient = admin,
  ): Promise<LightMyRequestResponse> {
    const res = await client.request(method, url, payload === undefined ? undefined : Buffer.from(payload), {
      ...(payload !== undefined && !headers['content-type'] ? { 'content-type': 'application/json' } : {}),
      ...headers,
    });
    sent++;
    const what = `${method} ${url} ${String(payload ?? '').slice(0, 60)} → ${res.statusCode}`;
    if (res.statusCode >= 500) failures.push(`${what} ${res.body.slice(0, 200)}`);
    else if (res.statusCode >= 400) {
      let message: unknown;
      try {
        message = res.json().error?.message;
      } catch {
        message = undefined;
      }
      const why = notChinese(message);
      if (why) failures.push(`${what} ${why}: ${String(message).slice(0, 200)}`);
      if (/不可见或控制字符|只有不可见字符/.test(String(message))) refusedText++;
    }
    return res;
  }

  beforeAll(async () => {
    server = await buildTestServer(kind);
    admin = await server.login('admin', ADMIN_PASSWORD);
    const list = (await admin.get('/api/evaluations')).json().evaluations;
    evalId = list[0].id;
    doc = JSON.stringify({
      version: 1,
      departmentId: list[0].departmentId,
      data: (await admin.get(`/api/evaluations/${evalId}`)).json().evaluation.data,
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers every route with no 500 and only Chinese messages', async () => {
    const routes = listRoutes(server.app.printRoutes({ commonPrefix: false }));
    expect(routes.length).toBeGreaterThan(25);
    const bad = ['%00', '%EF%BF%BE', '%ED%A0%80', '%E2%80%8B', 'abc', '-1', '1e999'];
    for (const { url, methods } of routes) {
      if (url === '/api/auth/logout') continue;
      const fill = (v: string) => url.replace(':id', String(evalId)).replace(':v', v);
      for (const method of methods) {
        // Path and query parameters.
        for (const v of bad) {
          await probe(method, url.replace(':id', v).replace(':v', '1'), method === 'GET' ? undefined : '{}');
          if (url.includes(':v')) await probe(method, fill(v), method === 'GET' ? undefined : '{}');
          const query = `district=${v}&year=${v}&status=${v}&limit=${v}&departmentId=${v}&includeDrafts=${v}&entity=${v}`;
          await probe(method, `${fill('1')}?${query}`, method === 'GET' ? undefined : '{}');
        }
        if (method === 'GET') continue;
        for (const body of jsonBodies(doc)) await probe(method, fill('1'), body);
        for (const m of [...multipartBodies(), ...OTHER_TYPES])
          await probe(method, fill('1'), m.payload, m.headers);
        // A bad request must not have logged the admin out.
        if ((await admin.get('/api/me')).statusCode !== 200)
          admin = await server.login('admin', ADMIN_PASSWORD);
      }
    }
    expect(sent).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
    expect(refusedText).toBeGreaterThan(100);
  }, 300_000);

  it('answers every route without a session in Chinese, hostile bodies included, with no 500', async () => {
    const anonymous = server.client();
    failures.length = 0;
    for (const { url, methods } of listRoutes(server.app.printRoutes({ commonPrefix: false })))
      for (const method of methods) {
        const target = url.replace(':id', String(evalId)).replace(':v', '1');
        const res = await probe(
          method,
          target,
          method === 'GET' ? undefined : `{"name":${NUL}}`,
          {},
          anonymous,
        );
        if (url !== '/api/health' && url !== '/api/auth/login')
          expect([400, 401], target).toContain(res.statusCode);
      }
    expect(failures).toEqual([]);
  });

  it('refuses a NUL in the login name before anyone is logged in: 400, in Chinese, naming the field', async () => {
    for (const [name, code] of [
      ['admin\\u0000', 'U+0000'],
      ['ad\\ufffemin', 'U+FFFE'],
      ['\\ud800', 'U+D800'],
    ]) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: `{"username":"${name}","password":"x"}`,
      });
      expect(res.statusCode).toBe(400);
      const message = res.json().error.message as string;
      expect(message).toContain('用户名');
      expect(message).toContain(code);
      expect(notChinese(message)).toBeNull();
    }
  });

  it('names the document field and the character of a NUL in a saved draft', async () => {
    const data = JSON.parse(doc).data;
    data.department.name = '南洲\u0000街道';
    const current = (await admin.get(`/api/evaluations/${evalId}`)).json().evaluation.version;
    const res = await admin.put(`/api/evaluations/${evalId}`, { version: current, data });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('部门名称包含不可见或控制字符（第 3 个字符 U+0000），请删除后重试');
    // Nothing was stored.
    expect((await admin.get(`/api/evaluations/${evalId}`)).json().evaluation.version).toBe(current);
  });
});
