import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../test/factories';
import { type EvaluationRow, openSqliteStore, type Store, storedJson, type UserRow } from '../../store';
import { deriveEvaluation } from '../services/derive';
import { presentEvaluation, renderEvaluationJson } from '.';

const parse = (json: string | Buffer) => JSON.parse(String(json));

const admin: UserRow = {
  id: 1,
  username: 'admin',
  name: '管理员',
  role: 'admin',
  departmentId: null,
  district: null,
  active: true,
  mustChangePassword: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('renderEvaluationJson: the evaluation as JSON text, its document as stored', () => {
  let store: Store;
  let row: EvaluationRow;
  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    await store.migrate();
    const actor = { userId: null, username: 'test' };
    const dept = await store.createDepartment({ name: '南洲区财政局', district: '越秀区' }, actor);
    // Text that JSON escapes: quotes, a backslash, a line break.
    const data = buildEvaluation({ year: 2023 });
    data.problems = ['引号"与反斜杠\\', '换行\n之后'];
    await store.createEvaluation(
      { departmentId: dept.id, year: 2023, data, derived: deriveEvaluation(data) },
      actor,
    );
    row = (await store.getEvaluation((await store.listEvaluations({}))[0]!.id))!;
  });
  afterAll(() => store.close());

  it('is the JSON of presentEvaluation, with and without extra fields', () => {
    // SQLite gives the document's text as its UTF-8 bytes, and the answer is made of bytes too.
    expect(Buffer.isBuffer(storedJson(row))).toBe(true);
    expect(parse(renderEvaluationJson(row, admin))).toEqual({
      evaluation: presentEvaluation(row, admin),
    });
    const problems = [{ path: 'year', message: '缺少年度' }];
    expect(parse(renderEvaluationJson(row, admin, { problems }))).toEqual({
      evaluation: presentEvaluation(row, admin),
      problems,
    });
  });

  it('sends the stored text of the document unparsed, and the changed document once data is assigned', async () => {
    const fresh = (await store.getEvaluation(row.id))!;
    const text = String(renderEvaluationJson(fresh, null));
    expect(text).toContain(`"data":${String(storedJson(fresh))}}`);
    const changed = { ...(fresh.data as object), problems: ['改过'] };
    fresh.data = changed;
    expect(storedJson(fresh)).toBeUndefined();
    expect(parse(renderEvaluationJson(fresh, null)).evaluation.data).toEqual(changed);
  });
});
