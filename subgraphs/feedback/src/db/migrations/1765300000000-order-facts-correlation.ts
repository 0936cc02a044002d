import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order's correlation id on its facts, from the first of orders' or delivery's events to
 * arrive (they all carry the order's): a review is submitted under it, so one id follows the
 * order from placement to review. Rows from before this stay null; their reviews fall back to
 * the request's id.
 */
export class OrderFactsCorrelation1765300000000 implements MigrationInterface {
  name = 'OrderFactsCorrelation1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_facts ADD COLUMN correlation_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_facts DROP COLUMN correlation_id`);
  }
}
