/** Store methods for evaluations: conditional writes against a version, the version history, derived figures. */

import { sql } from 'kysely';
import type { Db, StoreContext } from './_context';
import { packVersion, unpackVersions, type VersionKind } from './_history';
import { prepareQuery } from './_prepared';
import { derivedColumns, isUniqueViolation, toEvaluation, toSummary } from './_rows';
import type { DialectKind } from './migrations';
import type { Actor, EvaluationFilter, EvaluationKind, EvaluationRow, NewEvaluation, Store } from './types';

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

/** The columns of a summary row (`toSummary`), joined with its department. */
export const SUMMARY_COLUMNS = [
  'e.id',
  'e.kind',
  'e.subject',
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

/** What the audit log records of a new evaluation. */
const auditOf = (input: NewEvaluation) => ({
  departmentId: input.departmentId,
  year: input.year,
  ...(input.kind === 'project' ? { kind: 'project', subject: input.subject ?? '' } : {}),
});

export function evaluationMethods({ db, stamp, audit }: StoreContext, kind: DialectKind): EvaluationMethods {
  const selectEvaluation = (tx: Db) =>
    tx.selectFrom('evaluations as e').innerJoin('departments as d', 'd.id', 'e.department_id');

  // Every authenticated read of an evaluation runs this: compiled once. better-sqlite3 makes a JS string of a
  // document's UTF-8 text slowly (≈ 110 µs for 17 KB of Chinese, ten times the rest of the query): on SQLite the
  // text comes as its bytes, which a response sends as they are.
  const documentColumn =
    kind === 'sqlite' ? sql<Buffer>`cast(doc.data as blob)`.as('data') : sql<string>`doc.data`.as('data');
  const selectFull = prepareQuery(
    (tx: Db, id: number) =>
      selectEvaluation(tx)
        .innerJoin('evaluation_documents as doc', 'doc.evaluation_id', 'e.id')
        .leftJoin('users as u', 'u.username', 'e.updated_by')
        .select([...SUMMARY_COLUMNS, 'e.submission', documentColumn, 'u.name as updated_by_name'])
        .where('e.id', '=', id),
    [-1] as const,
  );
  const readEvaluation = async (tx: Db, id: number): Promise<EvaluationRow | null> => {
    const [r] = await selectFull(tx, id);
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
        kind: input.kind ?? 'department',
        subject: input.subject ?? '',
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
    const packed = await packVersion(1, data, null);
    await tx
      .insertInto('evaluation_versions')
      .values({ evaluation_id: row.id, version: 1, status, data: '', ...packed, at, by, summary: '创建' })
      .execute();
    return row.id;
  };

  /** Create what does not exist yet, in one transaction; how many were created. */
  const createMany = (inputs: NewEvaluation[], actor: Actor) =>
    db.transaction().execute(async (tx) => {
      // PostgreSQL: concurrent batches of one department-year-kind take turns (locks in one order, so never a
      // deadlock), and each reads what the one before it committed.
      if (kind === 'postgres') {
        const groups = [
          ...new Set(inputs.map((i) => `${i.departmentId}|${i.year}|${i.kind ?? 'department'}`)),
        ];
        for (const g of groups.sort())
          await sql`select pg_advisory_xact_lock(hashtext(${`jixiao:create:${g}`}))`.execute(tx);
      }
      let n = 0;
      // One read per department-year-kind of what exists, not one per input (a list of 228 projects).
      const seen = new Map<string, Set<string>>();
      for (const input of inputs) {
        const rowKind = input.kind ?? 'department';
        const group = `${input.departmentId}|${input.year}|${rowKind}`;
        let subjects = seen.get(group);
        if (!subjects) {
          const rows = await tx
            .selectFrom('evaluations')
            .select('subject')
            .where('department_id', '=', input.departmentId)
            .where('year', '=', input.year)
            .where('kind', '=', rowKind)
            .execute();
          subjects = new Set(rows.map((r) => r.subject));
          seen.set(group, subjects);
        }
        const subject = input.subject ?? '';
        if (subjects.has(subject)) continue;
        subjects.add(subject);
        const id = await insertEvaluation(tx, input, actor.username);
        await audit(tx, actor, 'create', 'evaluation', id, auditOf(input));
        n++;
      }
      return n;
    });

  return {
    async listEvaluations(f: EvaluationFilter) {
      let q = selectEvaluation(db)
        .select(SUMMARY_COLUMNS)
        .where('e.kind', '=', f.kind ?? 'department')
        .orderBy('d.id')
        .orderBy('e.year')
        .orderBy('e.id');
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
          await audit(tx, actor, 'create', 'evaluation', id, auditOf(input));
          return readEvaluation(tx, id);
        });
      } catch (e) {
        if (isUniqueViolation(e)) return null;
        throw e;
      }
    },
    async createEvaluations(inputs, actor) {
      // A batch that meets a row created meanwhile by a single create rolls back whole at the unique key; run again,
      // it reads the row as existing and skips it.
      for (let attempt = 1; ; attempt++) {
        try {
          return await createMany(inputs, actor);
        } catch (e) {
          if (!isUniqueViolation(e) || attempt >= 3) throw e;
        }
      }
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
              ...(w.subject !== undefined ? { subject: w.subject } : {}),
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
          if (w.submission) {
            const submission = {
              version: landed.version,
              at,
              by: actor.username,
              byName: actor.name ?? actor.username,
              ...w.submission,
            };
            await tx
              .updateTable('evaluations')
              .set({ submission: JSON.stringify(submission) })
              .where('id', '=', w.id)
              .execute();
          }
          // The document as it was: the previous version, which this one is stored as a patch against.
          const { data: previous } = await tx
            .selectFrom('evaluation_documents')
            .select('data')
            .where('evaluation_id', '=', w.id)
            .executeTakeFirstOrThrow();
          const data = w.data !== undefined ? JSON.stringify(w.data) : previous;
          if (data !== previous)
            await tx
              .updateTable('evaluation_documents')
              .set({ data })
              .where('evaluation_id', '=', w.id)
              .execute();
          await tx
            .insertInto('evaluation_versions')
            .values({
              evaluation_id: w.id,
              version: landed.version,
              status: landed.status,
              data: '',
              ...(await packVersion(landed.version, data, previous)),
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
              ...(w.submission ? { explanations: w.submission.explanations } : {}),
            },
          );
          const evaluation = await readEvaluation(tx, w.id);
          return { ok: true as const, evaluation: evaluation! };
        });
      } catch (e) {
        // Only a change of year or subject can collide: the department already has that evaluation.
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
        .select(['e.id', 'e.kind', 'doc.data'])
        .where('e.derived_rev', '<>', rev)
        .orderBy('e.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ id: r.id, kind: r.kind as EvaluationKind, data: JSON.parse(r.data) }));
    },
    async listVersions(evaluationId) {
      const rows = await db
        .selectFrom('evaluation_versions as v')
        .leftJoin('users as u', 'u.username', 'v.by')
        .select(['v.version', 'v.at', 'v.by', 'v.status', 'v.summary', 'u.name as by_name'])
        .where('v.evaluation_id', '=', evaluationId)
        .orderBy('v.version', 'desc')
        .execute();
      return rows.map(({ by_name, ...r }) => ({
        ...r,
        byName: by_name ?? r.by,
        status: r.status as EvaluationRow['status'],
      }));
    },
    async getVersion(evaluationId, version) {
      const r = await db
        .selectFrom('evaluation_versions as v')
        .leftJoin('users as u', 'u.username', 'v.by')
        .select(['v.version', 'v.at', 'v.by', 'v.status', 'v.summary', 'u.name as by_name'])
        .where('v.evaluation_id', '=', evaluationId)
        .where('v.version', '=', version)
        .executeTakeFirst();
      if (!r) return null;
      // The last full copy at or before the version, then every patch after it up to the version.
      const full = await db
        .selectFrom('evaluation_versions')
        .select((eb) => eb.fn.max('version').as('version'))
        .where('evaluation_id', '=', evaluationId)
        .where('version', '<=', version)
        .where('kind', '=', 'full')
        .executeTakeFirst();
      const chain = await db
        .selectFrom('evaluation_versions')
        .select(['kind', 'packed', 'data'])
        .where('evaluation_id', '=', evaluationId)
        .where('version', '>=', Number(full?.version ?? 1))
        .where('version', '<=', version)
        .orderBy('version')
        .execute();
      return {
        version: r.version,
        at: r.at,
        by: r.by,
        byName: r.by_name ?? r.by,
        status: r.status as EvaluationRow['status'],
        summary: r.summary,
        data: await unpackVersions(chain.map((c) => ({ ...c, kind: c.kind as VersionKind }))),
      };
    },
  };
}
