import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets a delivery be offered to the same courier again (after a cool-down, or after they came
 * back online) when nobody else is left: "offered at most once" becomes "at most one PENDING
 * offer per delivery and courier", and couriers remember when they last came online.
 */
export class ReofferAfterCooldown1765000000000 implements MigrationInterface {
  name = 'ReofferAfterCooldown1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE couriers ADD COLUMN online_since timestamptz`);
    await q.query(`DROP INDEX delivery_offers_once_per_courier`);
    // Also implied by one pending offer per delivery; stated on its own so the rule survives any change to that one.
    await q.query(
      `CREATE UNIQUE INDEX delivery_offers_one_pending_per_delivery_courier ON delivery_offers (delivery_id, courier_id) WHERE status = 'PENDING'`,
    );
    // The dispatcher reads a delivery's past offers per courier (when did each last end?).
    await q.query(`CREATE INDEX delivery_offers_history_idx ON delivery_offers (delivery_id, courier_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX delivery_offers_history_idx`);
    await q.query(`DROP INDEX delivery_offers_one_pending_per_delivery_courier`);
    // Fails while some delivery was offered to a courier twice: those rows need a decision first.
    await q.query(`CREATE UNIQUE INDEX delivery_offers_once_per_courier ON delivery_offers (delivery_id, courier_id)`);
    await q.query(`ALTER TABLE couriers DROP COLUMN online_since`);
  }
}
