import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD as E2E_ADMIN_PASSWORD, startTestServer } from '../../../../test/e2e/harness';
import { buildTableA, toSelfTableXlsx } from '../../../../test/fixtures/extract/self-table';
import { ImportStreamLine } from '../../../api';
import { Evaluation } from '../../../core/model';
import { extractDocument } from '../../../documents/extract';
import { renderReport } from '../../../documents/report/render';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  multipartFile,
  type TestClient,
  type TestServer,
} from '../../_testing';
import { scannedPdf, scanToolsAvailable } from '../../uploads/_scan.testing';

const tools = await scanToolsAvailable();
const seed003 = readFileSync(
  new URL('../../../../test/fixtures/web/003_0cae153c9ef8c78d.txt', import.meta.url),
);
const NDJSON = 'application/x-ndjson';

const nanzhou = Evaluation.parse(
  JSON.parse(readFileSync(new URL('../../../../examples/nanzhou-2023.json', import.meta.url), 'utf8')),
);

describe('POST /api/import as a stream (Accept: application/x-ndjson)', () => {
  let server: TestServer;
  let admin: TestClient;
  const upload = (name: string, bytes: Uint8Array, accept?: string) => {
    const m = multipartFile(name, bytes);
    return admin.post('/api/import', m.body, { ...m.headers, ...(accept ? { accept } : {}) });
  };
  const linesOf = (body: string) =>
    body
      .split('\n')
      .filter(Boolean)
      .map((l) => ImportStreamLine.parse(JSON.parse(l)));

  beforeAll(async () => {
    server = await buildTestServer('sqlite', { JIXIAO_EXTRACT_TIMEOUT_MS: '30000' });
    admin = await server.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers started, then the result line with the preview', async () => {
    const res = await upload('新华街道自评报告.txt', seed003, NDJSON);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(NDJSON);
    const lines = linesOf(res.body);
    expect(lines[0]).toEqual({ type: 'started' });
    const last = lines.at(-1);
    expect(last?.type).toBe('result');
    // Facts of seed 003 as checked by hand (../shared/seeds/facts/003_0cae153c9ef8c78d.json).
    if (last?.type !== 'result') return;
    expect(last.body.preview).toMatchObject({
      year: 2022,
      department: { name: '广州市花都区人民政府新华街道办事处' },
    });
    expect(last.body.preview.indicators).toHaveLength(21);
  });

  it('answers with one JSON body as before when the client does not ask for the stream', async () => {
    const res = await upload('新华街道自评报告.txt', seed003);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json().preview.year).toBe(2022);
  });

  it.skipIf(!tools && process.env.CI !== 'true')(
    'sends the page count, then a progress line per page of an OCR reading, and the refusal as the last line',
    async () => {
      const res = await upload('扫描件.pdf', await scannedPdf(2), NDJSON);
      expect(res.statusCode).toBe(200);
      const lines = linesOf(res.body);
      expect(lines.filter((l) => l.type === 'progress')).toEqual([
        { type: 'progress', done: 0, total: 2 },
        { type: 'progress', done: 1, total: 2 },
        { type: 'progress', done: 2, total: 2 },
      ]);
      // English words only: read, then not recognised as a report — the 400 the plain request would have had.
      const last = lines.at(-1);
      expect(last).toMatchObject({ type: 'error', status: 400, error: { code: 'unreadable_file' } });
      if (last?.type === 'error') expect(last.error.message).toContain('扫描件.pdf');
    },
    60_000,
  );

  it('refuses a file of the wrong type with an ordinary 400, not a stream', async () => {
    const res = await upload('报告.pdf', new TextEncoder().encode('not a pdf'), NDJSON);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('unsupported_file');
  });

  it('reads a workbook not in jixiao’s layout (the official 自评表) with the report reader', async () => {
    const bytes = await toSelfTableXlsx(buildTableA());
    const res = await upload('云溪街道自评表.xlsx', bytes);
    // Not the importer's refusal of a workbook without 评分明细: the answer is the report reader's, whatever it reads.
    expect(res.body).not.toContain('缺少工作表');
    const direct = await extractDocument({ bytes, filename: '云溪街道自评表.xlsx' }).then(
      (r) => ({ ok: true as const, department: r.evaluation.department.name, year: r.evaluation.year }),
      (e: Error) => ({ ok: false as const, message: e.message }),
    );
    if (direct.ok) {
      expect(res.statusCode).toBe(200);
      expect(res.json().preview).toMatchObject({
        year: direct.year,
        department: { name: direct.department },
      });
    } else {
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'unreadable_file', message: direct.message });
    }
  });

  it('still reports what is wrong in a workbook of jixiao’s layout', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderReport(nanzhou, 'xlsx')) as unknown as ArrayBuffer);
    // D6 of jixiao's 自评表 is the year's budget, a number.
    wb.getWorksheet('自评表')!.getCell('D6').value = '约两万三千';
    const res = await upload('南洲自评表.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'invalid_document',
      message: expect.stringContaining('第 6 行 D 列：应为数字，实为文字“约两万三千”'),
    });
  });
});

describe('POST /api/import as a stream when the pool is full', () => {
  it('answers 503 with Retry-After before any line, so the client waits and sends again', async () => {
    const server = await buildTestServer('sqlite', {
      JIXIAO_EXTRACT_WORKERS: '1',
      JIXIAO_EXTRACT_QUEUE: '0',
    });
    try {
      const admin = await server.login('admin', ADMIN_PASSWORD);
      const send = () => {
        const m = multipartFile('新华街道自评报告.txt', seed003);
        return admin.post('/api/import', m.body, { ...m.headers, accept: NDJSON });
      };
      const responses = await Promise.all([send(), send()]);
      const busy = responses.filter((r) => r.statusCode === 503);
      expect(busy).toHaveLength(1);
      expect(busy[0]!.json().error.code).toBe('server_busy');
      expect(Number(busy[0]!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(responses.find((r) => r.statusCode === 200)?.headers['content-type']).toContain(NDJSON);
    } finally {
      await server.close();
    }
  });
});

describe('POST /api/import when the client goes away', () => {
  it.skipIf(!tools && process.env.CI !== 'true')(
    'frees the worker for the next upload instead of reading on for nobody',
    async () => {
      const server = await startTestServer({ JIXIAO_EXTRACT_WORKERS: '1', JIXIAO_EXTRACT_QUEUE: '0' });
      try {
        const login = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: E2E_ADMIN_PASSWORD }),
        });
        expect(login.status).toBe(200);
        const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
        const csrf = decodeURIComponent(
          cookies.find((c) => c?.startsWith('jixiao_csrf='))?.slice('jixiao_csrf='.length) ?? '',
        );
        const send = (name: string, bytes: Uint8Array, signal?: AbortSignal) => {
          const form = new FormData();
          form.append('file', new Blob([new Uint8Array(bytes)]), name);
          return fetch(`${server.url}/api/import`, {
            method: 'POST',
            headers: { cookie: cookies.join('; '), 'x-csrf-token': csrf, accept: NDJSON },
            body: form,
            signal,
          });
        };
        // A scan of eight pages keeps the one worker busy for seconds; its client leaves once reading starts.
        const leave = new AbortController();
        const long = await send('扫描件.pdf', await scannedPdf(8), leave.signal);
        expect(long.status).toBe(200);
        const reader = long.body!.getReader();
        await reader.read(); // the `started` line
        leave.abort();
        await new Promise((r) => setTimeout(r, 300));
        const next = await send('新华街道自评报告.txt', seed003);
        expect(next.status).toBe(200);
        expect(await next.text()).toContain('"type":"result"');
      } finally {
        await server.close();
      }
    },
    60_000,
  );
});
