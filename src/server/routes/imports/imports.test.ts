import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  multipartFile,
  type TestClient,
  type TestServer,
} from '../../_testing';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/server/${name}`, import.meta.url));
const example = readFileSync(new URL('../../../../examples/nanzhou-2023.json', import.meta.url));
/** Seed report 003 as UTF-8 text; `report-gb18030.txt` is the same text in GB18030. */
const seed003 = readFileSync(
  new URL('../../../../test/fixtures/web/003_0cae153c9ef8c78d.txt', import.meta.url),
  'utf8',
);

describe('POST /api/import', () => {
  let server: TestServer;
  let admin: TestClient;
  const upload = (name: string, bytes: Uint8Array, c = admin) => {
    const m = multipartFile(name, bytes);
    return c.post('/api/import', m.body, m.headers);
  };
  /** Rows that would show something was stored: evaluations and audit entries. */
  const footprint = async () => ({
    evaluations: (await admin.get('/api/evaluations')).json().evaluations.length,
    audit: (await admin.get('/api/audit-log?limit=1000')).json().entries.length,
  });

  beforeAll(async () => {
    server = await buildTestServer('sqlite', {
      JIXIAO_UPLOAD_MAX_MB: '1',
      JIXIAO_EXTRACT_TIMEOUT_MS: '20000',
    });
    admin = await server.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reads a JSON document into a preview and stores nothing', async () => {
    const before = await footprint();
    const res = await upload('南洲.json', example);
    expect(res.statusCode).toBe(200);
    expect(res.json().preview.department.name).toBe('广州市海珠区人民政府南洲街道办事处');
    expect(res.json().warnings).toEqual([]);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['zip-bomb.docx', 413, 'file_too_large', /解压后过大/],
    ['zip-bomb.xlsx', 413, 'file_too_large', /解压后过大/],
    ['lying-sizes.docx', 413, 'file_too_large', /实际大小超过/],
    ['truncated.pdf', 400, 'unreadable_file', /不完整/],
    ['many-pages.pdf', 413, 'file_too_large', /500000 页/],
    ['pdf-as.docx', 400, 'unsupported_file', /扩展名是 \.docx/],
  ])('refuses %s with %i %s and a Chinese message, storing nothing', async (name, status, code, message) => {
    const before = await footprint();
    const res = await upload(name, fixture(name));
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toMatch(message);
    expect(await footprint()).toEqual(before);
  });

  it('refuses a file over the size limit with 413', async () => {
    const res = await upload('big.txt', Buffer.alloc(1024 * 1024 + 10, 0x61));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'file_too_large',
      message: expect.stringMatching(/大小限制/),
    });
  });

  it('refuses an invalid JSON document naming the field', async () => {
    const res = await upload(
      'bad.json',
      Buffer.from(JSON.stringify({ department: { name: '甲' }, year: 1999, rubric: 'x' })),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'invalid_document',
      message: expect.stringMatching(/不是有效的自评文档：年度应在 2000 至 2100 之间/),
    });
  });

  it('refuses a request without a file', async () => {
    const res = await admin.post('/api/import', {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
  });

  it('answers a text that is not a report with a 400 naming the file', async () => {
    const res = await upload('随笔.txt', Buffer.from('今天天气很好。'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('随笔.txt');
    expect(res.json().error.message).not.toMatch(/extension|worker/i);
  });

  it.each([
    ['GB18030', () => fixture('report-gb18030.txt')],
    ['UTF-16LE', () => Buffer.from(`\uFEFF${seed003}`, 'utf16le')],
    ['UTF-16BE', () => Buffer.from(`\uFEFF${seed003}`, 'utf16le').swap16()],
  ])('reads a text report saved in %s: department and indicators come back', async (_name, bytes) => {
    const res = await upload('新华街道自评报告.txt', bytes());
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json().preview;
    // Facts of seed 003 as checked by hand (../shared/seeds/facts/003_0cae153c9ef8c78d.json).
    expect(preview).toMatchObject({ year: 2022, department: { name: '广州市花都区人民政府新华街道办事处' } });
    expect(preview.indicators).toHaveLength(21);
    expect(preview.indicators).toContainEqual(
      expect.objectContaining({ name: '补偿企业数量', target: '2家', status: '已完成' }),
    );
    // The text comes back line by line, numbered as the file is.
    const { source } = res.json();
    expect(source.format).toBe('text');
    const line = seed003.split('\n').findIndex((l) => l.includes('补偿企业数量')) + 1;
    expect(source.pieces.find((p: { text: string }) => p.text.includes('补偿企业数量')).line).toBe(line);
  });

  it('says what the reading of seed 003 left empty, pointing at the field', async () => {
    const res = await upload('新华街道自评报告.txt', Buffer.from(seed003));
    const warnings = res.json().warnings as { code: string; message: string; path?: string }[];
    const empty = warnings.filter((w) => w.code === 'extract_part_empty');
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((w) => typeof w.path === 'string' && w.message.includes('未能从文件中读出'))).toBe(
      true,
    );
    // Seed 003 states 94 分; what was read cannot reach it, and the warning says so.
    expect(warnings.find((w) => w.code.startsWith('extract_score_'))?.message).toContain('报告所列 94 分');
  });

  it('refuses a binary file named .txt with a Chinese 400', async () => {
    const binary = Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x80, 0x00, 0x9f, 0x10, 0x00]);
    const res = await upload('报告.txt', binary);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'unsupported_file',
      message: '文件 报告.txt 不是文本文件：只能读取 UTF-8、UTF-16 或 GB18030（GBK）编码的文本',
    });
  });

  it('round-trips the downloaded .xlsx through the import preview', async () => {
    const id = (await admin.get('/api/evaluations'))
      .json()
      .evaluations.find((e: { departmentName: string }) => e.departmentName.includes('南洲')).id;
    const xlsx = await admin.get(`/api/evaluations/${id}/report.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain("filename*=UTF-8''");
    const res = await upload('南洲.xlsx', xlsx.rawPayload);
    expect(res.statusCode).toBe(200);
    expect(res.json().preview.department.name).toBe('广州市海珠区人民政府南洲街道办事处');
  });
});

describe('POST /api/import of a Word report', () => {
  it('reads the downloaded .docx report back into a preview in the worker', async () => {
    const server = await buildTestServer('sqlite');
    try {
      const admin = await server.login('admin', ADMIN_PASSWORD);
      const list = (await admin.get('/api/evaluations')).json().evaluations as {
        id: number;
        departmentName: string;
      }[];
      const id = list.find((e) => e.departmentName.includes('南洲'))!.id;
      const docx = await admin.get(`/api/evaluations/${id}/report.docx`);
      expect(docx.statusCode).toBe(200);
      const m = multipartFile('南洲自评报告.docx', docx.rawPayload);
      const res = await admin.post('/api/import', m.body, m.headers);
      expect(res.statusCode).toBe(200);
      expect(res.json().preview).toMatchObject({
        year: 2023,
        department: { name: '广州市海珠区人民政府南洲街道办事处' },
      });
      expect(Array.isArray(res.json().warnings)).toBe(true);
      // The source by paragraph and table row, and each indicator linked to the row that names it.
      const { source, places, preview } = res.json();
      expect(source.format).toBe('docx');
      expect(source.pieces.every((p: { para?: number }) => typeof p.para === 'number')).toBe(true);
      preview.indicators.forEach((ind: { name: string }, i: number) => {
        const piece = source.pieces[places[`indicators[${i}]`]];
        expect(piece.text.replace(/\s/g, '')).toContain(ind.name.replace(/\s/g, ''));
      });
    } finally {
      await server.close();
    }
  });
});

describe('extraction limits', () => {
  it('gives up on a document that takes longer than the time limit, with a 400', async () => {
    const server = await buildTestServer('sqlite', { JIXIAO_EXTRACT_TIMEOUT_MS: '1' });
    try {
      const admin = await server.login('admin', ADMIN_PASSWORD);
      const m = multipartFile('small.pdf', fixture('small.pdf'));
      const res = await admin.post('/api/import', m.body, m.headers);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'unreadable_file',
        message: expect.stringMatching(/仍未完成/),
      });
    } finally {
      await server.close();
    }
  });
});

describe('extraction pool', () => {
  it('answers 503 with Retry-After and a Chinese message when every worker and queue place is taken', async () => {
    const server = await buildTestServer('sqlite', {
      JIXIAO_EXTRACT_WORKERS: '1',
      JIXIAO_EXTRACT_QUEUE: '0',
    });
    try {
      const admin = await server.login('admin', ADMIN_PASSWORD);
      const send = () => {
        const m = multipartFile('small.pdf', fixture('small.pdf'));
        return admin.post('/api/import', m.body, m.headers);
      };
      const responses = await Promise.all([send(), send()]);
      const busy = responses.filter((r) => r.statusCode === 503);
      expect(busy).toHaveLength(1);
      expect(busy[0]!.json().error).toMatchObject({
        code: 'server_busy',
        message: expect.stringMatching(/^服务器正忙：正在读取的文件过多，请 \d+ 秒后重试$/),
      });
      expect(Number(busy[0]!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // The one let in was read (the reader's own answer, not a refusal of the pool).
      expect(responses.find((r) => r.statusCode !== 503)?.json().error?.code).not.toBe('server_busy');
      // With the worker free again, the next upload is let in.
      expect((await send()).statusCode).not.toBe(503);
    } finally {
      await server.close();
    }
  });
});
