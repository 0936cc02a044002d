import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kiosk orders (issue 17): the kiosk session an order was placed in. That session may follow the
 * orders carrying its id and no others, so they are looked up by it (a partial index: most
 * orders have none).
 */
export class KioskOrders1767400000000 implements MigrationInterface {
  name = 'KioskOrders1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orders ADD COLUMN kiosk_session_id uuid`);
    await q.query(`CREATE INDEX orders_kiosk_session_id ON orders (kiosk_session_id) WHERE kiosk_session_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX orders_kiosk_session_id`);
    await q.query(`ALTER TABLE orders DROP COLUMN kiosk_session_id`);
  }
}
