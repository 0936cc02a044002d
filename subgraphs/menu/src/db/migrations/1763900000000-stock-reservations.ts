import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One stock reservation per order, for the order saga: what menu holds for it, under which
 * `stockVersion` it last answered, and whether the order has ended.
 */
export class StockReservations1763900000000 implements MigrationInterface {
  name = 'StockReservations1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign key to menu_items: the lines are a record of what was taken, and must stay
    // readable (to give stock back) whatever happens to the items meanwhile.
    await q.query(`
      CREATE TABLE stock_reservations (
        order_id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL,
        stock_version integer NOT NULL CHECK (stock_version > 0),
        status text NOT NULL CHECK (status IN ('HELD', 'RELEASED', 'REJECTED')),
        lines jsonb NOT NULL,
        closed_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (status <> 'RELEASED' OR closed_at IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stock_reservations`);
  }
}
