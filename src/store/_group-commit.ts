/**
 * A Kysely dialect for better-sqlite3 that commits concurrent transactions together (group commit).
 *
 * With `synchronous = FULL` every commit waits for the disk (~5 ms here), and better-sqlite3 waits on the main thread:
 * one commit per save capped saves near 1 / fsync and stalled every other request meanwhile. Here a transaction runs
 * as a savepoint inside one open transaction; the transactions that arrive in the same turn of the event loop join it,
 * and one COMMIT makes them all durable. Each caller hears of its transaction only after that COMMIT, so an
 * acknowledged write is on disk exactly as before; a failed COMMIT fails every transaction of the group. A query from
 * outside a transaction commits the open group first, so nothing reads data that is not yet committed.
 */
import type Sqlite from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteDialect,
  type SqliteDialectConfig,
} from 'kysely';

/** One use of the single connection, from acquire to release (Kysely hands it back to `releaseConnection`). */
class Lease implements DatabaseConnection {
  released = false;
  inTransaction = false;
  constructor(private readonly driver: GroupCommitDriver) {}
  executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.run<R>(this, q);
  }
  // biome-ignore lint/correctness/useYield: better-sqlite3 rows are read at once; no query here streams
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by this store');
  }
}

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

const SAVEPOINT = 'jixiao_member';

class GroupCommitDriver implements Driver {
  #db: Sqlite.Database;
  /** FIFO lock over the one connection. */
  #queue: (() => void)[] = [];
  #locked = false;
  /** The outer transaction is open and these members wait for its COMMIT. */
  #open = false;
  #waiting: Waiter[] = [];
  #scheduled = false;

  constructor(db: Sqlite.Database) {
    this.#db = db;
  }
  async init() {}

  #lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#queue.push(resolve));
  }
  #unlock() {
    const next = this.#queue.shift();
    if (next) next();
    else this.#locked = false;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock();
    return new Lease(this);
  }
  async releaseConnection(c: DatabaseConnection) {
    const lease = c as Lease;
    if (lease.released) return;
    lease.released = true;
    this.#unlock();
  }

  run<R>(lease: Lease, q: CompiledQuery): Promise<QueryResult<R>> {
    // A read or write outside a transaction must not see, or mix with, what the group has not committed yet.
    if (!lease.inTransaction && this.#open) this.#commit();
    const stmt = this.#db.prepare(q.sql);
    if (stmt.reader) return Promise.resolve({ rows: stmt.all(q.parameters as unknown[]) as R[] });
    const { changes, lastInsertRowid } = stmt.run(q.parameters as unknown[]);
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    });
  }

  async beginTransaction(c: DatabaseConnection) {
    const lease = c as Lease;
    if (!this.#open) {
      this.#db.exec('begin');
      this.#open = true;
    }
    this.#db.exec(`savepoint ${SAVEPOINT}`);
    lease.inTransaction = true;
  }

  async commitTransaction(c: DatabaseConnection) {
    const lease = c as Lease;
    this.#db.exec(`release ${SAVEPOINT}`);
    lease.inTransaction = false;
    const durable = new Promise<void>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    this.#schedule();
    // Let the next transaction join while this one waits for the group's COMMIT.
    await this.releaseConnection(lease);
    await durable;
  }

  async rollbackTransaction(c: DatabaseConnection) {
    const lease = c as Lease;
    if (!lease.inTransaction) return; // its COMMIT failed: the group is gone already
    lease.inTransaction = false;
    if (this.#db.inTransaction) {
      this.#db.exec(`rollback to ${SAVEPOINT}`);
      this.#db.exec(`release ${SAVEPOINT}`);
    } else {
      // SQLite rolled the whole transaction back (an I/O error, a full disk): the group's members are lost too.
      this.#fail(new Error('the transaction was rolled back by SQLite'));
    }
  }

  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // After the I/O callbacks of this turn: the requests that arrived together have joined by then.
    setImmediate(() => {
      this.#scheduled = false;
      void this.#lock().then(() => {
        try {
          if (this.#open) this.#commit();
        } finally {
          this.#unlock();
        }
      });
    });
  }

  /** COMMIT the open group (the caller holds the lock) and answer its members. */
  #commit() {
    const members = this.#waiting;
    this.#waiting = [];
    this.#open = false;
    try {
      this.#db.exec('commit');
    } catch (e) {
      if (this.#db.inTransaction) this.#db.exec('rollback');
      for (const m of members) m.reject(e);
      return;
    }
    for (const m of members) m.resolve();
  }

  #fail(e: unknown) {
    const members = this.#waiting;
    this.#waiting = [];
    this.#open = false;
    for (const m of members) m.reject(e);
  }

  async destroy() {
    await this.#lock();
    try {
      if (this.#open) this.#commit();
    } finally {
      this.#unlock();
    }
    this.#db.close();
  }
}

/** SqliteDialect with the group-committing driver over an opened database. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly #db: Sqlite.Database;
  constructor(config: SqliteDialectConfig & { database: Sqlite.Database }) {
    super(config);
    this.#db = config.database;
  }
  override createDriver(): Driver {
    return new GroupCommitDriver(this.#db);
  }
}
