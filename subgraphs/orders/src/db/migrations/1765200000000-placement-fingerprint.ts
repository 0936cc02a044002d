import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The digest of the `placeOrder` request that created an order, so the same idempotency key
 * with a different request is a CONFLICT. Orders placed before it have none (not checked).
 */
export class PlacementFingerprint1765200000000 implements MigrationInterface {
  name = 'PlacementFingerprint1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orders ADD COLUMN request_fingerprint text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orders DROP COLUMN request_fingerprint`);
  }
}
