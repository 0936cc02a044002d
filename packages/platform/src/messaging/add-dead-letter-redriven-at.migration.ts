import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `redriven_at` marks a dead letter an admin handed back to its consumer (`redriveDeadLetter`),
 * set in the transaction that ran the handler, so a second redrive finds it done. The index
 * serves the admin dashboard's "dead letters failed in this window".
 */
export class AddDeadLetterRedrivenAt1000000000003 implements MigrationInterface {
  name = 'AddDeadLetterRedrivenAt1000000000003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "dead_letters" ADD COLUMN "redriven_at" timestamptz`);
    await runner.query(`CREATE INDEX "dead_letters_created_at_idx" ON "dead_letters" ("created_at")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "dead_letters_created_at_idx"`);
    await runner.query(`ALTER TABLE "dead_letters" DROP COLUMN "redriven_at"`);
  }
}
