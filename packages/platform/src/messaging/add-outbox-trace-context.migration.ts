import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trace context of the change that wrote an outbox row (its W3C `traceparent`), so the relay
 * can publish the event as part of that change's trace however much later it runs. Nullable and
 * without a default: adding it rewrites nothing, and rows written with tracing off keep null.
 * Ancient timestamp like its siblings, right after them.
 */
export class AddOutboxTraceContext1000000000002 implements MigrationInterface {
  name = 'AddOutboxTraceContext1000000000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "outbox" ADD COLUMN "trace_context" text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "outbox" DROP COLUMN "trace_context"`);
  }
}
