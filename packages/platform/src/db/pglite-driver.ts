import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { ExclusiveLock } from './exclusive-lock';
import { commandOf, pgCompatibleParsers, pgCompatibleSerializers, toPgResult, toPgResults, type PgQueryResult } from './pglite-pg-compat';

type QueryResultOrResults = PgQueryResult | PgQueryResult[];
type QueryCallback = (error: Error | null, result?: QueryResultOrResults) => void;
type QueryConfig = string | { text: string; values?: unknown[] };
type ConnectCallback = (error: Error | null, client?: PgliteClient, release?: (error?: unknown) => void) => void;

export interface PgliteDriverOptions {
  /** Directory of this database's files; `null` keeps it in memory. */
  dataDir: string | null;
  /**
   * How long `pool.connect()` waits for the single session. Waiting that long almost always
   * means code inside a transaction asked the DataSource (not the transaction's manager)
   * for a second connection, which PGlite can never grant. @default 30000
   */
  acquireTimeoutMs?: number;
}

/** A node-postgres-shaped module (`{ Pool }`) for TypeORM's `driver` option. */
export interface PgliteDriver {
  Pool: new (options?: { connectionTimeoutMillis?: number }) => PglitePool;
  /** Closes the PGlite instance (also done by `pool.end()`, i.e. `DataSource.destroy()`). */
  close(): Promise<void>;
}

/**
 * One pooled "connection": exclusive use of the PGlite session until `release()`. It tracks
 * whether it opened a transaction so a client released mid-transaction (a bug, but one `pg`
 * survives by discarding the connection) cannot hand an open transaction to the next user.
 */
export class PgliteClient extends EventEmitter {
  private released = false;
  private inTransaction = false;

  constructor(
    private readonly db: PGlite,
    private readonly giveBack: () => void,
  ) {
    super();
  }

  query(
    config: QueryConfig,
    valuesOrCallback?: unknown[] | QueryCallback,
    callback?: QueryCallback,
  ): Promise<QueryResultOrResults> | undefined {
    const text = typeof config === 'string' ? config : config.text;
    const values = Array.isArray(valuesOrCallback) ? valuesOrCallback : typeof config === 'string' ? undefined : config.values;
    const done = typeof valuesOrCallback === 'function' ? valuesOrCallback : callback;
    const result = this.run(text, values);
    if (!done) return result;
    result.then(
      (value) => done(null, value),
      (error: Error) => done(error),
    );
    return undefined;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const rollback = this.inTransaction ? this.db.exec('ROLLBACK').then(() => undefined) : Promise.resolve();
    void rollback.catch(() => undefined).finally(this.giveBack);
  }

  private async run(text: string, values: unknown[] | undefined): Promise<QueryResultOrResults> {
    if (this.released) throw new Error('PGlite client used after it was released');
    this.trackTransaction(text);
    // Like `pg`: parameters → one statement over the extended protocol; none → the simple
    // protocol, which also runs multi-statement scripts (migrations use them).
    if (values && values.length > 0) return toPgResult(await this.db.query(text, values), commandOf(text));
    return toPgResults(await this.db.exec(text), text);
  }

  private trackTransaction(text: string): void {
    const command = commandOf(text);
    if (command === 'BEGIN' || command === 'START') this.inTransaction = true;
    else if (command === 'COMMIT' || command === 'END' || command === 'ABORT') this.inTransaction = false;
    else if (command === 'ROLLBACK' && !/^\s*ROLLBACK\s+(WORK\s+|TRANSACTION\s+)?TO\b/i.test(text)) this.inTransaction = false;
  }
}

/** The pool TypeORM creates through `new driver.Pool(options)`. */
export class PglitePool extends EventEmitter {
  constructor(
    private readonly db: PGlite,
    private readonly lock: ExclusiveLock,
    private readonly acquireTimeoutMs: number,
    private readonly closeDb: () => Promise<void>,
  ) {
    super();
  }

  connect(): Promise<PgliteClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<PgliteClient> | void {
    const client = this.lock
      .acquire(
        this.acquireTimeoutMs,
        () =>
          `timed out after ${this.acquireTimeoutMs} ms waiting for the PGlite connection (is a transaction using the DataSource instead of its own EntityManager?)`,
      )
      .then(() => new PgliteClient(this.db, () => this.lock.release()));
    if (!callback) return client;
    client.then(
      (c) => callback(null, c, () => c.release()),
      (error: Error) => callback(error),
    );
  }

  /** `pool.query()` as in `pg`: borrows the session for one statement. */
  async query(text: string, values?: unknown[]): Promise<QueryResultOrResults> {
    const client = await this.connect();
    try {
      return (await client.query(text, values))!;
    } finally {
      client.release();
    }
  }

  end(callback?: (error?: Error) => void): Promise<void> {
    const closing = this.closeDb();
    if (callback) closing.then(() => callback(), callback);
    return closing;
  }
}

/**
 * Starts one PGlite instance (its own database, unlike typeorm-pglite's process-wide one)
 * and returns a `pg`-compatible driver over it whose pool serializes query runners, so
 * one runner's BEGIN…COMMIT never interleaves with another's statements.
 *
 * PGlite loads parts of its engine with dynamic `import()`, which jest's sandbox only allows
 * when Node runs with `--experimental-vm-modules` (plain Node needs nothing; `npm test` sets
 * it). An earlier probe for this used its own dynamic import, which jest's loader fails in
 * every test file after the first of a worker — so there is no probe.
 */
export async function createPgliteDriver(options: PgliteDriverOptions): Promise<PgliteDriver> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    extensions: { uuid_ossp },
    parsers: pgCompatibleParsers,
    serializers: pgCompatibleSerializers,
  });
  const lock = new ExclusiveLock();
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 30_000;
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => (closing ??= db.closed ? Promise.resolve() : db.close());
  return {
    Pool: class extends PglitePool {
      constructor(poolOptions?: { connectionTimeoutMillis?: number }) {
        super(db, lock, poolOptions?.connectionTimeoutMillis ?? acquireTimeoutMs, close);
      }
    },
    close,
  };
}
