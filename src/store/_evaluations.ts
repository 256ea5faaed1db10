/** Store methods for evaluations: conditional writes against a version, the version history, derived figures. */

import type { Db, StoreContext } from './_context';
import { derivedColumns, isUniqueViolation, toEvaluation, toSummary } from './_rows';
import type { EvaluationFilter, EvaluationRow, NewEvaluation, Store } from './types';

type EvaluationMethods = Pick<
  Store,
  | 'listEvaluations'
  | 'getEvaluation'
  | 'createEvaluation'
  | 'createEvaluations'
  | 'writeEvaluation'
  | 'refreshDerived'
  | 'listStaleDerived'
  | 'listVersions'
  | 'getVersion'
>;

const SUMMARY_COLUMNS = [
  'e.id',
  'e.department_id',
  'e.year',
  'e.status',
  'e.version',
  'e.total',
  'e.grade',
  'e.execution_rate',
  'e.findings_error',
  'e.findings_warning',
  'e.details',
  'e.derived_rev',
  'e.updated_at',
  'e.updated_by',
  'd.name as department_name',
  'd.district',
] as const;

export function evaluationMethods({ db, stamp, audit }: StoreContext): EvaluationMethods {
  const selectEvaluation = (tx: Db) =>
    tx.selectFrom('evaluations as e').innerJoin('departments as d', 'd.id', 'e.department_id');

  const readEvaluation = async (tx: Db, id: number): Promise<EvaluationRow | null> => {
    const r = await selectEvaluation(tx)
      .innerJoin('evaluation_documents as doc', 'doc.evaluation_id', 'e.id')
      .select([...SUMMARY_COLUMNS, 'doc.data'])
      .where('e.id', '=', id)
      .executeTakeFirst();
    return r ? toEvaluation(r) : null;
  };

  const insertEvaluation = async (tx: Db, input: NewEvaluation, by: string) => {
    const at = stamp();
    const data = JSON.stringify(input.data);
    const status = input.status ?? 'draft';
    const row = await tx
      .insertInto('evaluations')
      .values({
        department_id: input.departmentId,
        year: input.year,
        status,
        version: 1,
        ...derivedColumns(input.derived),
        created_at: at,
        updated_at: at,
        updated_by: by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('evaluation_documents').values({ evaluation_id: row.id, data }).execute();
    await tx
      .insertInto('evaluation_versions')
      .values({ evaluation_id: row.id, version: 1, status, data, at, by, summary: '创建' })
      .execute();
    return row.id;
  };

  return {
    async listEvaluations(f: EvaluationFilter) {
      let q = selectEvaluation(db).select(SUMMARY_COLUMNS).orderBy('d.id').orderBy('e.year');
      if (f.departmentIds) {
        if (f.departmentIds.length === 0) return [];
        q = q.where('e.department_id', 'in', f.departmentIds);
      }
      if (f.district !== undefined) q = q.where('d.district', '=', f.district);
      if (f.year !== undefined) q = q.where('e.year', '=', f.year);
      if (f.status !== undefined) q = q.where('e.status', '=', f.status);
      return (await q.execute()).map(toSummary);
    },
    getEvaluation: (id) => readEvaluation(db, id),
    async createEvaluation(input, actor) {
      try {
        return await db.transaction().execute(async (tx) => {
          const id = await insertEvaluation(tx, input, actor.username);
          await audit(tx, actor, 'create', 'evaluation', id, {
            departmentId: input.departmentId,
            year: input.year,
          });
          return readEvaluation(tx, id);
        });
      } catch (e) {
        if (isUniqueViolation(e)) return null;
        throw e;
      }
    },
    createEvaluations(inputs, actor) {
      return db.transaction().execute(async (tx) => {
        let n = 0;
        for (const input of inputs) {
          const exists = await tx
            .selectFrom('evaluations')
            .select('id')
            .where('department_id', '=', input.departmentId)
            .where('year', '=', input.year)
            .executeTakeFirst();
          if (exists) continue;
          const id = await insertEvaluation(tx, input, actor.username);
          await audit(tx, actor, 'create', 'evaluation', id, {
            departmentId: input.departmentId,
            year: input.year,
          });
          n++;
        }
        return n;
      });
    },
    async writeEvaluation(w, actor) {
      try {
        return await db.transaction().execute(async (tx) => {
          const at = stamp();
          let q = tx
            .updateTable('evaluations')
            .set((eb) => ({
              version: eb('version', '+', 1),
              updated_at: at,
              updated_by: actor.username,
              ...(w.year !== undefined ? { year: w.year } : {}),
              ...(w.status !== undefined ? { status: w.status } : {}),
              ...(w.derived ? derivedColumns(w.derived) : {}),
            }))
            .where('id', '=', w.id);
          if (w.expectedVersion !== undefined) q = q.where('version', '=', w.expectedVersion);
          if (w.expectedStatus !== undefined) q = q.where('status', '=', w.expectedStatus);
          const landed = await q.returning(['id', 'version', 'status']).executeTakeFirst();
          if (!landed) {
            const current = await readEvaluation(tx, w.id);
            return current
              ? { ok: false as const, reason: 'conflict' as const, current }
              : { ok: false as const, reason: 'not_found' as const };
          }
          let data: string;
          if (w.data !== undefined) {
            data = JSON.stringify(w.data);
            await tx
              .updateTable('evaluation_documents')
              .set({ data })
              .where('evaluation_id', '=', w.id)
              .execute();
          } else {
            const doc = await tx
              .selectFrom('evaluation_documents')
              .select('data')
              .where('evaluation_id', '=', w.id)
              .executeTakeFirstOrThrow();
            data = doc.data;
          }
          await tx
            .insertInto('evaluation_versions')
            .values({
              evaluation_id: w.id,
              version: landed.version,
              status: landed.status,
              data,
              at,
              by: actor.username,
              summary: w.summary,
            })
            .execute();
          if (w.comment) {
            await tx
              .insertInto('comments')
              .values({
                evaluation_id: w.id,
                path: w.comment.path,
                body: w.comment.body,
                author: actor.username,
                role: w.comment.role,
                at,
              })
              .execute();
          }
          await audit(
            tx,
            actor,
            w.status !== undefined ? `status:${w.status}` : 'update',
            'evaluation',
            w.id,
            {
              version: landed.version,
              summary: w.summary,
            },
          );
          const evaluation = await readEvaluation(tx, w.id);
          return { ok: true as const, evaluation: evaluation! };
        });
      } catch (e) {
        // Only a change of year can collide: the department already has an evaluation for that year.
        if (isUniqueViolation(e)) return { ok: false, reason: 'exists' };
        throw e;
      }
    },
    async refreshDerived(id, derived) {
      await db
        .transaction()
        .execute((tx) =>
          tx.updateTable('evaluations').set(derivedColumns(derived)).where('id', '=', id).execute(),
        );
    },
    async listStaleDerived(rev, limit) {
      const rows = await db
        .selectFrom('evaluations as e')
        .innerJoin('evaluation_documents as doc', 'doc.evaluation_id', 'e.id')
        .select(['e.id', 'doc.data'])
        .where('e.derived_rev', '<>', rev)
        .orderBy('e.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ id: r.id, data: JSON.parse(r.data) }));
    },
    async listVersions(evaluationId) {
      const rows = await db
        .selectFrom('evaluation_versions')
        .select(['version', 'at', 'by', 'status', 'summary'])
        .where('evaluation_id', '=', evaluationId)
        .orderBy('version', 'desc')
        .execute();
      return rows.map((r) => ({ ...r, status: r.status as EvaluationRow['status'] }));
    },
    async getVersion(evaluationId, version) {
      const r = await db
        .selectFrom('evaluation_versions')
        .selectAll()
        .where('evaluation_id', '=', evaluationId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (!r) return null;
      return {
        version: r.version,
        at: r.at,
        by: r.by,
        status: r.status as EvaluationRow['status'],
        summary: r.summary,
        data: JSON.parse(r.data),
      };
    },
  };
}
