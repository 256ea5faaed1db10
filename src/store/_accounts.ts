/** Store methods for departments, accounts and sessions. */
import type { Updateable } from 'kysely';
import type { StoreContext } from './_context';
import { toUser, toUserWithHash } from './_rows';
import type { Database } from './schema';
import type { Store } from './types';

type AccountMethods = Pick<
  Store,
  | 'countDepartments'
  | 'listDepartments'
  | 'getDepartment'
  | 'createDepartment'
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

export function accountMethods({ db, stamp, audit }: StoreContext): AccountMethods {
  return {
    async countDepartments() {
      const r = await db
        .selectFrom('departments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async listDepartments(filter = {}) {
      let q = db.selectFrom('departments').select(['id', 'name', 'district']).orderBy('id');
      if (filter.district !== undefined) q = q.where('district', '=', filter.district);
      if (filter.ids) {
        if (filter.ids.length === 0) return [];
        q = q.where('id', 'in', filter.ids);
      }
      return q.execute();
    },
    async getDepartment(id) {
      return (
        (await db
          .selectFrom('departments')
          .select(['id', 'name', 'district'])
          .where('id', '=', id)
          .executeTakeFirst()) ?? null
      );
    },
    createDepartment(input, actor) {
      return db.transaction().execute(async (tx) => {
        const row = await tx
          .insertInto('departments')
          .values({ name: input.name, district: input.district, created_at: stamp() })
          .returning(['id', 'name', 'district'])
          .executeTakeFirstOrThrow();
        await audit(tx, actor, 'create', 'department', row.id, { name: row.name, district: row.district });
        return row;
      });
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
      return db.transaction().execute(async (tx) => {
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
            created_at: stamp(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const user = toUser(r);
        await audit(tx, actor, 'create', 'user', user.id, {
          username: user.username,
          role: user.role,
          departmentId: user.departmentId,
          district: user.district,
        });
        return user;
      });
    },
    updateUser(id, patch, actor) {
      return db.transaction().execute(async (tx) => {
        const values: Updateable<Database['users']> = {};
        if (patch.name !== undefined) values.name = patch.name;
        if (patch.passwordHash !== undefined) values.password_hash = patch.passwordHash;
        if (patch.role !== undefined) values.role = patch.role;
        if (patch.departmentId !== undefined) values.department_id = patch.departmentId;
        if (patch.district !== undefined) values.district = patch.district;
        if (patch.active !== undefined) values.active = patch.active ? 1 : 0;
        const r = Object.keys(values).length
          ? await tx.updateTable('users').set(values).where('id', '=', id).returningAll().executeTakeFirst()
          : await tx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        if (!r) return null;
        const { passwordHash, ...rest } = patch;
        await audit(tx, actor, 'update', 'user', id, {
          ...rest,
          ...(passwordHash ? { password: '已重设' } : {}),
        });
        // A disabled account or a new password ends every open session of that user.
        if (patch.active === false || passwordHash)
          await tx.deleteFrom('sessions').where('user_id', '=', id).execute();
        return toUser(r);
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
      const r = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .selectAll('u')
        .select(['s.id as session_id', 's.csrf', 's.created_at as session_created', 's.expires_at'])
        .where('s.id', '=', id)
        .where('s.expires_at', '>', now)
        .where('u.active', '=', 1)
        .executeTakeFirst();
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
