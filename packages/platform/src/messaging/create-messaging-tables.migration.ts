import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox, inbox and dead-letter tables every subgraph database carries. Its timestamp is
 * deliberately ancient: TypeORM orders migrations by timestamp, and these must exist before
 * any subgraph migration runs.
 */
export class CreateMessagingTables1000000000000 implements MigrationInterface {
  name = 'CreateMessagingTables1000000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "outbox" (
        "id" uuid PRIMARY KEY,
        "seq" bigint GENERATED ALWAYS AS IDENTITY,
        "type" text NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "published_at" timestamptz,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text
      )`);
    // The relay only ever reads unpublished rows in order; a partial index keeps that scan
    // small however many published rows accumulate.
    await runner.query(`CREATE INDEX "outbox_unpublished_idx" ON "outbox" ("seq") WHERE "published_at" IS NULL`);
    await runner.query(`
      CREATE TABLE "inbox" (
        "consumer" text NOT NULL,
        "event_id" uuid NOT NULL,
        "processed_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("consumer", "event_id")
      )`);
    await runner.query(`
      CREATE TABLE "dead_letters" (
        "id" uuid PRIMARY KEY,
        "consumer" text NOT NULL,
        "event_id" uuid,
        "type" text,
        "payload" jsonb,
        "reason" text NOT NULL,
        "attempts" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "dead_letters"`);
    await runner.query(`DROP TABLE "inbox"`);
    await runner.query(`DROP TABLE "outbox"`);
  }
}
