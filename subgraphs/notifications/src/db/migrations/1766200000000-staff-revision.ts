import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff memberships as users announces them (`users.staff.added` / `removed`): each carries a
 * revision per (restaurant, user), so a removal is kept as an inactive row with its revision
 * and a stale redelivered `added` cannot bring the member back.
 */
export class StaffRevision1766200000000 implements MigrationInterface {
  name = 'StaffRevision1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE restaurant_staff ADD COLUMN revision integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE restaurant_staff ADD COLUMN active boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE restaurant_staff DROP COLUMN active`);
    await q.query(`ALTER TABLE restaurant_staff DROP COLUMN revision`);
  }
}
