import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer's tip of each order (from `orders.order.placed`), paid in full to the courier
 * who delivers it: one TIP line in their earnings per tipped delivery.
 */
export class OrderTips1767500000000 implements MigrationInterface {
  name = 'OrderTips1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_snapshots ADD COLUMN tip integer NOT NULL DEFAULT 0 CHECK (tip >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_snapshots DROP COLUMN tip`);
  }
}
