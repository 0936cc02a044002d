import { MigrationExecutor, type DataSource } from 'typeorm';
import type { Logger } from '../logging';

/** Arbitrary but fixed advisory-lock key ("food") shared by every process migrating a database. */
const MIGRATION_LOCK_KEY = 0x666f6f64;

/**
 * Applies pending migrations (all in one transaction) while holding a session advisory lock.
 * TypeORM's own `migrationsRun` takes no lock, so replicas starting together would race to
 * create the same tables and all but one would crash; with the lock the others wait, then
 * find nothing pending. The lock is per database, so different subgraphs never wait on each
 * other. Lock and migrations share one query runner, which PGlite's single session needs.
 */
export async function runMigrationsExclusively(dataSource: DataSource, logger: Logger): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'all';
      const applied = await executor.executePendingMigrations();
      if (applied.length > 0) logger.info({ migrations: applied.map((migration) => migration.name) }, 'migrations applied');
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
