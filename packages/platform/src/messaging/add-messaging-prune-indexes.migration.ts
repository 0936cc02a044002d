import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the pruner find old rows by age instead of scanning whole tables: published outbox rows
 * by `published_at` (a partial index, so unpublished rows never enter it) and inbox rows by
 * `processed_at`. Timestamped right after the tables it indexes, ahead of every subgraph's own
 * migrations. A plain CREATE INDEX holds off writes to the table while it builds; CONCURRENTLY
 * cannot run inside the single transaction migrations share (run-migrations.ts), and the build
 * happens once, at the start-up that brings in the pruner.
 */
export class AddMessagingPruneIndexes1000000000001 implements MigrationInterface {
  name = 'AddMessagingPruneIndexes1000000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "outbox_published_at_idx" ON "outbox" ("published_at") WHERE "published_at" IS NOT NULL`);
    await runner.query(`CREATE INDEX "inbox_processed_at_idx" ON "inbox" ("processed_at")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "inbox_processed_at_idx"`);
    await runner.query(`DROP INDEX "outbox_published_at_idx"`);
  }
}
