/** Store methods for departments, accounts and sessions. */
import type { Updateable } from 'kysely';
import type { Db, StoreContext } from './_context';
import { prepareQuery } from './_prepared';
import { isUniqueViolation, toDepartment, toUser, toUserWithHash } from './_rows';
import type { Database } from './schema';
import { DuplicateError, type Store, type UserRow } from './types';

type AccountMethods = Pick<
  Store,
  | 'countDepartments'
  | 'listDepartments'
  | 'getDepartment'
  | 'createDepartment'
  | 'updateDepartment'
  | 'countUsers'
  | 'listUsers'
  | 'getUser'
  | 'findUserForLogin'
  | 'createUser'
  | 'updateUser'
  | 'createSession'
  | 'getSession'
  | 'deleteSession'
  | 'deleteExpiredSessions'
  | 'deleteUserSessions'
>;

const DEPARTMENT_COLUMNS = ['id', 'name', 'district', 'active'] as const;

/** Run a write; a unique-constraint violation becomes `DuplicateError` (also when two requests race). */
async function unique<T>(what: DuplicateError['what'], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw new DuplicateError(what);
    throw e;
  }
}

/** `{ field: [before, after] }` for every field whose value differs. */
function changesOf<T extends object>(before: T, after: T, keys: readonly (keyof T)[]) {
  const out: Record<string, [unknown, unknown]> = {};
  for (const k of keys) if (before[k] !== after[k]) out[String(k)] = [before[k], after[k]];
  return out;
}

const USER_AUDITED = ['name', 'role', 'departmentId', 'district', 'active', 'mustChangePassword'] as const;

export function accountMethods({ db, stamp, audit }: StoreContext): AccountMethods {
  // Every authenticated request runs this (the session and its user in one query): compiled once.
  const selectSession = prepareQuery(
    (tx: Db, id: string, now: string) =>
      tx
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .selectAll('u')
        .select(['s.id as session_id', 's.csrf', 's.created_at as session_created', 's.expires_at'])
        .where('s.id', '=', id)
        .where('s.expires_at', '>', now)
        .where('u.active', '=', 1),
    ['\u0000session', '\u0000now'] as const,
  );
  const readDepartment = async (tx: Db, id: number) => {
    const r = await tx
      .selectFrom('departments')
      .select(DEPARTMENT_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toDepartment(r) : null;
  };

  return {
    async countDepartments() {
      const r = await db
        .selectFrom('departments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async listDepartments(filter = {}) {
      let q = db.selectFrom('departments').select(DEPARTMENT_COLUMNS).orderBy('id');
      if (filter.district !== undefined) q = q.where('district', '=', filter.district);
      if (filter.active !== undefined) q = q.where('active', '=', filter.active ? 1 : 0);
      if (filter.ids) {
        if (filter.ids.length === 0) return [];
        q = q.where('id', 'in', filter.ids);
      }
      return (await q.execute()).map(toDepartment);
    },
    getDepartment: (id) => readDepartment(db, id),
    createDepartment(input, actor) {
      return unique('department', () =>
        db.transaction().execute(async (tx) => {
          const row = await tx
            .insertInto('departments')
            .values({ name: input.name, district: input.district, created_at: stamp() })
            .returning(DEPARTMENT_COLUMNS)
            .executeTakeFirstOrThrow();
          await audit(tx, actor, 'create', 'department', row.id, { name: row.name, district: row.district });
          return toDepartment(row);
        }),
      );
    },
    updateDepartment(id, patch, actor, action = 'update') {
      return unique('department', () =>
        db.transaction().execute(async (tx) => {
          const before = await readDepartment(tx, id);
          if (!before) return null;
          const values: Updateable<Database['departments']> = {};
          if (patch.name !== undefined) values.name = patch.name;
          if (patch.district !== undefined) values.district = patch.district;
          if (patch.active !== undefined) values.active = patch.active ? 1 : 0;
          if (Object.keys(values).length)
            await tx.updateTable('departments').set(values).where('id', '=', id).execute();
          const after = (await readDepartment(tx, id))!;
          await audit(tx, actor, action, 'department', id, {
            name: after.name,
            changes: changesOf(before, after, ['name', 'district', 'active']),
          });
          return after;
        }),
      );
    },

    async countUsers() {
      const r = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async listUsers() {
      return (await db.selectFrom('users').selectAll().orderBy('id').execute()).map(toUser);
    },
    async getUser(id) {
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toUser(r) : null;
    },
    async findUserForLogin(username) {
      const r = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return r ? toUserWithHash(r) : null;
    },
    createUser(input, actor) {
      return unique('username', () =>
        db.transaction().execute(async (tx) => {
          const r = await tx
            .insertInto('users')
            .values({
              username: input.username,
              name: input.name,
              password_hash: input.passwordHash,
              role: input.role,
              department_id: input.departmentId,
              district: input.district,
              active: input.active ? 1 : 0,
              must_change_password: input.mustChangePassword ? 1 : 0,
              created_at: stamp(),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          const user = toUser(r);
          await audit(tx, actor, 'create', 'user', user.id, {
            username: user.username,
            name: user.name,
            role: user.role,
            departmentId: user.departmentId,
            district: user.district,
            mustChangePassword: user.mustChangePassword,
          });
          return user;
        }),
      );
    },
    updateUser(id, patch, actor, action = 'update') {
      return db.transaction().execute(async (tx) => {
        const old = await tx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        if (!old) return null;
        const values: Updateable<Database['users']> = {};
        if (patch.name !== undefined) values.name = patch.name;
        if (patch.passwordHash !== undefined) values.password_hash = patch.passwordHash;
        if (patch.role !== undefined) values.role = patch.role;
        if (patch.departmentId !== undefined) values.department_id = patch.departmentId;
        if (patch.district !== undefined) values.district = patch.district;
        if (patch.active !== undefined) values.active = patch.active ? 1 : 0;
        if (patch.mustChangePassword !== undefined)
          values.must_change_password = patch.mustChangePassword ? 1 : 0;
        const r = Object.keys(values).length
          ? await tx
              .updateTable('users')
              .set(values)
              .where('id', '=', id)
              .returningAll()
              .executeTakeFirstOrThrow()
          : old;
        const before: UserRow = toUser(old);
        const after = toUser(r);
        await audit(tx, actor, action, 'user', id, {
          username: after.username,
          name: after.name,
          changes: changesOf(before, after, USER_AUDITED),
          ...(patch.passwordHash ? { password: '已重设' } : {}),
        });
        // A disabled account or a new password ends every open session of that user.
        if (patch.active === false || patch.passwordHash)
          await tx.deleteFrom('sessions').where('user_id', '=', id).execute();
        return after;
      });
    },

    async createSession(s) {
      await db.transaction().execute((tx) =>
        tx
          .insertInto('sessions')
          .values({
            id: s.id,
            user_id: s.userId,
            csrf: s.csrf,
            created_at: s.createdAt,
            expires_at: s.expiresAt,
          })
          .execute(),
      );
    },
    async getSession(id, now) {
      const [r] = await selectSession(db, id, now);
      if (!r) return null;
      return {
        session: {
          id: r.session_id,
          userId: r.id,
          csrf: r.csrf,
          createdAt: r.session_created,
          expiresAt: r.expires_at,
        },
        user: toUser(r),
      };
    },
    async deleteSession(id) {
      await db.transaction().execute((tx) => tx.deleteFrom('sessions').where('id', '=', id).execute());
    },
    async deleteExpiredSessions(now) {
      const r = await db
        .transaction()
        .execute((tx) => tx.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst());
      return Number(r.numDeletedRows);
    },
    async deleteUserSessions(userId) {
      await db
        .transaction()
        .execute((tx) => tx.deleteFrom('sessions').where('user_id', '=', userId).execute());
    },
  };
}
