import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pick-up orders: how an order reaches its customer. Every order before this one was delivered,
 * so the default fills them in; the check keeps the column to the contract's two values.
 */
export class PickupOrders1767600000000 implements MigrationInterface {
  name = 'PickupOrders1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE orders ADD COLUMN fulfilment text NOT NULL DEFAULT 'DELIVERY' CONSTRAINT orders_fulfilment_known CHECK (fulfilment IN ('DELIVERY', 'PICKUP'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orders DROP COLUMN fulfilment`);
  }
}
