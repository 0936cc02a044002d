import { DataSource } from 'typeorm';

/** Database names become identifiers in DDL; keeping them plain means no quoting surprises. */
const DATABASE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** The same server URL pointing at another database (keeps credentials and query options). */
export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function assertDatabaseName(name: string): void {
  if (!DATABASE_NAME.test(name)) {
    throw new Error(`database name "${name}" must be lowercase letters, digits and _ (max 63), starting with a letter`);
  }
}

/**
 * Runs `work` on a short-lived single connection to the server's `postgres` maintenance
 * database. It goes through TypeORM (over `pg`) because the repo has no `pg` typings.
 */
async function withMaintenanceConnection<T>(serverUrl: string, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = new DataSource({ type: 'postgres', url: urlForDatabase(serverUrl, 'postgres'), poolSize: 1 });
  await db.initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/**
 * Creates the database unless it exists. Replicas of one subgraph start together, so two may
 * both see it missing: the loser's CREATE fails with 42P04 (duplicate_database) or, when the
 * catalogs collide mid-insert, 23505 (unique_violation) — both mean "it exists now".
 */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  assertDatabaseName(database);
  await withMaintenanceConnection(serverUrl, async (db) => {
    const existing = await db.query<unknown[]>('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.length > 0) return;
    try {
      await db.query(`CREATE DATABASE "${database}"`);
    } catch (error) {
      // TypeORM wraps the driver error; the SQLSTATE is copied onto the wrapper.
      const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
      if (code !== '42P04' && code !== '23505') throw error;
    }
  });
}

/**
 * Drops a database, disconnecting its sessions first. For tests only: like
 * domain-driven-hexagon's guard, it refuses any name without `test` in it so a mistyped
 * argument can never drop a real database.
 */
export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  if (!database.includes('test')) {
    throw new Error(`refusing to drop database "${database}": only databases whose name contains "test" may be dropped`);
  }
  assertDatabaseName(database);
  await withMaintenanceConnection(serverUrl, async (db) => {
    await db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    // FORCE (PostgreSQL 13+) also ends sessions that connected after the terminate above.
    await db.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });
}
