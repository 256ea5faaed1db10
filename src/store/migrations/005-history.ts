/**
 * Migration 005: versions stored compactly. Each version becomes a deflated full copy every few versions and, in
 * between, a deflated patch against the version before (`src/store/_history.ts`); `data` is emptied. Evaluations are
 * converted one at a time, each version checked to read back exactly before anything is written.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Kysely, Migration } from 'kysely';
import { packVersion, unpackVersions } from '../_history';
import type { DialectKind } from './index';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types
type AnyDb = Kysely<any>;

/** Pack every version of one evaluation, in order, checking each reads back as the text it replaces. */
async function packEvaluation(db: AnyDb, evaluationId: number): Promise<void> {
  const versions = (await db
    .selectFrom('evaluation_versions')
    .select('version')
    .where('evaluation_id', '=', evaluationId)
    .orderBy('version')
    .execute()) as { version: number }[];
  let previous: string | null = null;
  let chain: { kind: 'full' | 'patch'; packed: Buffer; data: string }[] = [];
  // One version's text in memory at a time (with the one before it): documents can be megabytes each.
  for (const { version } of versions) {
    const { data } = (await db
      .selectFrom('evaluation_versions')
      .select('data')
      .where('evaluation_id', '=', evaluationId)
      .where('version', '=', version)
      .executeTakeFirstOrThrow()) as { data: string };
    const packed = await packVersion(version, data, previous);
    chain = packed.kind === 'full' ? [{ ...packed, data: '' }] : [...chain, { ...packed, data: '' }];
    if (!isDeepStrictEqual(await unpackVersions(chain), JSON.parse(data)))
      throw new Error(`自评 ${evaluationId} 第 ${version} 版压缩后不能原样还原`);
    await db
      .updateTable('evaluation_versions')
      .set({ kind: packed.kind, packed: packed.packed, data: '' })
      .where('evaluation_id', '=', evaluationId)
      .where('version', '=', version)
      .execute();
    previous = data;
  }
}

export function migration005(kind: DialectKind): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .alterTable('evaluation_versions')
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('full'))
        .execute();
      await db.schema
        .alterTable('evaluation_versions')
        .addColumn('packed', kind === 'postgres' ? 'bytea' : 'blob')
        .execute();
      const ids = (await db
        .selectFrom('evaluation_versions')
        .select('evaluation_id')
        .distinct()
        .where('packed', 'is', null)
        .orderBy('evaluation_id')
        .execute()) as { evaluation_id: number }[];
      for (const { evaluation_id } of ids) await packEvaluation(db, evaluation_id);
    },
  };
}
