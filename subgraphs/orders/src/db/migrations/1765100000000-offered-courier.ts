import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The courier a delivery is offered to, and until when. Delivery announces each offer
 * (`delivery.delivery.offered`), and the offered courier may read the order to decide.
 */
export class OfferedCourier1765100000000 implements MigrationInterface {
  name = 'OfferedCourier1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orders ADD COLUMN offered_courier_user_id uuid, ADD COLUMN offer_expires_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orders DROP COLUMN offer_expires_at, DROP COLUMN offered_courier_user_id`);
  }
}
