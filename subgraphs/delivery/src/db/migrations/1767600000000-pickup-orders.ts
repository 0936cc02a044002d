import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an order is delivered or collected at the counter (from `orders.order.placed`): a
 * PICKUP order gets no delivery and no courier. Orders known before are all deliveries.
 */
export class PickupOrders1767600000000 implements MigrationInterface {
  name = 'PickupOrders1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_snapshots ADD COLUMN fulfilment text NOT NULL DEFAULT 'DELIVERY'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_snapshots DROP COLUMN fulfilment`);
  }
}
